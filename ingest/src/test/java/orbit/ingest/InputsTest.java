package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import orbit.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir
    Path dir;

    @Test
    void aFolderIsReadRecursivelyInSortedOrderSkippingHiddenFilesAndNonDocuments() {
        Path news = dir.resolve("news");
        Fixtures.write(news, "b/zvartnots.txt", Fixtures.ZVARTNOTS);
        Fixtures.write(news, "a.txt", Fixtures.CSTO);
        Fixtures.write(news, "c/euma", Fixtures.EU_MISSION);
        Fixtures.write(news, ".hidden/secret.txt", Fixtures.DIALOGUE);
        Fixtures.write(news, ".DS_Store", "\u0000\u0001");
        Fixtures.write(news, "page_files/style.css", "body { color: red }");
        Fixtures.write(news, "page_files/logo.png", "\u0089PNG");
        Collected c = Collected.read(news);
        String base = Inputs.nameOf(news);
        assertThat(c.documents).extracting(Document::id).containsExactly(base + "/a.txt", base + "/b/zvartnots.txt", base + "/c/euma");
        assertThat(c.rejects).isEmpty();
        assertThat(c.notices).singleElement().satisfies(n -> assertThat(n.message())
                .isEqualTo(base + ": skipped 2 files that are not documents by their extension (1 .css, 1 .png); "
                        + "name a file on the command line to read it anyway"));
    }

    @Test
    void zipEntriesAreReadInSortedOrderNamedByArchiveAndEntry() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("2024/zvartnots.txt", Fixtures.ZVARTNOTS);
        entries.put("2023/euma.txt", Fixtures.EU_MISSION);
        entries.put("2023/", "");
        entries.put("__MACOSX/2023/._euma.txt", "junk");
        entries.put("wire.rss.gz", "");
        entries.put("images/map.png", "png");
        Path zip = Fixtures.write(dir, "corpus.zip", Fixtures.zip(entries));
        Collected c = Collected.read(zip);
        String z = Inputs.nameOf(zip);
        assertThat(c.documents).extracting(Document::id).containsExactly(z + "!2023/euma.txt", z + "!2024/zvartnots.txt");
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.message()).isEqualTo(z + "!wire.rss.gz: cannot be read to "
                + "its end (it ends too early); the archive or compressed file is damaged or truncated: download it again"));
        assertThat(c.notices).singleElement().satisfies(n -> assertThat(n.text()).contains("skipped 1 entry").contains(".png"));
    }

    @Test
    void gzipFilesAreDecompressedAndTheFormatToldFromTheInnerName() {
        Path gz = Fixtures.write(dir, "wire.rss.gz", Fixtures.gzip(Fixtures.RSS));
        Collected c = Collected.read(gz);
        assertThat(c.documents).hasSize(2);
        assertThat(c.documents.get(0).origin()).isEqualTo(Inputs.nameOf(gz) + "#1");
    }

    @Test
    void aMissingPathIsRejectedAndTheOtherPathsRead() {
        Path csto = Fixtures.write(dir, "csto.txt", Fixtures.CSTO);
        Collected c = Collected.read(dir.resolve("nope.txt"), csto);
        assertThat(c.documents).hasSize(1);
        assertThat(c.onlyReject().message()).endsWith("nope.txt: does not exist; check the path");
    }

    @Test
    void aDamagedZipIsRejectedWithTheWayToCheckIt() throws Exception {
        byte[] good = Fixtures.zip(Map.of("a.txt", Fixtures.CSTO));
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 30);
        Path zip = Fixtures.write(dir, "cut.zip", cut);
        Collected c = Collected.read(zip);
        assertThat(c.documents).isEmpty();
        assertThat(c.onlyReject().message()).contains("cut.zip: is not a readable zip archive").contains("unzip -t");
        Path fake = Fixtures.write(dir, "fake.zip", "this is not a zip");
        assertThat(Collected.read(fake).onlyReject().text()).contains("is not a readable zip archive");
    }

    @Test
    void tarArchivesAndArchivesInArchivesAreRejectedWithTheCommandToUnpackThem() {
        Path tgz = Fixtures.write(dir, "news.tar.gz", Fixtures.gzip("x"));
        assertThat(Collected.read(tgz).onlyReject().text()).contains("tar archive").contains("tar xf");
        Path nested = Fixtures.write(dir, "outer.zip", Fixtures.zip(Map.of("inner.zip", "x", "a.txt", Fixtures.CSTO)));
        Collected c = Collected.read(nested);
        assertThat(c.documents).hasSize(1);
        assertThat(c.onlyReject().message()).contains("outer.zip!inner.zip: is an archive inside an archive");
    }

    @Test
    void namesArePathsAsGivenNormalisedWithSlashes() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        assertThat(Inputs.nameOf(Path.of("./news/../news/a.txt"))).isEqualTo("news/a.txt");
        assertThat(Inputs.nameOf(Path.of("."))).isEqualTo(".");
    }
}
