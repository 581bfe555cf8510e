package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandIT {
    @TempDir
    Path dir;

    @Test
    void importsTheRealFilesAndSaysWhatItDidThenAddsNothingTheSecondTime() {
        String db = dir.resolve("s.duckdb").toString();
        String gdelt = SharedData.gdeltExport().toString();
        String icews = SharedData.icewsSample().toString();
        Cli first = Cli.run("import", "--db", db, gdelt, icews);
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("rows read 4614, imported 4614, already present 0, rejected 0");
        assertThat(first.err()).as("no progress bar in a pipe").isEmpty();

        Cli second = Cli.run("import", "--db", db, gdelt);
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("rows read 909, imported 0, already present 909, rejected 0");
        assertThat(second.err()).contains("20250807220000.export.CSV: unchanged since an earlier import");
    }

    @Test
    void badRowsExitWithTwoTheMessageNamesFileAndLineAndRejectsFileKeepsTheRow() throws Exception {
        Path good = SharedData.gdeltExport();
        List<String> lines = Files.readAllLines(good, StandardCharsets.UTF_8);
        String truncated = lines.get(1).substring(0, 100);
        Path bad = dir.resolve("bad.CSV");
        Files.writeString(bad, lines.get(0) + "\n" + truncated + "\n" + lines.get(2) + "\n", StandardCharsets.UTF_8);
        Path rejects = dir.resolve("rejects.tsv");
        Cli r = Cli.run("import", "--db", dir.resolve("s.duckdb").toString(), "--rejects", rejects.toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.CSV line 2: the row has").contains("a GDELT 2.0 row has 61");
        assertThat(r.out()).contains("imported 2").contains("rejected 1");
        List<String> written = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(written).hasSize(2);
        assertThat(written.get(0)).isEqualTo("file\tline\treason\trow");
        assertThat(written.get(1)).startsWith(bad + "\t2\t").endsWith("\t" + truncated);
    }

    @Test
    void unknownFormatNameIsAUsageError() {
        Cli r = Cli.run("import", "--db", dir.resolve("s.duckdb").toString(), "--format", "gdelt3", "x.CSV");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("format gdelt3 not found; formats are auto, gdelt2, gdelt1, icews, plover, orbit");
    }

    @Test
    void missingFileFailsTheRunButNotTheOthers() {
        Cli r = Cli.run("import", "--db", dir.resolve("s.duckdb").toString(), dir.resolve("nope.CSV").toString(),
                SharedData.gdeltExport().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.CSV does not exist");
        assertThat(r.out()).contains("imported 909").contains("files failed 1");
    }
}
