package orbit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import orbit.analytics.Direction;
import orbit.analytics.Driver;
import orbit.analytics.Measure;
import orbit.analytics.Period;
import orbit.analytics.Relations;
import orbit.analytics.Shift;
import orbit.analytics.Shifts;
import orbit.analytics.changepoint.Cost;
import orbit.analytics.changepoint.Method;
import orbit.analytics.changepoint.Penalty;
import orbit.analytics.changepoint.Segment;
import orbit.analytics.changepoint.Settings;
import orbit.analytics.changepoint.Significance;
import orbit.core.OrbitException;
import orbit.store.EventStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "shifts", mixinStandardHelpOptions = true,
        description = {"Turning points in a dyad's relations: changepoints of a series (net cooperation, Goldstein sum or",
            "event count per period) by PELT, binary segmentation or BOCPD, each with the segment means before and",
            "after, a significance (permutation p-value, or BOCPD's posterior probability) and the events that drive",
            "it, ranked by their contribution, with their sentence or source URL. See docs/changepoints.md."})
final class ShiftsCommand implements Callable<Integer> {
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
    DyadCommand.Directions directions = new DyadCommand.Directions();

    @Option(names = "--series", paramLabel = "MEASURE", defaultValue = "netcoop",
            description = "netcoop, goldstein or count (default ${DEFAULT-VALUE}).")
    String series;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "pelt", description = "pelt, binseg or bocpd (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--cost", paramLabel = "COST", defaultValue = "l2",
            description = "l2 (changes in mean) or normal (changes in mean and variance); default ${DEFAULT-VALUE}.")
    String cost;

    @Option(names = "--penalty", paramLabel = "PENALTY", defaultValue = "mbic",
            description = "mbic, bic or a number: the price of one more changepoint (default ${DEFAULT-VALUE}).")
    String penalty;

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "2", description = "Shortest segment, in periods (default ${DEFAULT-VALUE}).")
    int minSize;

    @Option(names = "--hazard", paramLabel = "H", defaultValue = "0.01",
            description = "BOCPD: the prior chance of a change at each period (default ${DEFAULT-VALUE}).")
    double hazard;

    @Option(names = "--permutations", paramLabel = "N", defaultValue = "999",
            description = "Shuffles behind each p-value (default ${DEFAULT-VALUE}; 0 skips the test).")
    int permutations;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the shuffles (default: fixed, so results repeat).")
    Long seed;

    @Option(names = "--evidence", paramLabel = "N", defaultValue = "5", description = "Events listed per change (default ${DEFAULT-VALUE}).")
    int evidence;

    @Option(names = "--evidence-periods", paramLabel = "N", defaultValue = "3",
            description = "Periods after the change the evidence is drawn from (default ${DEFAULT-VALUE}).")
    int evidencePeriods;

    @Override
    public Integer call() {
        Tabular.Format format = output.format();
        Settings settings = new Settings(Method.parse(method), Cost.parse(cost), Penalty.parse(penalty), minSize, hazard, permutations,
                seed == null ? Settings.DEFAULT_SEED : seed);
        Measure measure = Measure.parse(series);
        try (EventStore s = store.open()) {
            Shifts.Result r = new Shifts(new Relations(s)).find(a, b, directions.direction(), options.window(Period.MONTH), measure, settings,
                    evidence, evidencePeriods);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case JSON -> Tabular.writeJson(json(r), out);
                case TABLE -> text(r, out);
                case CSV -> csv(r).print(Tabular.Format.CSV, out);
            }
            out.flush();
        }
        return Orbit.OK;
    }

    static String settings(Settings s) {
        return s.method().name().toLowerCase(Locale.ROOT) + ", cost " + s.cost().id() + ", penalty "
                + s.penalty().id() + ", min size " + s.minSize()
                + (s.method() == Method.BOCPD ? ", hazard " + s.hazard() : ", " + s.permutations() + " permutations, seed " + s.seed());
    }

    private static String dyad(Shifts.Result r) {
        return r.series().a() + (r.series().direction() == Direction.DIRECTED ? " -> " : " <-> ") + r.series().b();
    }

    private static String significance(Shift s) {
        return String.format(Locale.ROOT, s.kind() == Significance.P_VALUE ? "p = %.3f" : "posterior %.2f", s.significance());
    }

    static void text(Shifts.Result r, PrintWriter out) {
        out.println("dyad: " + dyad(r));
        out.println("series: " + r.measure().id() + " per " + r.series().window().period().sqlPart() + ", " + r.series().periods().size()
                + " periods from " + r.series().periods().get(0).label() + " to " + r.series().periods().get(r.series().periods().size() - 1).label());
        out.println("method: " + settings(r.settings()));
        out.println("segments:");
        for (Segment seg : r.segmentation().segments()) {
            out.printf(Locale.ROOT, "  %s to %s  mean %s%n", r.series().periods().get(seg.start()).label(),
                    r.series().periods().get(seg.end() - 1).label(), number(seg.mean()));
        }
        if (r.shifts().isEmpty()) {
            out.println("no changepoint: the series is best described as one segment under this penalty");
        }
        for (Shift s : r.shifts()) {
            out.printf(Locale.ROOT, "%nchange at %s (%s): %s -> %s, %s%n", s.label(), s.start(), number(s.before()),
                    number(s.after()), significance(s));
            out.printf(Locale.ROOT, "  %s, %s to %s:%n", s.lost() ? "events before the change that stopped"
                    : "events pulling " + (s.after() > s.before() ? "up" : "down"), s.evidenceFrom(), s.evidenceUntil().minusDays(1));
            if (s.evidence().isEmpty()) {
                out.println("  (none)");
            }
            for (Driver d : s.evidence()) {
                out.printf(Locale.ROOT, "  %s  %s>%s  %-4s  %+5.1f  %s%n", d.date(), d.source(), d.target(), d.cameo(), d.contribution(),
                        d.text().isEmpty() ? d.url() : d.text() + (d.url().isEmpty() ? "" : "  <" + d.url() + ">"));
            }
        }
    }

    static Tabular csv(Shifts.Result r) {
        Tabular t = new Tabular().meta("dyad", dyad(r)).meta("series", r.measure().id()).meta("method", settings(r.settings()))
                .text("change").text("date").number("before", 3).number("after", 3).number("significance", 4).text("significance_kind")
                .text("event").text("event_date").text("source").text("target").text("cameo").number("contribution", 1)
                .text("text").text("url");
        for (Shift s : r.shifts()) {
            if (s.evidence().isEmpty()) {
                t.row(s.label(), s.start().toString(), s.before(), s.after(), s.significance(), s.kind().name().toLowerCase(Locale.ROOT),
                        null, null, null, null, null, Double.NaN, null, null);
            }
            for (Driver d : s.evidence()) {
                t.row(s.label(), s.start().toString(), s.before(), s.after(), s.significance(), s.kind().name().toLowerCase(Locale.ROOT),
                        d.id(), d.date().toString(), d.source(), d.target(), d.cameo(), d.contribution(), d.text(), d.url());
            }
        }
        return t;
    }

    static Map<String, Object> json(Shifts.Result r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("dyad", dyad(r));
        doc.put("series", r.measure().id());
        doc.put("period", r.series().window().period().sqlPart());
        doc.put("method", settings(r.settings()));
        List<Map<String, Object>> values = new ArrayList<>();
        double[] v = r.series().values(r.measure());
        for (int i = 0; i < v.length; i++) {
            values.add(Map.of("period", r.series().periods().get(i).label(), "value", v[i]));
        }
        doc.put("values", values);
        List<Map<String, Object>> segments = new ArrayList<>();
        for (Segment seg : r.segmentation().segments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", r.series().periods().get(seg.start()).start().toString());
            m.put("to", r.series().window().period().next(r.series().periods().get(seg.end() - 1).start()).minusDays(1).toString());
            m.put("mean", seg.mean());
            segments.add(m);
        }
        doc.put("segments", segments);
        List<Map<String, Object>> cps = new ArrayList<>();
        for (Shift s : r.shifts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", s.start().toString());
            m.put("period", s.label());
            m.put("before", s.before());
            m.put("after", s.after());
            m.put("p", s.significance());
            m.put("significance", s.kind() == Significance.P_VALUE ? "p_value" : "posterior");
            m.put("evidence_from", s.evidenceFrom().toString());
            m.put("evidence_to", s.evidenceUntil().minusDays(1).toString());
            m.put("evidence_kind", s.lost() ? "stopped" : s.after() > s.before() ? "pulling_up" : "pulling_down");
            List<Map<String, Object>> ev = new ArrayList<>();
            for (Driver d : s.evidence()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", d.id());
                e.put("date", d.date().toString());
                e.put("source", d.source());
                e.put("target", d.target());
                e.put("cameo", d.cameo());
                e.put("quad_class", d.quadClass());
                e.put("goldstein", d.goldstein());
                e.put("contribution", d.contribution());
                e.put("text", d.text());
                e.put("url", d.url());
                e.put("doc", d.doc());
                ev.add(e);
            }
            m.put("evidence", ev);
            cps.add(m);
        }
        doc.put("changepoints", cps);
        return doc;
    }

    /** Numbers as the text output prints them: integers plain, others with two decimals. */
    static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString((long) Math.rint(v)) : String.format(Locale.ROOT, "%.2f", v);
    }
}
