package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandIT {
    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private Path write(String name, String content) throws Exception {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path newsFolder() throws Exception {
        write("news/csto.txt", "Armenia freezes CSTO participation\n\nPrime Minister Nikol Pashinyan said Armenia had frozen its "
                + "participation in the Collective Security Treaty Organization.\n");
        write("news/euma.html", "<html><head><title>EU mission</title></head><body><nav>Menu</nav><article><p>The European Union "
                + "launched a civilian mission in Armenia on 20 February 2023.</p></article></body></html>");
        write("news/wire.jsonl", "{\"id\": \"w1\", \"published\": \"2023-09-19\", \"text\": \"Azerbaijan launched an offensive in "
                + "Nagorno-Karabakh.\"}\n");
        return dir.resolve("news");
    }

    @Test
    void ingestsAFolderSaysWhatItDidAndAddsNothingTheSecondTime() throws Exception {
        String db = dir.resolve("s.duckdb").toString();
        Path news = newsFolder();
        Cli first = Cli.run("ingest", "--db", db, news.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo("documents read 3, stored 3, already present 0, rejected 0 into " + db + "\n");
        assertThat(first.err()).as("no progress bar in a pipe, nothing to note").isEmpty();

        Cli second = Cli.run("ingest", "--db", db, news.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("documents read 3, stored 0, already present 3, rejected 0");
    }

    @Test
    void badInputExitsWithTwoNamingEachFileAndLineAndStoresTheRest() throws Exception {
        String db = dir.resolve("s.duckdb").toString();
        Path news = newsFolder();
        write("news/broken.jsonl", "{\"id\": \"ok\", \"text\": \"Armenia and France signed a defence agreement.\"}\n{\"id\": \"x\",\n");
        write("news/empty.txt", "");
        write("news/ru.txt", "Армения заморозила участие в ОДКБ.".getBytes(Charset.forName("windows-1251")));
        Cli r = Cli.run("ingest", "--db", db, news.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("orbit: " + news + "/broken.jsonl line 2: is not valid JSON")
                .contains("orbit: " + news + "/empty.txt: is empty")
                .contains("orbit: " + dir.resolve("missing.txt") + ": does not exist; check the path")
                .contains("orbit: note: " + news + "/ru.txt: is not UTF-8 but reads as windows-1251 Cyrillic")
                .doesNotContain("Exception");
        assertThat(r.out()).contains("documents read 8, stored 5, already present 0, rejected 3");
    }

    @Test
    void withoutPathsItIsAUsageError() {
        Cli r = Cli.run("ingest", "--db", dir.resolve("s.duckdb").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'PATH'");
    }
}
