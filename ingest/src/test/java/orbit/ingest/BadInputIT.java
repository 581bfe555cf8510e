package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import orbit.core.Document;
import orbit.store.DocumentStore;
import orbit.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets one clear message naming the file (and line, for JSONL) and what to
 * do; the good documents beside it are still stored; nothing is stored twice, and what the store
 * held before stays as it was.
 */
class BadInputIT {
    @TempDir
    Path dir;

    private EventStore store;
    private DocumentStore docs;

    @BeforeEach
    void storeWithOneDocument() {
        store = EventStore.open(dir.resolve("s.duckdb"));
        docs = store.documents();
        Ingest.run(docs, List.of(Fixtures.write(dir, "earlier/csto.txt", Fixtures.CSTO)), IngestOptions.defaults());
        assertThat(docs.count()).isEqualTo(1);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestReport ingest(Path... paths) {
        return Ingest.run(docs, Arrays.asList(paths), IngestOptions.defaults());
    }

    /** Ingests the bad input beside a good file; returns the one reject's message, after checking the rest. */
    private String rejectedBesideAGoodFile(Path bad) {
        long before = docs.count();
        Path good = Fixtures.write(dir, "good/euma-" + before + ".txt", Fixtures.EU_MISSION + " Report " + before + ".");
        IngestReport r = ingest(bad, good);
        assertThat(r.rejected()).as(r.rejects().toString()).isEqualTo(1);
        assertThat(r.stored()).isEqualTo(1);
        assertThat(r.read()).isEqualTo(2);
        assertThat(docs.count()).isEqualTo(before + 1);
        assertThat(docs.find(Inputs.nameOf(dir.resolve("earlier/csto.txt")))).isPresent();
        String message = r.rejects().get(0).message();
        assertThat(message).contains(bad.getFileName().toString());
        return message;
    }

    @Test
    void emptyFileIsRejected() {
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "empty.txt", ""))).endsWith("empty.txt: is empty (0 bytes); there is nothing to ingest");
    }

    @Test
    void fileOfOnlyWhiteSpaceIsRejectedForHavingNoText() {
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "blank.txt", "\n \n\t\n"))).contains("has no text");
    }

    @Test
    void oneFiveMegabyteLineIsRejectedAsTooLong() {
        String line = "Armenia ".repeat(5 * 1024 * 1024 / 8);
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "oneline.txt", line))).contains("more than the 2,000,000");
        String jsonl = "{\"id\": \"x\", \"text\": \"" + line + "\"}\n";
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "oneline.jsonl", jsonl)))
                .contains("oneline.jsonl line 1: is 5.2 MB long, more than the 4 MB a JSONL line may have");
    }

    @Test
    void binaryFileIsRejectedWhetherItHasNulBytesOrIsInvalidUtf8Throughout() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Length 5 >>\nstream\n\u0000\u0001\u0002\u0003\nendstream".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "report.pdf", pdf))).contains("is a binary file (a NUL byte")
                .contains("pdftotext");
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? (byte) 0xFF : noise[i];
        }
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "noise.txt", noise))).contains("noise.txt: is a binary file");
    }

    @Test
    void utf8WithAByteOrderMarkIsAcceptedWithTheMarkDropped() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(Fixtures.ZVARTNOTS.getBytes(StandardCharsets.UTF_8));
        Path f = Fixtures.write(dir, "bom.txt", b.toByteArray());
        IngestReport r = ingest(f);
        assertThat(r.stored()).isEqualTo(1);
        assertThat(r.rejected()).isZero();
        Document d = docs.find(Inputs.nameOf(f)).orElseThrow();
        assertThat(d.text()).startsWith("Russian border guards").doesNotContain("\uFEFF");
        assertThat(d.contentHash()).isEqualTo(Document.of("x", null, null, null, null, Fixtures.ZVARTNOTS, "x").contentHash());
    }

    @Test
    void windows1251CyrillicIsDecodedAndSaidSo() {
        String russian = "Российские пограничники покинули аэропорт Звартноц\n\nС 1 августа 2024 года паспортный контроль в аэропорту "
                + "Звартноц осуществляют армянские пограничники.\n";
        Path f = Fixtures.write(dir, "zvartnots-ru.txt", russian.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        IngestReport r = ingest(f);
        assertThat(r.stored()).isEqualTo(1);
        assertThat(r.notices()).singleElement().satisfies(n -> assertThat(n.message()).contains("zvartnots-ru.txt")
                .contains("decoded as windows-1251").contains("iconv -f windows-1251 -t utf-8"));
        assertThat(docs.find(Inputs.nameOf(f)).orElseThrow().title()).isEqualTo("Российские пограничники покинули аэропорт Звартноц");
    }

    @Test
    void htmlWithScriptsAndNoTextIsRejected() {
        String html = "<html><head><script>var a = 1;</script><style>p{}</style></head><body><script>render()</script>"
                + "<nav>Home</nav></body></html>";
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "app.html", html))).contains("app.html: has no text once scripts");
    }

    @Test
    void brokenJsonlLinesAreRejectedWithTheirLineNumbersAndTheGoodLinesStored() {
        String jsonl = Fixtures.line("ok-1", null, null, null, null, Fixtures.KARABAKH) + "\n"
                + "{\"id\": \"cut\", \"text\": \"Armenia and Azerbaijan agreed\n"
                + "not json at all\n"
                + Fixtures.line("ok-2", null, null, null, null, Fixtures.DIALOGUE) + "\n";
        Path f = Fixtures.write(dir, "wire.jsonl", jsonl);
        IngestReport r = ingest(f);
        assertThat(r.read()).isEqualTo(4);
        assertThat(r.stored()).isEqualTo(2);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.rejects()).extracting(IngestMessage::message).allMatch(m -> m.contains("wire.jsonl line "))
                .anyMatch(m -> m.contains("line 2: is not valid JSON")).anyMatch(m -> m.contains("line 3: is not valid JSON"));
        assertThat(docs.find("ok-1")).isPresent();
        assertThat(docs.find("ok-2")).isPresent();
    }

    @Test
    void missingPathIsRejectedAndTheOthersIngested() {
        assertThat(rejectedBesideAGoodFile(dir.resolve("nowhere/news.txt"))).endsWith("news.txt: does not exist; check the path");
    }

    @Test
    void unreadableArchiveIsRejected() {
        byte[] zip = Fixtures.zip(Map.of("a.txt", Fixtures.DIALOGUE));
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "broken.zip", Arrays.copyOf(zip, zip.length / 2))))
                .contains("broken.zip: is not a readable zip archive");
        byte[] gz = Fixtures.gzip(Fixtures.DIALOGUE.repeat(50));
        assertThat(rejectedBesideAGoodFile(Fixtures.write(dir, "cut.txt.gz", Arrays.copyOf(gz, gz.length / 2))))
                .contains("cut.txt.gz: cannot be read to its end").contains("download it again");
    }

    @Test
    void allTheBadInputsTogetherStoreTheGoodOnesOnceAndAgainNothing() throws Exception {
        Path mixed = dir.resolve("mixed");
        Fixtures.write(mixed, "empty.txt", "");
        Fixtures.write(mixed, "app.html", "<html><body><script>x()</script></body></html>");
        Fixtures.write(mixed, "binary.txt", new byte[] {1, 0, 2, 0, 3});
        Fixtures.write(mixed, "broken.zip", "PK\u0003\u0004 not really");
        Fixtures.write(mixed, "lines.jsonl", "{oops\n" + Fixtures.line("j", null, null, null, null, Fixtures.KARABAKH) + "\n");
        Fixtures.write(mixed, "ru.txt", "Армения заморозила участие в ОДКБ.".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Fixtures.write(mixed, "good.txt", Fixtures.DIALOGUE);
        Path missing = dir.resolve("missing");
        IngestReport first = ingest(mixed, missing);
        assertThat(first.rejected()).as(first.rejects().toString()).isEqualTo(6);
        assertThat(first.stored()).isEqualTo(3);
        assertThat(first.read()).isEqualTo(9);
        IngestReport again = ingest(mixed, missing);
        assertThat(again.stored()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(3);
        assertThat(again.rejects()).extracting(IngestMessage::message).isEqualTo(first.rejects().stream().map(IngestMessage::message).toList());
        assertThat(docs.count()).isEqualTo(4);
        try (var st = store.connection().createStatement();
                var rs = st.executeQuery("SELECT count(*), count(DISTINCT content_hash), count(DISTINCT id) FROM documents")) {
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
            assertThat(rs.getLong(3)).isEqualTo(rs.getLong(1));
        }
    }
}
