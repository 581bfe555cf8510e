package orbit.analytics;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import orbit.core.OrbitException;
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
        String sql = "SELECT indicator, partner, CAST(date_trunc(?, date) AS DATE) AS start, avg(value), min(value), "
                + "max(value), count(*), list(DISTINCT source ORDER BY source) FROM indicators WHERE " + where.sql()
                + " GROUP BY indicator, partner, start ORDER BY indicator, partner, start";
        List<IndicatorSeries> out = new ArrayList<>();
        Connection conn = store.connection();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, period.sqlPart());
            for (int i = 0; i < where.params().size(); i++) {
                ps.setObject(i + 2, where.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                String indicator = null;
                String partner = null;
                List<IndicatorSeries.Point> points = new ArrayList<>();
                while (rs.next()) {
                    String ind = rs.getString(1);
                    String par = rs.getString(2);
                    if (indicator != null && !(indicator.equals(ind) && partner.equals(par))) {
                        out.add(new IndicatorSeries(query.entity(), partner, indicator, period, points));
                        points = new ArrayList<>();
                    }
                    indicator = ind;
                    partner = par;
                    LocalDate start = rs.getObject(3, LocalDate.class);
                    points.add(new IndicatorSeries.Point(start, period.label(start), rs.getDouble(4), rs.getDouble(5),
                            rs.getDouble(6), rs.getLong(7), strings(rs.getArray(8))));
                }
                if (indicator != null) {
                    out.add(new IndicatorSeries(query.entity(), partner, indicator, period, points));
                }
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read indicators from %s: %s", store.file(), e.getMessage());
        }
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
