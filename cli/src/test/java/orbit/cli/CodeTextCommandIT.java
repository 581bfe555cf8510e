package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbit code-text --input-jsonl} on good, bad and odd files; the items describe real events in our own words. */
class CodeTextCommandIT {
    @TempDir
    Path dir;

    private static final String MEETING = "{\"id\": \"meeting\", \"date\": \"2024-05-08\", \"text\": \"Armenian Prime Minister Nikol "
            + "Pashinyan met Russian President Vladimir Putin in Moscow on Wednesday on the sidelines of a Eurasian Economic Union summit.\"}";
    private static final String SHELLING = "{\"id\": \"shelling\", \"published\": \"2023-09-19\", \"text\": \"Azerbaijani forces shelled "
            + "Karabakh Armenian positions in Nagorno-Karabakh on Tuesday.\"}";

    private Path write(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path write(String name, String content) throws Exception {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenLineIsReportedByNumberAndTheLinesAroundItAreCoded() throws Exception {
        Path file = write("mixed.jsonl", MEETING + "\n{\"id\": \"cut\", \"date\": \"2024-01-01\", \"text\": \"Armenia\n" + SHELLING + "\n");
        Cli r = Cli.run("code-text", "--input-jsonl", file.toString());
        assertThat(r.exit()).as("bad input, once the rest is coded").isEqualTo(2);
        assertThat(r.err()).contains("orbit: line 2 of " + file + " is not JSON; skipped")
                .contains("coded 2 document(s), 2 sentence(s)").contains("1 line(s) skipped").doesNotContain("Exception");
        assertThat(r.out()).contains("\"id\":\"orbit:meeting:1:").contains("\"doc\":\"meeting\"")
                .contains("\"doc\":\"shelling\"").contains("\"date\":\"2023-09-19\"").doesNotContain("\"doc\":\"cut\"");
    }

    @Test
    void anEmptyFileIsBadInputSayingSo() throws Exception {
        Path file = write("empty.jsonl", new byte[0]);
        Cli r = Cli.run("code-text", "--input-jsonl", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("orbit: " + file + " is empty; there is nothing to code (give one {\"id\", \"date\", \"text\"} "
                + "object per line)\n");
        assertThat(r.out()).isEmpty();

        Path blank = write("blank.jsonl", "\n  \n");
        Cli b = Cli.run("code-text", "--input-jsonl", blank.toString());
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains(blank + " has no lines to code");
    }

    @Test
    void aBinaryFileIsBadInputNotAFlood() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 4096; i++) {
            bytes.write((i * 151 + 7) & 0xFF);
        }
        Path file = write("image.jsonl", bytes.toByteArray());
        Cli r = Cli.run("code-text", "--input-jsonl", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("orbit: " + file + " is not a UTF-8 JSONL file (it looks binary").doesNotContain("line 2");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();

        Cli text = Cli.run("code-text", file.toString());
        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.err()).contains(file + " is a binary file");
    }

    @Test
    void aWindows1251TextIsDecodedWithANoteAsIngestDoes() throws Exception {
        String text = "Pashinyan met Putin in Moscow on Wednesday («Пашинян встретился с Путиным в Москве»).\n";
        Path file = write("ru.txt", text.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Cli r = Cli.run("code-text", "--date", "2024-05-09", "--format", "tsv", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("orbit: note: " + file + ": is not UTF-8 but reads as windows-1251 Cyrillic");
        assertThat(r.out()).contains("\tPashinyan\tARM\tGOV\t").contains("\tPutin\tRUS\tGOV\t").contains("\t2024-05-08\t")
                .contains("«Пашинян встретился с Путиным в Москве»");
    }

    @Test
    void aFileStartingWithAByteOrderMarkIsCoded() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] line = (MEETING + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + line.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(line, 0, content, bom.length, line.length);
        Path file = write("bom.jsonl", content);
        Cli r = Cli.run("code-text", "--input-jsonl", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("coded 1 document(s), 1 sentence(s): 1 event(s)\n");
        assertThat(r.out()).startsWith("{\"id\":\"orbit:meeting:1:").contains("\"source_entity\":\"ARM\"")
                .contains("\"target_entity\":\"RUS\"").contains("\"trigger\":\"met\"");
    }

    @Test
    void gdelt2OutputHasSixtyOneColumnsWithTheDyadAndCode() throws Exception {
        Path file = write("news.jsonl", MEETING + "\n" + SHELLING + "\n");
        Cli r = Cli.run("code-text", "--input-jsonl", file.toString(), "--format", "gdelt2");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        String[] meeting = lines[0].split("\t", -1);
        assertThat(meeting).hasSize(61);
        assertThat(meeting[1]).isEqualTo("20240508");
        assertThat(meeting[5]).isEqualTo("ARMGOV");
        assertThat(meeting[15]).isEqualTo("RUSGOV");
        assertThat(meeting[28]).isEqualTo("04");
        String[] shelling = lines[1].split("\t", -1);
        assertThat(shelling).hasSize(61);
        assertThat(shelling[1]).isEqualTo("20230919");
        assertThat(shelling[5]).isEqualTo("AZEMIL");
        assertThat(shelling[28]).isEqualTo("19");
        assertThat(shelling[29]).isEqualTo("4");
    }
}
