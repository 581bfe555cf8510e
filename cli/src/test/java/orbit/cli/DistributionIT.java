package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged distribution (the jar with its lib/ folder) runs on its own, as ./orbit runs it. */
class DistributionIT {
    @TempDir
    Path dir;

    @Test
    void packagedJarRunsACommandWithItsLibraries() throws Exception {
        Path jar = Path.of("target", "orbit-cli.jar").toAbsolutePath();
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "stats", "--db", dir.resolve("s.duckdb").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("total\\s+0\\s+\\(0 imports\\)");
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace() throws Exception {
        Path jar = Path.of("target", "orbit-cli.jar").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "events", "--limit", "many").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).contains("Invalid value for option '--limit'").doesNotContain("at orbit.");
    }

    @Test
    void packagedJarIngestsHtmlWithJsoupOnItsClassPath() throws Exception {
        Path jar = Path.of("target", "orbit-cli.jar").toAbsolutePath();
        Path page = dir.resolve("page.html");
        java.nio.file.Files.writeString(page, "<html><body><article><p>Armenia froze its CSTO participation.</p></article></body></html>");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "ingest", "--db", dir.resolve("s.duckdb").toString(), page.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("documents read 1, stored 1, already present 0, rejected 0");
    }
}
