package orbit.analytics;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import orbit.core.CameoTable;
import orbit.core.EntityDictionary;
import orbit.core.OrbitException;
import orbit.store.EventStore;

/**
 * Relations between entities as the stored events show them: a dyad's series per period.
 * Aggregation runs in DuckDB; Java only fills the periods without events.
 *
 * <p>Not thread-safe: it shares the store's JDBC connection.
 */
public final class Relations {
    private final Connection conn;
    private final EntityDictionary entities;
    private final CameoTable cameo;

    public Relations(EventStore store) {
        this.conn = store.connection();
        this.entities = store.ontology().entities();
        this.cameo = store.ontology().cameo();
    }

    /**
     * The entity id as stored ("arm" is ARM). An id the dictionary does not know is still accepted
     * when the store has events for it (imports may carry codes of their own); otherwise the error
     * names the closest ids: "ARN is not an entity; did you mean ARM?".
     */
    public String entity(String id) {
        if (id == null || id.isBlank()) {
            throw OrbitException.user("an entity id is empty; give one such as ARM, RUS or EU");
        }
        String upper = id.strip().toUpperCase(Locale.ROOT);
        if (entities.byId(upper).isPresent()) {
            return upper;
        }
        boolean stored = !Sql.query(conn, "SELECT 1 FROM events WHERE source_entity = ? OR target_entity = ? LIMIT 1",
                List.of(upper, upper), rs -> true).isEmpty();
        if (stored) {
            return upper;
        }
        entities.require(upper);
        return upper;
    }

    /**
     * The dyad's events as WHERE clauses whose union they are: a to b, and b to a unless directed.
     * Design decision: one query per side, never an OR of the two, because the store is sorted by
     * source entity and DuckDB skips row groups on a plain equality but not on an OR (at 100 M
     * events an OR costs 0.5 s where the two sides cost 0.12 s together).
     */
    static List<Sql> dyadSides(String a, String b, Direction direction, Window window) {
        List<Sql> sides = new ArrayList<>();
        sides.add(new Sql().and("source_entity = ? AND target_entity = ?", a, b).window(window));
        if (direction == Direction.BOTH) {
            sides.add(new Sql().and("source_entity = ? AND target_entity = ?", b, a).window(window));
        }
        return sides;
    }

    /**
     * The events of an entity with any other entity as WHERE clauses on the alias {@code e.}, with
     * the SQL of the other side's column: as source, and as target unless directed (one query per
     * side, as for {@link #dyadSides}).
     */
    private static List<Map.Entry<String, Sql>> entitySides(String a, Direction direction, Window window) {
        List<Map.Entry<String, Sql>> sides = new ArrayList<>();
        sides.add(Map.entry("e.target_entity", new Sql().and("e.source_entity = ? AND e.target_entity IS NOT NULL AND e.target_entity <> ?", a, a)
                .window("e.", window)));
        if (direction == Direction.BOTH) {
            sides.add(Map.entry("e.source_entity", new Sql().and("e.target_entity = ? AND e.source_entity IS NOT NULL AND e.source_entity <> ?", a, a)
                    .window("e.", window)));
        }
        return sides;
    }

    /**
     * The dyad's series: per period the events per QuadClass, the Goldstein sum, and {@code a}'s
     * events with any other entity (as source only when directed), for the dyad's share.
     */
    public DyadSeries dyad(String a, String b, Direction direction, Window window) {
        String ea = entity(a);
        String eb = entity(b);
        if (ea.equals(eb)) {
            throw OrbitException.user("a dyad needs two entities; %s and %s are the same (for domestic events use orbit events --dyad %s:%s)",
                    a, b, ea, ea);
        }
        Map<LocalDate, DyadPeriod> found = new java.util.TreeMap<>();
        for (Sql side : dyadSides(ea, eb, direction, window)) {
            List<Object> params = new ArrayList<>();
            params.add(window.period().sqlPart());
            params.addAll(side.params());
            Sql.forEach(conn, """
                    SELECT CAST(date_trunc(?, date) AS DATE) AS p,
                      count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                      count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                      coalesce(sum(goldstein), 0)
                    FROM events""" + side.where() + " GROUP BY 1", params, rs -> {
                        LocalDate p = Sql.date(rs, 1);
                        DyadPeriod r = new DyadPeriod(p, null, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getDouble(6), 0, false);
                        found.merge(p, r, (x, y) -> new DyadPeriod(p, null, x.verbalCooperation() + y.verbalCooperation(),
                                x.materialCooperation() + y.materialCooperation(), x.verbalConflict() + y.verbalConflict(),
                                x.materialConflict() + y.materialConflict(), x.goldsteinSum() + y.goldsteinSum(), 0, false));
                    });
        }
        Map<LocalDate, Long> actor = actorEvents(ea, direction, window);
        if (found.isEmpty() && (window.from() == null || window.to() == null)) {
            return new DyadSeries(ea, eb, direction, window, List.of());
        }
        Period period = window.period();
        List<DyadPeriod> periods = new ArrayList<>();
        for (LocalDate p : starts(window, actor)) {
            DyadPeriod r = found.get(p);
            long n = actor.getOrDefault(p, 0L);
            periods.add(r == null
                    ? new DyadPeriod(p, period.label(p), 0, 0, 0, 0, 0, n, window.minEvents() > 0)
                    : new DyadPeriod(p, period.label(p), r.verbalCooperation(), r.materialCooperation(), r.verbalConflict(),
                            r.materialConflict(), r.goldsteinSum(), n, r.events() < window.minEvents()));
        }
        return new DyadSeries(ea, eb, direction, window, periods);
    }

    /**
     * The first days of the window's periods. Design decision: an open end runs to the first or
     * last period of the entity's events with anyone ({@code any}), not only the dyad's or the
     * measure's, so that one entity's series line up and a quiet last year shows as zeros instead
     * of vanishing. Empty when an end is open and the entity has no events.
     */
    private static List<LocalDate> starts(Window window, Map<LocalDate, Long> any) {
        if (any.isEmpty() && (window.from() == null || window.to() == null)) {
            return List.of();
        }
        LocalDate from = window.from() != null ? window.from() : any.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate to = window.to() != null ? window.to() : any.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate p = window.period().start(from); !p.isAfter(to); p = window.period().next(p)) {
            out.add(p);
        }
        return out;
    }

    /** Per period, {@code a}'s events with another entity: as source only when directed, on either side otherwise. */
    private Map<LocalDate, Long> actorEvents(String a, Direction direction, Window window) {
        Map<LocalDate, Long> out = new HashMap<>();
        for (Map.Entry<String, Sql> side : entitySides(a, direction, window)) {
            List<Object> params = new ArrayList<>();
            params.add(window.period().sqlPart());
            params.addAll(side.getValue().params());
            Sql.forEach(conn, "SELECT CAST(date_trunc(?, e.date) AS DATE), count(*) FROM events e" + side.getValue().where() + " GROUP BY 1",
                    params, rs -> out.merge(Sql.date(rs, 1), rs.getLong(2), Long::sum));
        }
        return out;
    }

    /**
     * The entity's partners per period: each other entity's share of the events between them (both
     * directions; domestic events and events without a second entity are left out), in one domain
     * or all ({@code domain} null), of the given valence.
     */
    public PartnerSeries partners(String entity, Domain domain, Valence valence, Window window) {
        String a = entity(entity);
        Domain.install(conn, cameo);
        Map<LocalDate, Map<String, Long>> byPartner = new java.util.TreeMap<>();
        for (Map.Entry<String, Sql> side : entitySides(a, Direction.BOTH, window)) {
            Sql w = side.getValue().and(valence.sql("e."));
            if (domain != null) {
                w.and("coalesce(d.domain, 'diplomatic') = ?", domain.id());
            }
            List<Object> params = new ArrayList<>(List.of(window.period().sqlPart()));
            params.addAll(w.params());
            Sql.forEach(conn, "SELECT CAST(date_trunc(?, e.date) AS DATE), " + side.getKey() + ", count(*)"
                    + " FROM events e LEFT JOIN orbit_code_domain d ON d.cameo = e.cameo" + w.where() + " GROUP BY 1, 2", params,
                    rs -> byPartner.computeIfAbsent(Sql.date(rs, 1), k -> new HashMap<>()).merge(rs.getString(2), rs.getLong(3), Long::sum));
        }
        Map<LocalDate, List<PartnerShare>> counts = new HashMap<>();
        byPartner.forEach((period, m) -> counts.put(period, m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new PartnerShare(e.getKey(), e.getValue(), 0)).toList()));
        Map<LocalDate, Long> any = actorEvents(a, Direction.BOTH, window);
        List<LocalDate> starts = starts(window, any);
        if (starts.isEmpty()) {
            return new PartnerSeries(a, domain, valence, window, List.of());
        }
        Period period = window.period();
        List<Concentration> periods = new ArrayList<>();
        for (LocalDate p : starts) {
            List<PartnerShare> raw = counts.getOrDefault(p, List.of());
            long total = raw.stream().mapToLong(PartnerShare::events).sum();
            List<PartnerShare> shares = raw.stream().map(s -> new PartnerShare(s.partner(), s.events(), (double) s.events() / total)).toList();
            periods.add(new Concentration(p, period.label(p), total, shares, total < window.minEvents()));
        }
        return new PartnerSeries(a, domain, valence, window, periods);
    }

    /**
     * The entity's alignment between two poles per period (see {@link AlignmentPeriod} for the
     * score). The measure is {@link Measure#GOLDSTEIN} or {@link Measure#NETCOOP}; a count has no
     * sign and cannot place relations between poles.
     */
    public AlignmentSeries alignment(String entity, Pole poleA, Pole poleB, Measure measure, Window window) {
        if (measure == Measure.COUNT) {
            throw OrbitException.user("alignment weighs relations by goldstein or netcoop; a count has no direction");
        }
        String x = entity(entity);
        Pole a = new Pole(entity(poleA.id()), poleA.members().stream().map(this::entity).toList());
        Pole b = new Pole(entity(poleB.id()), poleB.members().stream().map(this::entity).toList());
        for (String e : a.entities()) {
            if (b.entities().contains(e)) {
                throw OrbitException.user("%s is in both poles (%s and %s); an entity can pull one way only", e, a.id(), b.id());
            }
        }
        if (a.entities().contains(x) || b.entities().contains(x)) {
            throw OrbitException.user("%s is itself one of the poles' entities; choose poles other than the entity measured", x);
        }
        Domain.install(conn, cameo);
        List<String> both = new ArrayList<>(a.entities());
        both.addAll(b.entities());
        String in = String.join(", ", both.stream().map(e -> "?").toList());
        String value = measure.eventSql("e.");
        record Cell(LocalDate period, String partner, int quad, Domain domain, long events, double value) {}
        List<Cell> cells = new ArrayList<>();
        for (String[] side : new String[][] {{"e.source_entity", "e.target_entity"}, {"e.target_entity", "e.source_entity"}}) {
            List<Object> sideParams = new ArrayList<>(List.of(x));
            sideParams.addAll(both);
            Sql w = new Sql().and(side[0] + " = ? AND " + side[1] + " IN (" + in + ")", sideParams.toArray()).window("e.", window);
            List<Object> params = new ArrayList<>(List.of(window.period().sqlPart()));
            params.addAll(w.params());
            cells.addAll(Sql.query(conn, "SELECT CAST(date_trunc(?, e.date) AS DATE), " + side[1] + ", e.quad_class,"
                    + " coalesce(d.domain, 'diplomatic'), count(*), sum(" + value + ")"
                    + " FROM events e LEFT JOIN orbit_code_domain d ON d.cameo = e.cameo" + w.where() + " GROUP BY 1, 2, 3, 4", params,
                    rs -> new Cell(Sql.date(rs, 1), rs.getString(2), rs.getInt(3), Domain.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                            rs.getLong(5), rs.getDouble(6))));
        }
        Map<LocalDate, double[][]> sums = new HashMap<>(); // [pole 0 = A, 1 = B][channel index]
        Map<LocalDate, long[]> counts = new HashMap<>();
        for (Cell c : cells) {
            int pole = a.entities().contains(c.partner()) ? 0 : 1;
            int channel = Channel.ALL.indexOf(new Channel(Channel.Mode.ofQuadClass(c.quad()), c.domain()));
            sums.computeIfAbsent(c.period(), k -> new double[2][Channel.ALL.size()])[pole][channel] += c.value();
            counts.computeIfAbsent(c.period(), k -> new long[2])[pole] += c.events();
        }
        Map<LocalDate, Long> any = actorEvents(x, Direction.BOTH, window);
        List<LocalDate> starts = starts(window, any);
        if (starts.isEmpty()) {
            return new AlignmentSeries(x, a, b, measure, window, List.of());
        }
        Period period = window.period();
        List<AlignmentPeriod> periods = new ArrayList<>();
        for (LocalDate p : starts) {
            double[][] r = sums.getOrDefault(p, new double[2][Channel.ALL.size()]);
            long[] n = counts.getOrDefault(p, new long[2]);
            double norm = 0;
            double ra = 0;
            double rb = 0;
            for (int c = 0; c < Channel.ALL.size(); c++) {
                norm += Math.abs(r[0][c]) + Math.abs(r[1][c]);
                ra += r[0][c];
                rb += r[1][c];
            }
            Map<Channel, Double> contributions = new LinkedHashMap<>();
            double score = 0;
            for (int c = 0; c < Channel.ALL.size(); c++) {
                double term = norm == 0 ? Double.NaN : (r[1][c] - r[0][c]) / norm;
                contributions.put(Channel.ALL.get(c), term);
                score += term;
            }
            periods.add(new AlignmentPeriod(p, period.label(p), score, contributions, ra, rb, n[0], n[1],
                    n[0] + n[1] < window.minEvents()));
        }
        return new AlignmentSeries(x, a, b, measure, window, periods);
    }

    /**
     * The dyad's events from {@code from} (inclusive) to {@code until} (exclusive) that move the
     * measure in the direction {@code sign} (+1 up, −1 down), strongest first: ranked by their
     * contribution times the sign, then by the size of their Goldstein score in that direction,
     * then by date. At most {@code limit}.
     */
    public List<Driver> drivers(DyadSeries series, Measure measure, LocalDate from, LocalDate until, int sign, int limit) {
        if (sign == 0) {
            return List.of();
        }
        String contribution = measure.eventSql("");
        List<String> selects = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Sql side : dyadSides(series.a(), series.b(), series.direction(), series.window())) {
            side.and("date >= ? AND date < ?", from, until).and(contribution + " * ? > 0", sign);
            selects.add("SELECT id, date, source_entity, target_entity, cameo, quad_class, goldstein, " + contribution + " AS c,"
                    + " coalesce(text, '') AS text, coalesce(url, '') AS url, coalesce(doc, '') AS doc FROM events" + side.where());
            params.addAll(side.params());
        }
        params.addAll(List.of(sign, sign, limit));
        return Sql.query(conn, "SELECT * FROM (" + String.join(" UNION ALL ", selects) + ") ORDER BY c * ? DESC, goldstein * ? DESC, date, id LIMIT ?",
                params,
                rs -> new Driver(rs.getString(1), Sql.date(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getDouble(7), rs.getDouble(8), rs.getString(9), rs.getString(10), rs.getString(11)));
    }

    /**
     * Every directed dyad's series at once (both entities known and different), streamed to
     * {@code sink} ordered by source, target and period; only periods with events. Returns the
     * number of cells.
     */
    public long allDyads(Window window, java.util.function.Consumer<DyadCell> sink) {
        Sql w = new Sql().and("source_entity IS NOT NULL AND target_entity IS NOT NULL AND source_entity <> target_entity").window(window);
        List<Object> params = new ArrayList<>();
        params.add(window.period().sqlPart());
        params.addAll(w.params());
        long[] n = {0};
        Sql.forEach(conn, """
                SELECT source_entity, target_entity, CAST(date_trunc(?, date) AS DATE),
                  count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                  count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), sum(goldstein)
                FROM events""" + w.where() + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", params, rs -> {
                    sink.accept(new DyadCell(rs.getString(1), rs.getString(2), Sql.date(rs, 3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getDouble(8)));
                    n[0]++;
                });
        return n[0];
    }
}
