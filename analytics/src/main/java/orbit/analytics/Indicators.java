package orbit.analytics;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import orbit.store.EventStore;
import orbit.store.IndicatorQuery;

/**
 * External indicators (polls, trade and arms-import shares) of a store as series per period,
 * to set beside the event measures. Not thread-safe, like the store it reads.
 */
public final class Indicators {
    private final EventStore store;

    public Indicators(EventStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * The series of every indicator and partner the query selects, ordered by indicator and
     * partner; each period's value is the mean of the observations dated in it, with their count,
     * range and sources. Periods without observations are absent. Fails with a USER error naming
     * the closest ids when the entity or partner is not an entity.
     */
    public List<IndicatorSeries> series(IndicatorQuery query, Period period) {
        store.ontology().entities().require(query.entity());
        if (query.partner() != null && !query.partner().isEmpty()) {
            store.ontology().entities().require(query.partner());
        }
        IndicatorQuery.Where where = query.where();
        List<Object> params = new ArrayList<>();
        params.add(period.sqlPart());
        params.addAll(where.params());
        // rows come ordered by indicator and partner: one series per run of equal keys
        java.util.Map<List<String>, List<IndicatorSeries.Point>> series = new java.util.LinkedHashMap<>();
        Sql.forEach(store.connection(), "SELECT indicator, partner, CAST(date_trunc(?, date) AS DATE) AS start, avg(value), min(value), "
                + "max(value), count(*), list(DISTINCT source ORDER BY source) FROM indicators WHERE " + where.sql()
                + " GROUP BY indicator, partner, start ORDER BY indicator, partner, start", params, rs -> {
                    LocalDate start = Sql.date(rs, 3);
                    series.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                            .add(new IndicatorSeries.Point(start, period.label(start), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
                                    rs.getLong(7), strings(rs.getArray(8))));
                });
        List<IndicatorSeries> out = new ArrayList<>();
        series.forEach((key, points) -> out.add(new IndicatorSeries(query.entity(), key.get(1), key.get(0), period, points)));
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
