package orbit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.analytics.DyadPeriod;
import orbit.analytics.IndicatorSeries;
import orbit.analytics.Panel;
import orbit.analytics.Period;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "panel", mixinStandardHelpOptions = true,
        description = {"Indicators and event measures side by side per period: the dyad's events, net cooperation, its",
            "ratio and the mean Goldstein score (both directions), next to each imported indicator of A towards B",
            "(polls, trade, arms and energy shares; see orbit indicators). Empty where a period has no figure."})
final class PanelCommand implements Callable<Integer> {
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

    @Override
    public Integer call() {
        Tabular.Format format = output.format();
        try (EventStore s = store.open()) {
            Panel panel = Panel.of(s, a, b, options.window(Period.YEAR));
            Tabular t = new Tabular()
                    .meta("dyad", panel.series().a() + " <-> " + panel.series().b())
                    .meta("period", panel.series().window().period().sqlPart())
                    .text("period").number("events", -1).number("netcoop", -1).number("netcoop_ratio", 2).number("goldstein_mean", 2);
            for (IndicatorSeries i : panel.indicators()) {
                t.number(i.indicator(), 1);
            }
            t.text("low_coverage");
            List<String> sources = new ArrayList<>();
            for (DyadPeriod p : panel.series().periods()) {
                List<Object> row = new ArrayList<>(List.of(p.label(), p.events(), p.netCooperation(), p.netCooperationRatio(), p.goldsteinMean()));
                for (IndicatorSeries i : panel.indicators()) {
                    IndicatorSeries.Point point = Panel.at(i, p.start());
                    row.add(point == null ? Double.NaN : point.mean());
                    if (point != null) {
                        point.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
                    }
                }
                row.add(p.lowCoverage());
                t.row(row.toArray());
            }
            t.meta("indicator_sources", sources.size() + " (orbit indicators show " + panel.series().a() + " --partner " + panel.series().b()
                    + " lists each figure with its source)");
            t.print(format, spec.commandLine().getOut());
            if (panel.indicators().isEmpty()) {
                spec.commandLine().getErr().printf("orbit: no indicators of %s towards %s are stored; import some with orbit indicators import FILE.csv%n",
                        panel.series().a(), panel.series().b());
            }
        }
        return Orbit.OK;
    }
}
