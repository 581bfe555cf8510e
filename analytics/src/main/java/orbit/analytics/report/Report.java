package orbit.analytics.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import orbit.analytics.AlignmentPeriod;
import orbit.analytics.AlignmentSeries;
import orbit.analytics.Channel;
import orbit.analytics.Concentration;
import orbit.analytics.Direction;
import orbit.analytics.Driver;
import orbit.analytics.DyadPeriod;
import orbit.analytics.DyadSeries;
import orbit.analytics.IndicatorSeries;
import orbit.analytics.Indicators;
import orbit.analytics.Measure;
import orbit.analytics.PartnerSeries;
import orbit.analytics.Period;
import orbit.analytics.Relations;
import orbit.analytics.Shift;
import orbit.analytics.Shifts;
import orbit.analytics.Valence;
import orbit.analytics.Window;
import orbit.analytics.changepoint.Significance;
import orbit.core.OrbitException;
import orbit.store.EventStore;
import orbit.store.IndicatorQuery;

/**
 * One entity's relations as a single self-contained HTML file (inline CSS and SVG, no script, no
 * network): each partner's net cooperation with its changepoints, alignment between two poles,
 * partner concentration, the imported indicators, and evidence tables naming the events behind
 * the numbers.
 *
 * <p>Not thread-safe: it reads through the store's connection.
 */
public final class Report {
    private final EventStore store;
    private final Relations relations;

    public Report(EventStore store) {
        this.store = store;
        this.relations = new Relations(store);
    }

    public String html(ReportSpec spec) {
        String entity = relations.entity(spec.entity());
        Window w = spec.window();
        StringBuilder body = new StringBuilder();
        StringBuilder toc = new StringBuilder();
        List<String[]> changes = new ArrayList<>();

        StringBuilder dyads = new StringBuilder();
        for (String partner : spec.partners()) {
            dyads.append(dyadSection(entity, relations.entity(partner), spec, changes));
        }
        section(body, toc, "dyads", "Relations with each partner", """
                <p class="note">Bars: %s per %s, both directions. Line: the mean Goldstein score per event (-10 most
                conflictual, +10 most cooperative). Dashed lines mark changepoints of the bars' series (%s); the events
                behind each are listed below its chart.</p>
                """.formatted(Html.escape(describe(spec.measure())), w.period().sqlPart(), Html.escape(settings(spec))) + dyads);

        section(body, toc, "alignment", "Alignment between " + spec.poleA().id() + " and " + spec.poleB().id(), alignmentSection(entity, spec));
        section(body, toc, "partners", "Partner concentration", partnersSection(entity, spec));
        section(body, toc, "indicators", "Indicators", indicatorsSection(entity, spec));

        StringBuilder summary = new StringBuilder("<ul>");
        for (String[] c : changes) {
            summary.append("<li>").append(c[0]).append("</li>");
        }
        if (changes.isEmpty()) {
            summary.append("<li>No changepoint in any dyad's series under these settings.</li>");
        }
        summary.append("</ul>");

        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Orbit report: %1$s</title>
                <style>%2$s</style></head>
                <body><header><h1>%1$s and its partners</h1>
                <p class="meta">Orbit report generated %3$s from <code>%4$s</code> (%5$s). Every figure is computed from the events in
                that store; each table names the events behind it, and <code>orbit explain ID</code> shows how a coded event was found.</p>
                <h2>Turning points</h2>%6$s
                <nav><ul>%7$s</ul></nav></header>
                <main>%8$s</main>
                <footer>Orbit, GPL-3.0-or-later. Reproduce: <code>%9$s</code></footer>
                </body></html>
                """.formatted(Html.escape(entity), CSS, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Html.escape(store.file().toString()), Html.escape(scope(w)), summary, toc, body,
                Html.escape(command(entity, spec)));
    }

    /** The command line that makes this report again. */
    static String command(String entity, ReportSpec spec) {
        Window w = spec.window();
        StringBuilder c = new StringBuilder("orbit report " + entity + " --partners " + String.join(",", spec.partners())
                + " --poles " + spec.poleA().id() + "," + spec.poleB().id());
        for (var pole : List.of(spec.poleA(), spec.poleB())) {
            if (!pole.members().isEmpty()) {
                c.append(" --members ").append(pole.id()).append('=').append(String.join(",", pole.members()));
            }
        }
        c.append(" --by ").append(w.period().sqlPart()).append(" --series ").append(spec.measure().id())
                .append(" --method ").append(spec.shifts().method().name().toLowerCase(Locale.ROOT))
                .append(" --penalty ").append(spec.shifts().penalty().id())
                .append(" --min-size ").append(spec.shifts().minSize()).append(" --min-events ").append(w.minEvents());
        if (w.from() != null) {
            c.append(" --from ").append(w.from());
        }
        if (w.to() != null) {
            c.append(" --to ").append(w.to());
        }
        if (w.dataset() != null) {
            c.append(" --dataset ").append(w.dataset());
        }
        return c.toString();
    }

    private static String scope(Window w) {
        return (w.from() == null ? "all dates" : "from " + w.from()) + (w.to() == null ? "" : " to " + w.to())
                + (w.dataset() == null ? ", all datasets" : ", dataset " + w.dataset());
    }

    private static String describe(Measure m) {
        return switch (m) {
            case NETCOOP -> "net cooperation, cooperative events (QuadClass 1-2) minus conflictual ones (3-4)";
            case GOLDSTEIN -> "the sum of the events' Goldstein scores";
            case COUNT -> "the number of events";
        };
    }

    private static String settings(ReportSpec spec) {
        var s = spec.shifts();
        return s.method().name().toLowerCase(Locale.ROOT) + ", minimum segment " + s.minSize() + " periods";
    }

    private static void section(StringBuilder body, StringBuilder toc, String id, String title, String html) {
        toc.append("<li><a href=\"#").append(id).append("\">").append(Html.escape(title)).append("</a></li>");
        body.append("<section id=\"").append(id).append("\"><h2>").append(Html.escape(title)).append("</h2>").append(html).append("</section>");
    }

    private String dyadSection(String entity, String partner, ReportSpec spec, List<String[]> changes) {
        StringBuilder b = new StringBuilder("<article><h3>").append(Html.escape(entity + " \u2013 " + partner)).append("</h3>");
        DyadSeries series = relations.dyad(entity, partner, Direction.BOTH, spec.window());
        long total = series.periods().stream().mapToLong(DyadPeriod::events).sum();
        if (total == 0) {
            return b.append("<p class=\"note\">No events between ").append(Html.escape(entity)).append(" and ").append(Html.escape(partner))
                    .append(" in this store.</p></article>").toString();
        }
        List<String> labels = series.periods().stream().map(DyadPeriod::label).toList();
        List<Svg.Marker> markers = new ArrayList<>();
        List<Shift> shifts = List.of();
        String shiftNote = "";
        try {
            shifts = new Shifts(relations).find(series, spec.measure(), spec.shifts(), spec.evidence(), 3).shifts();
        } catch (OrbitException e) {
            shiftNote = "<p class=\"note\">No changepoint search: " + Html.escape(e.getMessage()) + ".</p>";
        }
        for (Shift s : shifts) {
            markers.add(new Svg.Marker(s.index(), s.label()));
            changes.add(new String[] {"<a href=\"#" + anchor(entity, partner, s) + "\">" + Html.escape(entity + "\u2013" + partner + " from "
                    + s.label()) + "</a>: " + spec.measure().id() + " " + Svg.number(s.before()) + " \u2192 " + Svg.number(s.after()) + " per "
                    + spec.window().period().sqlPart() + " (" + Html.escape(significance(s)) + ")"
                    + (significant(s) ? "" : " <span class=\"low\">not significant at 5%</span>")});
        }
        long low = series.periods().stream().filter(DyadPeriod::lowCoverage).count();
        b.append(String.format(Locale.ROOT, "<p class=\"meta\">%d events; %d of %d periods with fewer than %d events (low coverage).</p>", total,
                low, series.periods().size(), spec.window().minEvents()));
        b.append(Svg.chart(labels, List.of(
                new Svg.Series(spec.measure().id(), series.values(spec.measure()), Svg.COLOURS[0], true),
                new Svg.Series("mean Goldstein", series.periods().stream().mapToDouble(DyadPeriod::goldsteinMean).toArray(), Svg.COLOURS[1], false)),
                markers, "events / Goldstein"));
        b.append(shiftNote);
        for (Shift s : shifts) {
            b.append("<h4 id=\"").append(anchor(entity, partner, s)).append("\">Change from ").append(Html.escape(s.label())).append(": ")
                    .append(Svg.number(s.before())).append(" \u2192 ").append(Svg.number(s.after())).append(" (").append(Html.escape(significance(s)))
                    .append(")</h4>");
            b.append("<p class=\"note\">").append(s.lost() ? "Events before the change that stopped" : "Events pulling " + spec.measure().id() + " "
                    + (s.after() > s.before() ? "up" : "down")).append(", ").append(s.evidenceFrom()).append(" to ")
                    .append(s.evidenceUntil().minusDays(1)).append(":</p>");
            b.append(events(s.evidence()));
        }
        if (shifts.isEmpty() && shiftNote.isEmpty()) {
            b.append("<p class=\"note\">No changepoint: one level describes the series best under this penalty.</p>");
        }
        LocalDate until = spec.window().period().next(series.periods().get(series.periods().size() - 1).start());
        LocalDate from = series.periods().get(0).start();
        b.append("<details><summary>The most cooperative and most conflictual events</summary>");
        b.append(events(relations.drivers(series, Measure.GOLDSTEIN, from, until, 1, spec.evidence())));
        b.append(events(relations.drivers(series, Measure.GOLDSTEIN, from, until, -1, spec.evidence())));
        b.append("</details>");
        return b.append("</article>").toString();
    }

    private static String anchor(String a, String b, Shift s) {
        return ("change-" + a + "-" + b + "-" + s.label()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** p ≤ 0.05, or a posterior of at least 0.5. */
    private static boolean significant(Shift s) {
        return s.kind() == Significance.P_VALUE ? s.significance() <= 0.05 : s.significance() >= 0.5;
    }

    private static String significance(Shift s) {
        return s.kind() == Significance.P_VALUE ? String.format(Locale.ROOT, "permutation p = %.3f", s.significance())
                : String.format(Locale.ROOT, "posterior %.2f", s.significance());
    }

    static String events(List<Driver> drivers) {
        if (drivers.isEmpty()) {
            return "<p class=\"note\">(no events)</p>";
        }
        StringBuilder b = new StringBuilder("<table class=\"events\"><thead><tr><th>date</th><th>who</th><th>CAMEO</th><th>Goldstein</th>"
                + "<th>evidence</th><th>event id</th></tr></thead><tbody>");
        for (Driver d : drivers) {
            String text = d.text().isEmpty() ? "" : Html.escape(d.text());
            String url = d.url().startsWith("http") ? " <a href=\"" + Html.escape(d.url()) + "\">source</a>" : Html.escape(d.url());
            b.append("<tr><td>").append(d.date()).append("</td><td>").append(Html.escape(d.source() + " \u2192 " + d.target()))
                    .append("</td><td>").append(Html.escape(d.cameo())).append("</td><td class=\"num\">").append(Svg.number(d.goldstein()))
                    .append("</td><td>").append(text).append(url).append("</td><td><code>").append(Html.escape(d.id())).append("</code></td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private String alignmentSection(String entity, ReportSpec spec) {
        AlignmentSeries s = relations.alignment(entity, spec.poleA(), spec.poleB(), Measure.GOLDSTEIN, spec.window());
        if (s.periods().isEmpty()) {
            return "<p class=\"note\">No events with either pole.</p>";
        }
        List<String> labels = s.periods().stream().map(AlignmentPeriod::label).toList();
        List<Svg.Series> series = new ArrayList<>();
        series.add(new Svg.Series("score", s.periods().stream().mapToDouble(AlignmentPeriod::score).toArray(), "#222222", false));
        int colour = 0;
        for (Channel c : Channel.ALL) {
            double[] v = s.periods().stream().mapToDouble(p -> p.contributions().get(c)).toArray();
            if (java.util.Arrays.stream(v).anyMatch(x -> Double.isFinite(x) && x != 0)) {
                series.add(new Svg.Series(c.id().replace('_', ' '), v, Svg.COLOURS[colour % Svg.COLOURS.length], true));
            }
            colour++;
        }
        String members = (s.a().members().isEmpty() ? "" : "; " + s.a().id() + " with " + String.join(", ", s.a().members()))
                + (s.b().members().isEmpty() ? "" : "; " + s.b().id() + " with " + String.join(", ", s.b().members()));
        StringBuilder b = new StringBuilder("<p class=\"note\">Score per " + spec.window().period().sqlPart() + " in [-1, 1]: -1 when all of "
                + Html.escape(entity) + "'s relations (Goldstein-weighted, per channel) point to " + Html.escape(s.a().id()) + ", +1 when they point to "
                + Html.escape(s.b().id()) + Html.escape(members) + ". Bars are the channels' contributions, which add up to the score.</p>");
        b.append(Svg.chart(labels, series, List.of(), "score"));
        b.append("<table><thead><tr><th>period</th><th>score</th><th>events with ").append(Html.escape(s.a().id())).append("</th><th>events with ")
                .append(Html.escape(s.b().id())).append("</th></tr></thead><tbody>");
        for (AlignmentPeriod p : s.periods()) {
            if (p.eventsA() + p.eventsB() == 0) {
                continue;
            }
            b.append("<tr><td>").append(Html.escape(p.label())).append("</td><td class=\"num\">").append(Svg.number(p.score()))
                    .append("</td><td class=\"num\">").append(p.eventsA()).append("</td><td class=\"num\">").append(p.eventsB())
                    .append(p.lowCoverage() ? " <span class=\"low\">low coverage</span>" : "").append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private String partnersSection(String entity, ReportSpec spec) {
        Window yearly = spec.window().by(Period.YEAR);
        PartnerSeries s = relations.partners(entity, null, Valence.COOPERATION, yearly);
        if (s.periods().isEmpty()) {
            return "<p class=\"note\">No events with partners.</p>";
        }
        List<String> labels = s.periods().stream().map(Concentration::label).toList();
        StringBuilder b = new StringBuilder("<p class=\"note\">Per year, the partners' shares of " + Html.escape(entity)
                + "'s cooperative events (both directions): the Herfindahl-Hirschman index (1 = one partner only) and the effective"
                + " number of partners (1/HHI). A falling index means more diversified relations.</p>");
        b.append(Svg.chart(labels, List.of(
                new Svg.Series("HHI x 10", s.periods().stream().mapToDouble(c -> 10 * c.hhi()).toArray(), Svg.COLOURS[3], false),
                new Svg.Series("effective partners", s.periods().stream().mapToDouble(Concentration::effectivePartners).toArray(), Svg.COLOURS[2], false)),
                List.of(), "index"));
        b.append("<table><thead><tr><th>year</th><th>events</th><th>HHI</th><th>effective partners</th><th>top partners</th></tr></thead><tbody>");
        for (Concentration c : s.periods()) {
            b.append("<tr><td>").append(Html.escape(c.label())).append("</td><td class=\"num\">").append(c.events()).append("</td><td class=\"num\">")
                    .append(Svg.number(c.hhi())).append("</td><td class=\"num\">").append(Svg.number(c.effectivePartners())).append("</td><td>")
                    .append(Html.escape(String.join(", ", c.shares().stream().limit(5).map(Object::toString).toList())))
                    .append(c.lowCoverage() ? " <span class=\"low\">low coverage</span>" : "").append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private String indicatorsSection(String entity, ReportSpec spec) {
        Window yearly = spec.window().by(Period.YEAR);
        List<IndicatorSeries> all = new Indicators(store).series(IndicatorQuery.of(entity).between(yearly.from(), yearly.to()), Period.YEAR);
        if (all.isEmpty()) {
            return "<p class=\"note\">No indicators of " + Html.escape(entity) + " are stored (import polls, trade or arms shares with"
                    + " <code>orbit indicators import FILE.csv</code>).</p>";
        }
        java.util.TreeSet<LocalDate> years = new java.util.TreeSet<>();
        all.forEach(s -> s.points().forEach(p -> years.add(p.start())));
        List<LocalDate> axis = new ArrayList<>();
        for (LocalDate y = years.first(); !y.isAfter(years.last()); y = y.plusYears(1)) {
            axis.add(y);
        }
        List<String> labels = axis.stream().map(d -> Integer.toString(d.getYear())).toList();
        java.util.Map<String, List<IndicatorSeries>> byName = new java.util.LinkedHashMap<>();
        all.forEach(s -> byName.computeIfAbsent(s.indicator(), k -> new ArrayList<>()).add(s));
        StringBuilder b = new StringBuilder("<p class=\"note\">Figures imported with <code>orbit indicators import</code>, the mean per year"
                + " where a year has any; each line is one partner. Sources are listed under each chart.</p>");
        for (var e : byName.entrySet()) {
            List<Svg.Series> lines = new ArrayList<>();
            java.util.TreeSet<String> sources = new java.util.TreeSet<>();
            int colour = 0;
            for (IndicatorSeries s : e.getValue()) {
                double[] v = new double[axis.size()];
                java.util.Arrays.fill(v, Double.NaN);
                for (IndicatorSeries.Point p : s.points()) {
                    v[axis.indexOf(p.start())] = p.mean();
                    sources.addAll(p.sources());
                }
                lines.add(new Svg.Series(s.partner().isEmpty() ? entity : s.partner(), v, Svg.COLOURS[colour++ % Svg.COLOURS.length], false));
            }
            b.append("<h3>").append(Html.escape(e.getKey())).append("</h3>").append(Svg.chart(labels, lines, List.of(), e.getKey()));
            b.append("<details><summary>").append(sources.size()).append(" source(s)</summary><ul class=\"sources\">");
            sources.forEach(x -> b.append("<li>").append(Html.escape(x)).append("</li>"));
            b.append("</ul></details>");
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:0;background:#f6f7f9}
            header,main,footer{max-width:960px;margin:0 auto;padding:0 20px}
            header{padding-top:24px} h1{font-size:26px;margin:0 0 6px} h2{font-size:20px;margin:28px 0 8px}
            h3{font-size:17px;margin:18px 0 4px} h4{font-size:15px;margin:12px 0 4px}
            section,article{background:#fff;border:1px solid #e1e4ea;border-radius:6px;padding:4px 16px 12px;margin:12px 0}
            article{border:none;padding:0;margin:0 0 18px}
            .meta,.note{color:#596273;font-size:13.5px} nav ul{columns:2;padding-left:18px}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0} th,td{border-bottom:1px solid #eceef2;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#f0f2f5} td.num{text-align:right;font-variant-numeric:tabular-nums}
            .low{color:#a15c00;font-size:11.5px} code{font-size:12px}
            svg.chart{width:100%;height:auto;margin:4px 0} .grid{stroke:#e8eaee} .zero{stroke:#9aa3b0}
            .tick,.legend{font-size:11px;fill:#596273} .axis{font-size:11px;fill:#596273}
            .marker{stroke:#c0392b;stroke-dasharray:4 3;stroke-width:1.5} .marker-label{font-size:11px;fill:#c0392b}
            footer{color:#596273;font-size:12px;padding:16px 20px 32px}
            """;
}
