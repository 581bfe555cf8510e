package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static LineReader reader(byte[] bytes) {
        return new LineReader(new ByteArrayInputStream(bytes));
    }

    @Test
    void dropsTheByteOrderMarkAndCarriageReturns() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(bom);
        b.write("first\r\nsecond\nlast".getBytes(StandardCharsets.UTF_8));
        try (LineReader r = reader(b.toByteArray())) {
            assertThat(r.next()).isEqualTo("first");
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.next()).isEqualTo("second");
            assertThat(r.next()).isEqualTo("last");
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void decodesMultiByteUtf8AcrossBufferBoundaries() throws IOException {
        String armenian = "Երևան".repeat(20_000); // 2-byte characters spanning many 64 KB buffers
        try (LineReader r = reader((armenian + "\nok\n").getBytes(StandardCharsets.UTF_8))) {
            assertThat(r.next()).isEqualTo(armenian);
            assertThat(r.decodingProblem()).isNull();
            assertThat(r.next()).isEqualTo("ok");
        }
    }

    @Test
    void reportsTheFirstInvalidByteAndItsColumnAndGoesOn() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("Caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9); // Latin-1 é
        b.write("\nfine\n".getBytes(StandardCharsets.UTF_8));
        try (LineReader r = reader(b.toByteArray())) {
            assertThat(r.next()).startsWith("Caf");
            assertThat(r.decodingProblem()).startsWith("byte 0xE9 at column 4 is not valid UTF-8");
            assertThat(r.next()).isEqualTo("fine");
            assertThat(r.decodingProblem()).isNull();
        }
    }

    @Test
    void cutsOverlongLinesAndSaysSo() throws IOException {
        byte[] big = new byte[LineReader.MAX_LINE + 10];
        java.util.Arrays.fill(big, (byte) 'x');
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(big);
        b.write("\nnext\n".getBytes(StandardCharsets.UTF_8));
        try (LineReader r = reader(b.toByteArray())) {
            assertThat(r.next()).hasSize(LineReader.MAX_LINE);
            assertThat(r.decodingProblem()).contains("longer than 8 MB");
            assertThat(r.next()).isEqualTo("next");
        }
    }
}
