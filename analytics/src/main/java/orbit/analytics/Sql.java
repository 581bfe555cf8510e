package orbit.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.OrbitException;

/**
 * A WHERE clause built from fixed SQL fragments and bound parameters; user text only ever goes
 * into the parameters.
 */
final class Sql {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Sql and(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    /** The window's date range and dataset. */
    Sql window(Window w) {
        return window("", w);
    }

    /** The window's date range and dataset on the columns of a table alias ("e."). */
    Sql window(String alias, Window w) {
        if (w.from() != null) {
            and(alias + "date >= ?", w.from());
        }
        if (w.to() != null) {
            and(alias + "date <= ?", w.to());
        }
        if (w.dataset() != null) {
            and(alias + "dataset = ?", w.dataset());
        }
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    List<Object> params() {
        return params;
    }

    /** Runs {@code statement} with its parameters bound in order, one result per row. */
    static <T> List<T> query(Connection conn, String statement, List<Object> params, Row<T> row) {
        List<T> out = new ArrayList<>();
        forEach(conn, statement, params, rs -> out.add(row.read(rs)));
        return out;
    }

    /** Runs {@code statement} with its parameters bound in order and hands each row to {@code each} as it comes. */
    static void forEach(Connection conn, String statement, List<Object> params, Each each) {
        try (PreparedStatement ps = conn.prepareStatement(statement)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                ps.setObject(i + 1, p instanceof LocalDate d ? java.sql.Date.valueOf(d) : p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "the store could not answer a query: %s", e.getMessage());
        }
    }

    @FunctionalInterface
    interface Each {
        void accept(ResultSet rs) throws SQLException;
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
