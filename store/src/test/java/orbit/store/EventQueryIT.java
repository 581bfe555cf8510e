package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import orbit.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters give the rows a plain reading of the source file gives; Parquet export holds them all. */
class EventQueryIT {
    @TempDir
    Path dir;

    private EventStore store;
    private List<String[]> rows;

    @BeforeEach
    void importRealGdelt() throws IOException {
        Path file = SharedData.gdeltExport();
        rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1)).toList();
        store = EventStore.open(dir.resolve("s.duckdb"));
        TempStore.importAll(store, file);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the shared data is absent and the test was skipped
            store.close();
        }
    }

    private static EventQuery dyad(String a, String b, boolean both) {
        return new EventQuery(null, a, b, both, null, null, List.of(), null, null, 0);
    }

    @Test
    void directedDyadMatchesTheRowsWithThoseActorCountries() {
        long expected = rows.stream().filter(f -> f[7].equals("USA") && f[17].equals("CHN")).count();
        assertThat(expected).isPositive();
        assertThat(store.count(dyad("USA", "CHN", false))).isEqualTo(expected);
        long both = rows.stream().filter(f -> (f[7].equals("USA") && f[17].equals("CHN")) || (f[7].equals("CHN") && f[17].equals("USA"))).count();
        assertThat(store.count(dyad("USA", "CHN", true))).isEqualTo(both);
    }

    @Test
    void rootQuadDateAndLimitFilterAsTheirColumnsSay() {
        long fights = rows.stream().filter(f -> f[28].equals("19")).count();
        assertThat(store.count(new EventQuery(null, null, null, false, null, null, List.of("19"), null, null, 0))).isEqualTo(fights);
        long quad4 = rows.stream().filter(f -> f[29].equals("4")).count();
        assertThat(store.count(new EventQuery(null, null, null, false, null, null, List.of(), 4, null, 0))).isEqualTo(quad4);
        long fromAug = rows.stream().filter(f -> f[1].compareTo("20250801") >= 0).count();
        assertThat(store.count(new EventQuery(null, null, null, false, LocalDate.of(2025, 8, 1), null, List.of(), null, null, 0)))
                .isEqualTo(fromAug);
        assertThat(store.events(new EventQuery(null, null, null, false, null, null, List.of(), null, "gdelt", 7))).hasSize(7);
        assertThat(store.count(new EventQuery(null, null, null, false, null, null, List.of(), null, "icews", 0))).isZero();
    }

    @Test
    void actorMatchesEitherSide() {
        long isr = rows.stream().filter(f -> f[7].equals("ISR") || f[17].equals("ISR")).count();
        assertThat(store.count(new EventQuery("ISR", null, null, false, null, null, List.of(), null, null, 0))).isEqualTo(isr);
    }

    @Test
    void parquetExportHoldsEveryMatchingRowAndColumn() throws Exception {
        Path out = dir.resolve("it's.parquet");
        long n = store.exportParquet(new EventQuery(null, null, null, false, null, null, List.of("04"), null, null, 0), out);
        long consults = rows.stream().filter(f -> f[28].equals("04")).count();
        assertThat(n).isEqualTo(consults);
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id), min(root), max(root) FROM read_parquet('"
                        + out.toString().replace("'", "''") + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(consults);
            assertThat(rs.getLong(2)).isEqualTo(consults);
            assertThat(rs.getString(3)).isEqualTo("04");
            assertThat(rs.getString(4)).isEqualTo("04");
        }
    }

    @Test
    void statsCountRowsPerDatasetAndRankDyadsAndRoots() {
        StoreStats s = store.stats(5);
        assertThat(s.events()).isEqualTo(909);
        assertThat(s.datasets()).singleElement().satisfies(d -> {
            assertThat(d.dataset()).isEqualTo("gdelt");
            assertThat(d.first()).isEqualTo(LocalDate.of(2024, 8, 7));
            assertThat(d.last()).isEqualTo(LocalDate.of(2025, 8, 7));
        });
        assertThat(s.roots()).hasSize(5);
        assertThat(s.roots().get(0).events()).isGreaterThanOrEqualTo(s.roots().get(1).events());
        long topRoot = rows.stream().filter(f -> f[28].equals(s.roots().get(0).root())).count();
        assertThat(s.roots().get(0).events()).isEqualTo(topRoot);
    }
}
