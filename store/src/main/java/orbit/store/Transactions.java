package orbit.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction on a connection: commit on success; on any failure (an SQL error or
 * a USER error raised half-way) roll back before the connection's auto-commit is restored, since
 * restoring it would commit the half-done work.
 */
final class Transactions {

    /** Work on the connection that may fail with an SQL error. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transactions() {}

    static <T> T inTransaction(Connection conn, Work<T> work) throws SQLException {
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try {
            T result = work.run();
            conn.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }
}
