package orbit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import orbit.store.EventStore;

/**
 * Builds a large store for the query benchmark quickly: copies a store built by a real import and
 * appends {@code --copies - 1} more copies of its GDELT events under new GLOBALEVENTIDs. Each copy
 * keeps the physical order of the original, so the result has the layout of that many more
 * imports (every import's rows sorted by dyad and date); dyad series repeat, so each dyad has
 * {@code --copies} times its events. For query benchmarks only: the rows do not come through
 * the importer.
 *
 * <pre>
 * java -cp 'bench/target/orbit-bench.jar:bench/target/lib/*' orbit.bench.StoreReplicator \
 *     --from /tmp/orbit-bench/store-10000000-1000000-42.duckdb \
 *     --to /tmp/orbit-bench/store-100000000-1000000-42.duckdb --copies 10
 * </pre>
 */
public final class StoreReplicator {
    private StoreReplicator() {}

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, "StoreReplicator --from STORE --to STORE --copies K");
        Path from = Path.of(a.value("--from", null));
        Path to = Path.of(a.value("--to", null));
        int copies = (int) a.longValue("--copies", 10);
        a.done();
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(to.resolveSibling(to.getFileName() + ".wal"));
        long t0 = System.nanoTime();
        try (EventStore store = EventStore.open(to); Statement st = store.connection().createStatement()) {
            Connection c = store.connection();
            long base;
            long span;
            try (ResultSet rs = st.executeQuery("SELECT count(*), max(CAST(substr(id, 7) AS BIGINT)) - min(CAST(substr(id, 7) AS BIGINT)) + 1 "
                    + "FROM events WHERE dataset = 'gdelt'")) {
                rs.next();
                base = rs.getLong(1);
                span = rs.getLong(2);
            }
            for (int k = 1; k < copies; k++) {
                long c0 = System.nanoTime();
                st.execute("INSERT INTO events SELECT * REPLACE ('gdelt:' || (CAST(substr(id, 7) AS BIGINT) + " + (k * span)
                        + ") AS id, import_id + " + (k * 1000) + " AS import_id) FROM events WHERE dataset = 'gdelt' AND import_id < 1000 "
                        + "ORDER BY import_id, rowid");
                System.err.printf(Locale.ROOT, "copy %d of %d: %d rows in %.1f s%n", k + 1, copies, base, (System.nanoTime() - c0) / 1e9);
            }
            st.execute("CHECKPOINT");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
                rs.next();
                System.out.printf(Locale.ROOT, "%s holds %d events; built in %.1f s%n", to, rs.getLong(1), (System.nanoTime() - t0) / 1e9);
            }
            c.getAutoCommit();
        }
    }
}
