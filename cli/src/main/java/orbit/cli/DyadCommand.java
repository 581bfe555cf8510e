package orbit.cli;

import java.util.concurrent.Callable;
import orbit.analytics.Direction;
import orbit.analytics.DyadPeriod;
import orbit.analytics.DyadSeries;
import orbit.analytics.Period;
import orbit.analytics.Relations;
import orbit.analytics.Window;
import orbit.store.EventStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = {"A dyad's relations per period: events per QuadClass, Goldstein sum and mean, net cooperation",
            "((Q1+Q2)-(Q3+Q4)) and its ratio to the volume, and the dyad's share of A's events with other entities.",
            "Periods with fewer than --min-events events are flagged low-coverage, never dropped."})
final class DyadCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    AnalysisOptions options;

    @Mixin
    FormatOption output;

    @Parameters(index = "0", paramLabel = "A", description = "Entity id (ARM).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Entity id (RUS).")
    String b;

    @ArgGroup(exclusive = true)
    Directions directions = new Directions();

    static final class Directions {
        @Option(names = "--directed", description = "Only A's acts towards B.")
        boolean directed;

        @Option(names = "--both", description = "A towards B and B towards A (the default).")
        boolean both;

        Direction direction() {
            return directed ? Direction.DIRECTED : Direction.BOTH;
        }
    }

    @Override
    public Integer call() {
        Tabular.Format format = output.format();
        Window window = options.window(Period.MONTH);
        try (EventStore s = store.open()) {
            DyadSeries series = new Relations(s).dyad(a, b, directions.direction(), window);
            table(series).print(format, spec.commandLine().getOut());
            if (series.periods().isEmpty()) {
                spec.commandLine().getErr().printf("orbit: no events between %s and %s%s%n", series.a(), series.b(),
                        window.dataset() == null ? "" : " in dataset " + window.dataset());
            }
        }
        return Orbit.OK;
    }

    static Tabular table(DyadSeries s) {
        String arrow = s.direction() == Direction.DIRECTED ? " -> " : " <-> ";
        Tabular t = new Tabular()
                .meta("dyad", s.a() + arrow + s.b())
                .meta("period", s.window().period().sqlPart())
                .meta("min_events", s.window().minEvents())
                .meta("events_command", "orbit events --dyad " + s.a() + ":" + s.b() + (s.direction() == Direction.BOTH ? " --both" : "")
                        + " --from START --to END")
                .text("period").text("start")
                .number("events", -1).number("q1", -1).number("q2", -1).number("q3", -1).number("q4", -1)
                .number("goldstein_sum", 1).number("goldstein_mean", 2)
                .number("netcoop", -1).number("netcoop_ratio", 2)
                .number("a_events", -1).number("share", 3)
                .text("low_coverage");
        for (DyadPeriod p : s.periods()) {
            t.row(p.label(), p.start().toString(), p.events(), p.verbalCooperation(), p.materialCooperation(), p.verbalConflict(),
                    p.materialConflict(), p.goldsteinSum(), p.goldsteinMean(), p.netCooperation(), p.netCooperationRatio(),
                    p.actorEvents(), p.share(), p.lowCoverage());
        }
        return t;
    }
}
