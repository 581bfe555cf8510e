package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import orbit.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandIT {
    @TempDir
    Path dir;

    private String db;
    private List<String[]> rows;

    @BeforeEach
    void importRealGdelt() throws Exception {
        db = dir.resolve("s.duckdb").toString();
        Path file = SharedData.gdeltExport();
        rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1)).toList();
        assertThat(Cli.run("import", "--db", db, file.toString()).exit()).isZero();
    }

    @Test
    void dyadInCsvGivesAHeaderAndOneLinePerEvent() {
        String[] pair = rows.stream().filter(f -> f[7].equals("USA") && !f[17].isEmpty() && !f[17].equals("USA"))
                .map(f -> new String[] {f[7], f[17]}).findFirst().orElseThrow();
        long expected = rows.stream().filter(f -> f[7].equals(pair[0]) && f[17].equals(pair[1])).count();
        Cli r = Cli.run("events", "--db", db, "--dyad", pair[0] + ":" + pair[1], "--format", "csv");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("id,dataset,date,source_code");
        assertThat(lines).hasSize((int) expected + 1);
        assertThat(lines[1]).contains("," + pair[0] + ",").contains("," + pair[1] + ",");
    }

    @Test
    void gdelt2OutputIsTheOriginalRows() {
        Cli r = Cli.run("events", "--db", db, "--root", "19", "--format", "gdelt2");
        assertThat(r.exit()).isZero();
        List<String> originals = rows.stream().filter(f -> f[28].equals("19")).map(f -> String.join("\t", f)).toList();
        assertThat(r.out().split("\n")).containsExactlyInAnyOrderElementsOf(originals);
    }

    @Test
    void parquetAndJsonlFilesAreWrittenWithTheirCounts() throws Exception {
        Path parquet = dir.resolve("q4.parquet");
        Cli r = Cli.run("events", "--db", db, "--quad", "4", "--out", parquet.toString());
        long quad4 = rows.stream().filter(f -> f[29].equals("4")).count();
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("wrote " + quad4 + " events to " + parquet);
        assertThat(Files.size(parquet)).isPositive();

        Path jsonl = dir.resolve("q4.jsonl");
        Cli j = Cli.run("events", "--db", db, "--quad", "4", "--limit", "5", "--out", jsonl.toString());
        assertThat(j.exit()).isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"gdelt:"));
    }

    @Test
    void typoInAnEntitySuggestsTheClosestAndExitsWithTwo() {
        Cli r = Cli.run("events", "--db", db, "--actor", "ARN");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ARN is not an entity; did you mean ARM?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badDatesAndRangesAreUsageErrors() {
        assertThat(Cli.run("events", "--db", db, "--from", "2024-13-01").err()).contains("--from 2024-13-01 is not a date; write it as YYYY-MM-DD");
        Cli swapped = Cli.run("events", "--db", db, "--from", "2025-01-01", "--to", "2024-01-01");
        assertThat(swapped.exit()).isEqualTo(2);
        assertThat(swapped.err()).contains("is after --to");
        assertThat(Cli.run("events", "--db", db, "--dyad", "ARM").err()).contains("not of the form SOURCE:TARGET");
        assertThat(Cli.run("events", "--db", db, "--root", "21").exit()).isEqualTo(2);
    }

    @Test
    void statsListsDatasetsDyadsAndRoots() {
        Cli r = Cli.run("stats", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("gdelt                909  2024-08-07  2025-08-07").contains("source    target").contains("root  event");
    }
}
