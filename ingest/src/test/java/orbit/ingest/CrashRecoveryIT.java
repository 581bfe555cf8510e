package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import orbit.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an ingest leaves whole batches stored, and the same ingest run again completes it without duplicates. */
class CrashRecoveryIT {
    private static final int FILES = 3000;
    private static final int BATCH = 50;

    @TempDir
    Path dir;

    @Test
    void killMidIngestLeavesWholeBatchesAndRerunStoresTheRestOnce() throws Exception {
        Path news = dir.resolve("news");
        for (int i = 0; i < FILES; i++) {
            Fixtures.write(news, String.format("%02d/report-%04d.txt", i % 10, i), "Report " + i + ": Armenian and Azerbaijani "
                    + "negotiators met on " + (1 + i % 28) + " May 2024 to discuss the delimitation of the border.");
        }
        Path db = dir.resolve("crash.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestProcess.class.getName(),
                db.toString(), Integer.toString(BATCH), news.toString()).redirectErrorStream(true).start();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("progress ")) {
                    String[] parts = line.split(" ");
                    if (Long.parseLong(parts[1]) >= FILES / 2) {
                        p.destroyForcibly(); // SIGKILL
                        killed = true;
                        break;
                    }
                }
                if (line.startsWith("done ")) {
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("the ingest was killed before it finished").isTrue();

        try (EventStore store = EventStore.open(db)) {
            long stored = store.documents().count();
            assertThat(stored).as("whole batches only").isPositive().isLessThan(FILES).matches(n -> n % BATCH == 0, "a multiple of " + BATCH);
            IngestReport again = Ingest.run(store.documents(), List.of(news), IngestOptions.defaults());
            assertThat(again.read()).isEqualTo(FILES);
            assertThat(again.alreadyPresent()).isEqualTo(stored);
            assertThat(again.stored()).isEqualTo(FILES - stored);
            try (Statement st = store.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id), count(DISTINCT content_hash) FROM documents")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(FILES);
                assertThat(rs.getLong(2)).isEqualTo(FILES);
                assertThat(rs.getLong(3)).isEqualTo(FILES);
            }
        }
    }
}
