package orbit.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The staging area of one import: a temporary table (private to the store's connection, gone with
 * the process, so a crash leaves nothing behind) filled with DuckDB's appender on the reading
 * thread, and a pool of parser threads that turn lines into events meanwhile.
 *
 * <p>Design decision: the appender is fast only into temporary tables (into a persistent or
 * attached table it was three times slower here), and a temporary table belongs to one
 * connection, so one thread appends while the others parse.
 */
final class Staging implements AutoCloseable {
    static final String TABLE = "staging_events";
    /** System property capping the parser threads; 0 parses on the reading thread. */
    static final String PARSERS_PROPERTY = "orbit.parsers";

    final int importId;
    final ExecutorService parsers;
    final EventRows.Cells cells;
    private final DuckDBConnection conn;
    private final DuckDBAppender appender;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private boolean flushed;

    Staging(DuckDBConnection conn, int importId) throws SQLException {
        this.conn = conn;
        this.importId = importId;
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + TABLE);
            st.execute(Schema.createEvents(TABLE, true));
        }
        this.appender = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE);
        this.cells = new EventRows.AppenderCells(appender);
        int max = Integer.getInteger(PARSERS_PROPERTY, 4);
        int threads = Math.max(0, Math.min(max, Runtime.getRuntime().availableProcessors() - 1));
        this.parsers = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "orbit-parser-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Writes the appender's last rows; call once reading has ended. */
    void finish() throws SQLException {
        if (!flushed) {
            appender.close();
            flushed = true;
        }
    }

    @Override
    public void close() {
        if (parsers != null) {
            parsers.shutdownNow();
        }
        try {
            finish();
        } catch (SQLException e) {
            // closing after a failure: the first error is the one reported
        }
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + TABLE);
        } catch (SQLException e) {
            // a temporary table goes with the connection anyway
        }
    }
}
