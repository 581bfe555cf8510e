package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import orbit.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
    @TempDir
    Path dir;

    @Test
    void eachLineIsADocumentWithItsOwnFieldsAndId() {
        String jsonl = Fixtures.line("wire-0001", "https://wire.example.org/euma", "EU mission in Armenia", "2023-02-20",
                "Example Wire", Fixtures.EU_MISSION) + "\n"
                + Fixtures.line("wire-0002", null, "Offensive in Nagorno-Karabakh", "2023-09-19T09:00:00+04:00", null, Fixtures.KARABAKH)
                + "\n";
        Collected c = Collected.read(Fixtures.write(dir, "corpus.jsonl", jsonl));
        assertThat(c.rejects).isEmpty();
        assertThat(c.documents).hasSize(2);
        Document first = c.documents.get(0);
        assertThat(first.id()).isEqualTo("wire-0001");
        assertThat(first.url()).isEqualTo("https://wire.example.org/euma");
        assertThat(first.title()).isEqualTo("EU mission in Armenia");
        assertThat(first.published()).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(first.source()).isEqualTo("Example Wire");
        assertThat(first.text()).isEqualTo(Fixtures.EU_MISSION);
        assertThat(first.origin()).endsWith("corpus.jsonl:1");
        assertThat(c.documents.get(1).published()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(c.documents.get(1).url()).isNull();
    }

    @Test
    void aLineWithoutAnIdGetsTheFileAndLineAsItsIdAndNumericIdsAreText() {
        String jsonl = "\n{\"text\": \"" + Fixtures.DIALOGUE + "\"}\n{\"id\": 42, \"text\": \"" + Fixtures.EU_MISSION + "\"}\n";
        Path f = Fixtures.write(dir, "noid.jsonl", jsonl);
        Collected c = Collected.read(f);
        assertThat(c.documents).extracting(Document::id).containsExactly(Inputs.nameOf(f) + ":2", "42");
    }

    @Test
    void brokenLinesAreRejectedWithTheirLineNumberAndTheOthersRead() {
        String jsonl = Fixtures.line("a", null, null, null, null, Fixtures.EU_MISSION) + "\n"
                + "{\"id\": \"b\", \"text\": \"Armenia recalled its envoy\"\n"
                + "[1, 2]\n"
                + "{\"id\": \"c\", \"body\": \"no text field\", \"headline\": \"h\"}\n"
                + "{\"id\": \"d\", \"text\": 17}\n"
                + "{\"id\": \"e\", \"text\": \"  \"}\n"
                + Fixtures.line("f", null, null, null, null, Fixtures.DIALOGUE) + "\n";
        Collected c = Collected.read(Fixtures.write(dir, "broken.jsonl", jsonl));
        assertThat(c.documents).extracting(Document::id).containsExactly("a", "f");
        assertThat(c.rejects).extracting(IngestMessage::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(c.rejects.get(0).message()).contains("broken.jsonl line 2").contains("not valid JSON");
        assertThat(c.rejects.get(1).text()).contains("holds a JSON array, not an object");
        assertThat(c.rejects.get(2).text()).contains("has no \"text\" field").contains("its fields are: id, body, headline");
        assertThat(c.rejects.get(3).text()).contains("\"text\" that is a JSON number");
        assertThat(c.rejects.get(4).text()).contains("has no text");
    }

    @Test
    void aFiveMegabyteLineIsRejectedWithItsSizeWithoutStoppingTheFile() {
        String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        String jsonl = Fixtures.line("a", null, null, null, null, Fixtures.EU_MISSION) + "\n" + big + "\n"
                + Fixtures.line("b", null, null, null, null, Fixtures.DIALOGUE) + "\n";
        Collected c = Collected.read(Fixtures.write(dir, "big.jsonl", jsonl));
        assertThat(c.documents).extracting(Document::id).containsExactly("a", "b");
        assertThat(c.onlyReject().line()).isEqualTo(2);
        assertThat(c.onlyReject().text()).contains("is 5.2 MB long, more than the 4 MB a JSONL line may have");
    }

    @Test
    void aLineThatIsNotUtf8IsRejectedWithTheByteAndTheConversion() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write((Fixtures.line("a", null, null, null, null, Fixtures.EU_MISSION) + "\n").getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\": \"ru\", \"text\": \"Армения\"}\n".getBytes(TextDecoding.WINDOWS_1251));
        Collected c = Collected.read(Fixtures.write(dir, "mixed.jsonl", b.toByteArray()));
        assertThat(c.documents).hasSize(1);
        assertThat(c.onlyReject().message()).contains("mixed.jsonl line 2").contains("byte 0xC0 at column 23 is not valid UTF-8")
                .contains("iconv");
    }

    @Test
    void aDateThatCannotBeReadIsANoticeAndTheDocumentIsKeptUndated() {
        Collected c = Collected.read(Fixtures.write(dir, "dates.jsonl",
                Fixtures.line("a", null, null, "last Tuesday", null, Fixtures.EU_MISSION) + "\n"));
        assertThat(c.only().published()).isNull();
        assertThat(c.notices).singleElement().satisfies(n -> {
            assertThat(n.line()).isEqualTo(1);
            assertThat(n.text()).contains("\"published\" is \"last Tuesday\", not a date");
        });
    }

    @Test
    void aJsonArrayFileIsRejectedWithTheJqCommandThatConvertsIt() {
        Collected c = Collected.read(Fixtures.write(dir, "array.json", "[\n  {\"text\": \"Armenia\"}\n]\n"));
        assertThat(c.onlyReject().text()).contains("holds a JSON array").contains("jq -c '.[]'");
    }

    @Test
    void aByteOrderMarkOnTheFirstLineIsDropped() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write((Fixtures.line("a", null, null, null, null, Fixtures.EU_MISSION) + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(Collected.read(Fixtures.write(dir, "bom.jsonl", b.toByteArray())).only().id()).isEqualTo("a");
    }
}
