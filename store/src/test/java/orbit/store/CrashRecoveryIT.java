package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an import leaves the store consistent, and the same import run again completes it. */
class CrashRecoveryIT {
    private static final int BIG_ROWS = 400_000;

    @TempDir
    Path dir;

    @Test
    void killWhileReadingLeavesEarlierImportsAndRerunCompletesWithoutDuplicates() throws Exception {
        long stored = crashAndRecover(3);
        assertThat(stored).as("the small file's rows, none of the killed import's").isEqualTo(3);
    }

    @Test
    void killWhenReadingEndsLeavesAllOrNothingOfTheFile() throws Exception {
        // the kill lands in or around the transaction that moves the rows into events
        long stored = crashAndRecover(1);
        assertThat(stored).as("all or nothing of the big file").isIn(3L, 3L + BIG_ROWS);
    }

    /** Imports a small and a big file in a child JVM, kills it once 1/fraction of the big file is read; returns the rows stored then. */
    private long crashAndRecover(int fraction) throws Exception {
        Path small = TempStore.write(dir, "small.CSV", GdeltRows.threeGoodRows());
        Path big = dir.resolve("big.CSV");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String[] codes = {"042", "0331", "190", "1246", "036", "111"};
            String[] gold = {"1.9", "5.2", "-10.0", "-4.0", "4.0", "-2.0"};
            int[] quad = {1, 1, 4, 3, 1, 3};
            for (int i = 0; i < BIG_ROWS; i++) {
                int k = i % codes.length;
                w.write(GdeltRows.line(GdeltRows.row(5_000_000L + i, String.format("2%03d%02d%02d", 15 + i % 10, 1 + i % 12, 1 + i % 28),
                        "ARMGOV", "ARM", "GOV", "RUSGOV", "RUS", "GOV", codes[k], gold[k], quad[k])));
                w.write('\n');
            }
        }
        Path db = dir.resolve("crash.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImportProcess.class.getName(),
                db.toString(), small.toString(), big.toString()).redirectErrorStream(true).start();
        boolean killedMidImport = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("progress " + big)) {
                    String[] parts = line.split(" ");
                    long done = Long.parseLong(parts[2]);
                    long total = Long.parseLong(parts[3]);
                    if (done >= total / fraction) {
                        p.destroyForcibly(); // SIGKILL
                        killedMidImport = true;
                        break;
                    }
                }
                if (line.startsWith("done " + big)) {
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killedMidImport).as("the import was killed before it finished the big file").isTrue();

        try (EventStore store = EventStore.open(db)) {
            long stored = store.count(EventQuery.all());
            ImportReport again = store.importFiles(List.of(small, big), ImportOptions.defaults());
            assertThat(again.imported() + again.alreadyPresent()).isEqualTo(BIG_ROWS + 3);
            try (Statement st = store.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id) FROM events")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(BIG_ROWS + 3);
                assertThat(rs.getLong(2)).isEqualTo(BIG_ROWS + 3);
            }
            return stored;
        }
    }
}
