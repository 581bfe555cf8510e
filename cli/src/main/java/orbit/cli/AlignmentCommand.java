package orbit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.analytics.AlignmentPeriod;
import orbit.analytics.AlignmentSeries;
import orbit.analytics.Channel;
import orbit.analytics.Measure;
import orbit.analytics.Period;
import orbit.analytics.Pole;
import orbit.analytics.Relations;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "alignment", mixinStandardHelpOptions = true,
        description = {"Where an entity's relations sit between two poles, per period: a score in [-1, 1], -1 all with",
            "the first pole, +1 all with the second, and each channel's contribution (verbal and material; diplomatic,",
            "security and economic CAMEO codes), which add up to the score. See docs/analytics.md for the formula."})
final class AlignmentCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    AnalysisOptions options;

    @Mixin
    FormatOption output;

    @Parameters(index = "0", paramLabel = "ENTITY", description = "Entity id (ARM).")
    String entity;

    @Option(names = "--poles", required = true, split = ",", paramLabel = "A,B", description = "The two poles: RUS,EU.")
    List<String> poles;

    @Option(names = "--members", paramLabel = "POLE=ID,ID...",
            description = "Entities whose relations count as a pole's, repeatable: --members EU=FRA,DEU --members RUS=BLR.")
    List<String> members = new ArrayList<>();

    @Option(names = "--series", paramLabel = "MEASURE", defaultValue = "goldstein",
            description = "What weighs each event: goldstein (its Goldstein score) or netcoop (+1 cooperation, -1 conflict); default ${DEFAULT-VALUE}.")
    String series;

    @Override
    public Integer call() {
        Tabular.Format format = output.format();
        List<Pole> axis = Pole.axis(poles, members);
        Pole a = axis.get(0);
        Pole b = axis.get(1);
        try (EventStore s = store.open()) {
            AlignmentSeries result = new Relations(s).alignment(entity, a, b, Measure.parse(series), options.window(Period.MONTH));
            table(result).print(format, spec.commandLine().getOut());
        }
        return Orbit.OK;
    }

    static Tabular table(AlignmentSeries s) {
        Tabular t = new Tabular()
                .meta("entity", s.entity())
                .meta("pole_a", s.a().id() + (s.a().members().isEmpty() ? "" : " with " + String.join(",", s.a().members())) + " (score -1)")
                .meta("pole_b", s.b().id() + (s.b().members().isEmpty() ? "" : " with " + String.join(",", s.b().members())) + " (score +1)")
                .meta("series", s.measure().id())
                .meta("period", s.window().period().sqlPart())
                .meta("events_command", "orbit events --dyad " + s.entity() + ":" + s.a().id() + " --both --from START --to END, and the same for "
                        + String.join(", ", s.b().entities().stream().map(e -> s.entity() + ":" + e).toList())
                        + (s.a().members().isEmpty() ? "" : " and " + String.join(", ", s.a().members().stream().map(e -> s.entity() + ":" + e).toList())))
                .text("period").text("start").number("score", 3);
        for (Channel c : Channel.ALL) {
            t.number(c.id(), 3);
        }
        t.number("relation_a", 1).number("relation_b", 1).number("events_a", -1).number("events_b", -1).text("low_coverage");
        for (AlignmentPeriod p : s.periods()) {
            List<Object> row = new ArrayList<>(List.of(p.label(), p.start().toString(), p.score()));
            for (Channel c : Channel.ALL) {
                row.add(p.contributions().get(c));
            }
            row.addAll(List.of(p.relationA(), p.relationB(), p.eventsA(), p.eventsB(), p.lowCoverage()));
            t.row(row.toArray());
        }
        return t;
    }
}
