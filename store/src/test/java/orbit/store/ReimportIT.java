package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file imported before is recognised by its content and not read into the store again; anything less is imported in full. */
class ReimportIT {
    @TempDir
    Path dir;

    private static String sha(EventStore store, String order) throws Exception {
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT sha256 FROM imports ORDER BY id " + order + " LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void sameContentIsReportedPresentWithoutBeingStagedAgain() throws Exception {
        Path file = TempStore.write(dir, "small.CSV", GdeltRows.threeGoodRows());
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            TempStore.importAll(store, file);
            String first = sha(store, "ASC");
            assertThat(first).hasSize(64);

            ImportReport again = TempStore.importAll(store, file);
            assertThat(again.files().get(0).unchanged()).isTrue();
            assertThat(again.rowsRead()).isEqualTo(3);
            assertThat(again.imported()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(3);
            assertThat(sha(store, "DESC")).isEqualTo(first);
            assertThat(store.count(EventQuery.all())).isEqualTo(3);
        }
    }

    @Test
    void changedContentOfTheSameSizeIsImportedInFull() throws Exception {
        Path file = TempStore.write(dir, "small.CSV", GdeltRows.threeGoodRows());
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            TempStore.importAll(store, file);
            // same length, one event id changed: 1000003 -> 1000009
            String changed = GdeltRows.threeGoodRows().replace("1000003\t", "1000009\t");
            Files.writeString(file, changed);
            ImportReport r = TempStore.importAll(store, file);
            assertThat(r.files().get(0).unchanged()).isFalse();
            assertThat(r.imported()).isEqualTo(1);
            assertThat(r.alreadyPresent()).isEqualTo(2);
            assertThat(store.count(EventQuery.all())).isEqualTo(4);
        }
    }

    @Test
    void eventsGoneFromTheStoreAreImportedAgain() throws Exception {
        Path file = TempStore.write(dir, "small.CSV", GdeltRows.threeGoodRows());
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            TempStore.importAll(store, file);
            try (Statement st = store.connection().createStatement()) {
                st.execute("DELETE FROM events WHERE id = 'gdelt:1000002'");
            }
            ImportReport r = TempStore.importAll(store, file);
            assertThat(r.files().get(0).unchanged()).isFalse();
            assertThat(r.imported()).isEqualTo(1);
            assertThat(store.count(EventQuery.all())).isEqualTo(3);
        }
    }
}
