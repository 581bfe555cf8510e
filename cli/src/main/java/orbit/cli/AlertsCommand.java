package orbit.cli;

import java.util.concurrent.Callable;
import orbit.analytics.Alert;
import orbit.analytics.Alerts;
import orbit.analytics.Band;
import orbit.analytics.Valence;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Trend alerts per dyad in the style of ACLED Trendfinder: the current week's events against the",
            "mean of the previous 4 (or 52) weeks, in bands (large increase > +25%, moderate +10% to +25%, large",
            "decrease < -25%), a baseline of 2 events or fewer with 5 or fewer now counting as limited change,",
            "and 'highest in N years' when no week since was as high."})
final class AlertsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--baseline", paramLabel = "WEEKS", defaultValue = "4",
            description = "Weeks before the current one whose mean is the norm: 4 (previous month) or 52 (previous year); default ${DEFAULT-VALUE}.")
    int baseline;

    @Option(names = "--focus", paramLabel = "ID", description = "Only dyads with this entity (ARM).")
    String focus;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "A day of the current week (default: the latest event's).")
    String asOf;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "all",
            description = "Which events count: all, conflict (QuadClass 3-4) or cooperation (1-2); default ${DEFAULT-VALUE}.")
    String kind;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Only events of this dataset.")
    String dataset;

    @Option(names = "--all", description = "Also list dyads whose change is limited.")
    boolean all;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        Tabular.Format f = output.format();
        Alerts.Query q = new Alerts.Query(AnalysisOptions.date("--as-of", asOf), baseline, focus, Valence.parse(kind), dataset);
        try (EventStore s = store.open()) {
            Alerts.Result r = new Alerts(s).find(q);
            Tabular t = new Tabular()
                    .meta("week", r.week() == null ? "none (no events)" : r.week() + " to " + r.week().plusDays(6))
                    .meta("baseline_weeks", baseline)
                    .meta("kind", q.valence().id())
                    .text("dyad").number("events", -1).number("baseline_mean", 2).number("change_pct", 1).text("band").text("record")
                    .text("events_command");
            int limited = 0;
            for (Alert a : r.alerts()) {
                if (a.band() == Band.LIMITED_CHANGE && !all) {
                    limited++;
                    continue;
                }
                t.row(a.a() + "-" + a.b(), a.current(), a.baselineMean(), 100 * a.change(), a.band().id(), a.record(r.week()),
                        "orbit events --dyad " + a.a() + ":" + a.b() + " --both --from " + r.week() + " --to " + r.week().plusDays(6));
            }
            t.print(f, spec.commandLine().getOut());
            if (limited > 0) {
                spec.commandLine().getErr().printf("orbit: %d dyad(s) with limited change not listed (--all lists them)%n", limited);
            }
        }
        return Orbit.OK;
    }
}
