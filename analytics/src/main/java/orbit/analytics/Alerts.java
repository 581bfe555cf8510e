package orbit.analytics;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import orbit.core.OrbitException;
import orbit.store.EventStore;

/**
 * Trend alerts per dyad in the style of ACLED Trendfinder: the events of the current week
 * against the mean of the previous 4 or 52 weeks, in change bands with a guard for low
 * baselines, and whether the week is the dyad's highest in years. Dyads are undirected pairs of
 * different entities.
 *
 * <p>Not thread-safe: it shares the store's JDBC connection.
 */
public final class Alerts {
    private final Connection conn;
    private final Relations relations;

    public Alerts(EventStore store) {
        this.conn = store.connection();
        this.relations = new Relations(store);
    }

    /**
     * What to compare.
     *
     * @param asOf     a day of the current week; null for the week of the store's latest event
     * @param baseline weeks before the current one whose mean is the norm (4 or 52 in Trendfinder)
     * @param focus    only dyads with this entity; null for all
     * @param valence  which events count
     * @param dataset  only this dataset; null for all
     */
    public record Query(LocalDate asOf, int baseline, String focus, Valence valence, String dataset) {
        public Query {
            if (baseline < 1) {
                throw OrbitException.user("--baseline %d must be a number of weeks of at least 1 (Trendfinder uses 4 or 52)", baseline);
            }
        }
    }

    /** The current week and the alerts of every dyad active in it or in its baseline, most urgent first. */
    public record Result(LocalDate week, Query query, List<Alert> alerts) {
        public Result {
            alerts = List.copyOf(alerts);
        }
    }

    public Result find(Query q) {
        String focus = q.focus() == null ? null : relations.entity(q.focus());
        LocalDate asOf = q.asOf();
        if (asOf == null) {
            Sql w = new Sql();
            if (q.dataset() != null) {
                w.and("dataset = ?", q.dataset());
            }
            asOf = Sql.query(conn, "SELECT max(date) FROM events" + w.where(), w.params(), rs -> Sql.date(rs, 1)).get(0);
            if (asOf == null) {
                return new Result(null, q, List.of());
            }
        }
        LocalDate week = Period.WEEK.start(asOf);
        LocalDate baselineStart = week.minusWeeks(q.baseline());
        Sql w = new Sql().and("source_entity IS NOT NULL AND target_entity IS NOT NULL AND source_entity <> target_entity")
                .and(q.valence().sql("")).and("date < ?", week.plusWeeks(1));
        if (focus != null) {
            w.and("(source_entity = ? OR target_entity = ?)", focus, focus);
        }
        if (q.dataset() != null) {
            w.and("dataset = ?", q.dataset());
        }
        List<Object> params = new ArrayList<>(w.params());
        params.addAll(List.of(week, baselineStart, week, week));
        List<Alert> alerts = Sql.query(conn, """
                WITH weekly AS (
                  SELECT least(source_entity, target_entity) AS a, greatest(source_entity, target_entity) AS b,
                         CAST(date_trunc('week', date) AS DATE) AS w, count(*) AS n
                  FROM events""" + w.where() + """
                 GROUP BY 1, 2, 3),
                cur AS (SELECT a, b, n FROM weekly WHERE w = ?),
                base AS (SELECT a, b, sum(n) AS s FROM weekly WHERE w >= ? AND w < ? GROUP BY 1, 2),
                pairs AS (SELECT a, b FROM cur UNION SELECT a, b FROM base),
                prior AS (SELECT c.a, c.b, max(x.w) AS last_as_high FROM cur c JOIN weekly x
                          ON x.a = c.a AND x.b = c.b AND x.w < ? AND x.n >= c.n GROUP BY 1, 2),
                first AS (SELECT a, b, min(w) AS first_week FROM weekly GROUP BY 1, 2)
                SELECT p.a, p.b, coalesce(c.n, 0), coalesce(base.s, 0), prior.last_as_high, first.first_week
                FROM pairs p LEFT JOIN cur c USING (a, b) LEFT JOIN base USING (a, b) LEFT JOIN prior USING (a, b)
                  LEFT JOIN first USING (a, b)
                """, params, rs -> {
                    long current = rs.getLong(3);
                    double mean = rs.getLong(4) / (double) q.baseline();
                    return new Alert(rs.getString(1), rs.getString(2), current, mean, Band.of(current, mean), Sql.date(rs, 5),
                            Sql.date(rs, 6));
                });
        List<Alert> sorted = new ArrayList<>(alerts);
        sorted.sort(Comparator.comparing(Alert::band)
                .thenComparing(Comparator.comparingDouble((Alert x) -> Math.abs(x.current() - x.baselineMean())).reversed())
                .thenComparing(Alert::a).thenComparing(Alert::b));
        return new Result(week, q, sorted);
    }
}
