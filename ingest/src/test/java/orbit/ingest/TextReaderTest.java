package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import orbit.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileIsOneDocumentTitledByItsShortFirstLineWithThePathAsIdAndOrigin() {
        Path f = Fixtures.write(dir, "news/csto.txt", Fixtures.CSTO);
        Document d = Collected.read(f).only();
        String name = Inputs.nameOf(f);
        assertThat(d.id()).isEqualTo(name);
        assertThat(d.origin()).isEqualTo(name);
        assertThat(d.title()).isEqualTo("Armenia freezes its participation in the CSTO");
        assertThat(d.text()).startsWith("Armenia freezes its participation in the CSTO\n\nPrime Minister Nikol Pashinyan said");
        assertThat(d.url()).isNull();
        assertThat(d.published()).isNull();
        assertThat(d.contentHash()).isEqualTo(Document.sha256(d.text()));
    }

    @Test
    void aLongFirstLineIsNoTitle() {
        Document d = Collected.read(Fixtures.write(dir, "karabakh.txt", Fixtures.KARABAKH)).only();
        assertThat(Fixtures.KARABAKH.length()).isGreaterThan(TextReader.MAX_TITLE);
        assertThat(d.title()).isNull();
        assertThat(d.text()).isEqualTo(Fixtures.KARABAKH);
    }

    @Test
    void readingTheSameFileTwiceGivesTheSameIdAndHash() {
        Path f = Fixtures.write(dir, "zvartnots.txt", Fixtures.ZVARTNOTS);
        Document a = Collected.read(f).only();
        Document b = Collected.read(f).only();
        assertThat(b).isEqualTo(a);
    }

    @Test
    void utf8ByteOrderMarkIsDroppedAndCrLfLinesReadAsLf() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(Fixtures.ZVARTNOTS.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Collected c = Collected.read(Fixtures.write(dir, "bom.txt", b.toByteArray()));
        Document d = c.only();
        assertThat(d.title()).isEqualTo("Russian border guards leave Zvartnots airport");
        assertThat(d.text()).doesNotContain("\uFEFF").doesNotContain("\r");
        assertThat(d.contentHash()).isEqualTo(Collected.read(Fixtures.write(dir, "plain.txt", Fixtures.ZVARTNOTS)).only().contentHash());
        assertThat(c.notices).isEmpty();
    }

    @Test
    void windows1251CyrillicIsDecodedWithANoticeThatSaysHowToConvert() {
        String russian = "Армения заморозила участие в ОДКБ\n\nПремьер-министр Никол Пашинян заявил, что Армения заморозила "
                + "своё участие в Организации Договора о коллективной безопасности.\n";
        Collected c = Collected.read(Fixtures.write(dir, "ru.txt", russian.getBytes(TextDecoding.WINDOWS_1251)));
        Document d = c.only();
        assertThat(d.title()).isEqualTo("Армения заморозила участие в ОДКБ");
        assertThat(d.text()).contains("Никол Пашинян");
        assertThat(c.notices).singleElement().satisfies(n -> assertThat(n.message()).contains("ru.txt")
                .contains("decoded as windows-1251").contains("iconv -f windows-1251 -t utf-8"));
    }

    @Test
    void emptyAndBlankFilesAreRejectedSayingThereIsNothingToCode() {
        Collected empty = Collected.read(Fixtures.write(dir, "empty.txt", ""));
        assertThat(empty.onlyReject().message()).contains("empty.txt").contains("is empty");
        Collected blank = Collected.read(Fixtures.write(dir, "blank.txt", " \n\t\n\u00A0\n"));
        assertThat(blank.onlyReject().message()).contains("blank.txt").contains("has no text");
        assertThat(empty.documents).isEmpty();
        assertThat(blank.documents).isEmpty();
    }

    @Test
    void fiveMegabytesOnOneLineIsRejectedAsTooLongForADocument() {
        String line = "Yerevan ".repeat(5 * 1024 * 1024 / 8);
        Collected c = Collected.read(Fixtures.write(dir, "huge.txt", line));
        assertThat(c.onlyReject().message()).contains("huge.txt").contains("more than the 2,000,000 a document may have")
                .contains("split it");
    }
}
