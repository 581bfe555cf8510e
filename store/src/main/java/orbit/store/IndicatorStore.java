package orbit.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import orbit.core.EntityDictionary;
import orbit.core.IndicatorObservation;
import orbit.core.OrbitException;
import org.duckdb.DuckDBConnection;

/**
 * The indicators of a store: external figures (poll results, trade, arms-import and energy-import
 * shares) kept beside the event measures. Obtained from {@link EventStore#indicators()}; shares the
 * store's connection, so it is not thread-safe either, and is usable until the store is closed.
 *
 * <p>An observation is identified by (date, entity, partner, indicator, source); an observation
 * without a partner has partner {@code ""}. Importing the same file again changes nothing; a file
 * with a corrected value for a stored key replaces the stored value.
 */
public final class IndicatorStore {
    private static final String STAGING = "indicator_staging";
    private static final String KEY_MATCH = "i.date = s.date AND i.entity = s.entity AND i.partner = s.partner "
            + "AND i.indicator = s.indicator AND i.source = s.source";

    private final DuckDBConnection conn;
    private final Path file;
    private final EntityDictionary entities;

    IndicatorStore(DuckDBConnection conn, Path file, EntityDictionary entities) {
        this.conn = conn;
        this.file = file;
        this.entities = entities;
    }

    /**
     * Imports indicator CSV files (format in docs/store.md). Every line of every file is checked
     * first; if any is bad, nothing is written and a USER error lists the problems, one a line, each
     * naming file, line, field and fix (at most 20, then how many more). Otherwise all files are
     * stored in one transaction: new keys are added, stored keys with another value are updated,
     * stored keys with the same value are left alone.
     */
    public IndicatorImportReport importFiles(List<Path> files) {
        Map<String, List<IndicatorCsv.Row>> rows = new IndicatorCsv(entities).read(files);
        try {
            try (Statement st = conn.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + STAGING);
                st.execute("CREATE TEMP TABLE " + STAGING + " (date DATE, entity VARCHAR, partner VARCHAR, indicator VARCHAR, "
                        + "value DOUBLE, source VARCHAR, file VARCHAR, line INTEGER)");
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + STAGING + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (List<IndicatorCsv.Row> fileRows : rows.values()) {
                    for (IndicatorCsv.Row r : fileRows) {
                        IndicatorObservation o = r.observation();
                        ps.setObject(1, o.date());
                        ps.setString(2, o.entity());
                        ps.setString(3, o.partner());
                        ps.setString(4, o.indicator());
                        ps.setDouble(5, o.value());
                        ps.setString(6, o.source());
                        ps.setString(7, r.file());
                        ps.setInt(8, r.line());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            Map<String, long[]> counts = Transactions.inTransaction(conn, () -> {
                Map<String, long[]> c = new HashMap<>();
                try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT s.file, count(*) FILTER (WHERE i.entity IS NULL), count(*) FILTER (WHERE i.value = s.value), "
                                + "count(*) FILTER (WHERE i.value <> s.value) FROM " + STAGING + " s LEFT JOIN indicators i ON "
                                + KEY_MATCH + " GROUP BY s.file")) {
                    while (rs.next()) {
                        c.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    }
                }
                try (PreparedStatement up = conn.prepareStatement("UPDATE indicators i SET value = s.value, file = s.file, "
                        + "line = s.line, added = ? FROM " + STAGING + " s WHERE " + KEY_MATCH + " AND i.value <> s.value")) {
                    up.setTimestamp(1, now);
                    up.executeUpdate();
                }
                try (PreparedStatement in = conn.prepareStatement("INSERT INTO indicators SELECT s.date, s.entity, s.partner, "
                        + "s.indicator, s.value, s.source, s.file, s.line, ? FROM " + STAGING + " s ANTI JOIN indicators i ON "
                        + KEY_MATCH + " ORDER BY s.entity, s.indicator, s.partner, s.date")) {
                    in.setTimestamp(1, now);
                    in.executeUpdate();
                }
                return c;
            });
            try (Statement st = conn.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + STAGING);
            }
            List<IndicatorImportReport.FileReport> reports = new ArrayList<>();
            rows.forEach((name, fileRows) -> {
                long[] c = counts.getOrDefault(name, new long[3]);
                reports.add(new IndicatorImportReport.FileReport(name, fileRows.size(), c[0], c[1], c[2]));
            });
            return new IndicatorImportReport(reports);
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot store indicators in %s: %s", file, e.getMessage());
        }
    }

    /**
     * Each stored indicator per entity and partner, with its count and date range, ordered by
     * entity, indicator and partner; only {@code entity}'s when it is not null.
     */
    public List<IndicatorSummary> list(String entity) {
        if (entity != null) {
            entities.require(entity);
        }
        String sql = "SELECT indicator, entity, partner, count(*), min(date), max(date) FROM indicators"
                + (entity == null ? "" : " WHERE entity = ?") + " GROUP BY ALL ORDER BY entity, indicator, partner";
        List<IndicatorSummary> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (entity != null) {
                ps.setString(1, entity);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndicatorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read indicators from %s: %s", file, e.getMessage());
        }
        return out;
    }

    /**
     * The observations the query selects, ordered by indicator, partner, date and source. Fails
     * with a USER error naming the closest ids when the entity or partner is not an entity.
     */
    public List<IndicatorObservation> observations(IndicatorQuery query) {
        entities.require(query.entity());
        if (query.partner() != null && !query.partner().isEmpty()) {
            entities.require(query.partner());
        }
        IndicatorQuery.Where where = query.where();
        List<IndicatorObservation> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT date, entity, partner, indicator, value, source "
                + "FROM indicators WHERE " + where.sql() + " ORDER BY indicator, partner, date, source")) {
            for (int i = 0; i < where.params().size(); i++) {
                ps.setObject(i + 1, where.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndicatorObservation(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getDouble(5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read indicators from %s: %s", file, e.getMessage());
        }
        return out;
    }

    /** How many observations are stored. */
    public long count() {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM indicators")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read indicators from %s: %s", file, e.getMessage());
        }
    }
}
