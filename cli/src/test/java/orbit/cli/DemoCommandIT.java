package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandIT {
    @TempDir
    Path dir;

    private static Path samples() {
        Path p = Path.of("..", "samples").toAbsolutePath().normalize();
        assertThat(p.resolve("events")).as("the repository's samples folder").isDirectory();
        return p;
    }

    @Test
    void importsTheBundledSamplesOnceAndShowsTheStore() {
        String db = dir.resolve("demo.duckdb").toString();
        Cli first = Cli.run("demo", "--db", db, "--samples", samples().toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).containsPattern("demo: (\\d+) sample events read from .*: \\1 imported, 0 already present, 0 rejected");
        assertThat(first.out()).contains("orbit     ").contains("ARM");

        Cli again = Cli.run("demo", "--db", db, "--samples", samples().toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).containsPattern(": 0 imported, (\\d+) already present, 0 rejected");
        assertThat(Files.exists(Path.of(db))).isTrue();
    }

    @Test
    void demoShowsArmeniaRussiaEventsInBothDirections() {
        String db = dir.resolve("demo.duckdb").toString();
        Cli.run("demo", "--db", db, "--samples", samples().toString());
        Cli r = Cli.run("events", "--db", db, "--dyad", "ARM:RUS", "--both", "--format", "tsv");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines.length).isGreaterThan(20);
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            assertThat(f[5] + "-" + f[9]).isIn("ARM-RUS", "RUS-ARM");
        }
    }
}
