package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
    private static final String RUSSIAN = "Армения заморозила участие в ОДКБ. Пашинян заявил, что блок не выполнил свои обязательства.";

    @Test
    void validUtf8IsReadAsItIsWithoutANotice() {
        TextDecoding.Decoded d = TextDecoding.decode("Երևան, Москва, Zvartnots".getBytes(StandardCharsets.UTF_8), false);
        assertThat(d.text()).isEqualTo("Երևան, Москва, Zvartnots");
        assertThat(d.notice()).isNull();
    }

    @Test
    void windows1251CyrillicIsRecognisedAndDecoded() {
        TextDecoding.Decoded d = TextDecoding.decode(RUSSIAN.getBytes(TextDecoding.WINDOWS_1251), false);
        assertThat(d.text()).isEqualTo(RUSSIAN);
        assertThat(d.notice()).contains("windows-1251");
    }

    @Test
    void latin1TextIsNotMistakenForWindows1251() {
        byte[] french = "Le président arménien a rencontré l'envoyé européen à Erevan.".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoding.looksLikeWindows1251(french)).isFalse();
        assertThatThrownBy(() -> TextDecoding.decode(french, false)).isInstanceOf(Unreadable.class)
                .hasMessageContaining("is not valid UTF-8 (byte 0xE9 at offset 5, line 1)")
                .hasMessageContaining("iconv -f ENCODING -t utf-8");
    }

    @Test
    void koi8rTextIsNotMistakenForWindows1251() {
        byte[] koi8 = RUSSIAN.getBytes(java.nio.charset.Charset.forName("KOI8-R"));
        assertThat(TextDecoding.looksLikeWindows1251(koi8)).isFalse();
    }

    @Test
    void nulBytesMakeABinaryFile() {
        byte[] pdfLike = "%PDF-1.7\n\u0000\u0001\u0002 stream".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoding.decode(pdfLike, false)).isInstanceOf(Unreadable.class)
                .hasMessageContaining("binary file (a NUL byte at offset 9)").hasMessageContaining("pdftotext");
    }

    @Test
    void randomBytesWithoutNulAreABinaryFileToo() {
        byte[] noise = new byte[4096];
        new Random(2024).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == 0) {
                noise[i] = 1;
            }
        }
        assertThatThrownBy(() -> TextDecoding.decode(noise, false)).isInstanceOf(Unreadable.class).hasMessageContaining("binary file");
    }

    @Test
    void utf16WithAByteOrderMarkIsDecodedWithANotice() {
        byte[] utf16 = ("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE);
        TextDecoding.Decoded d = TextDecoding.decode(utf16, false);
        assertThat(d.text()).isEqualTo(RUSSIAN);
        assertThat(d.notice()).contains("UTF-16");
    }

    @Test
    void aByteOrderMarkFollowedByInvalidUtf8IsRefused() {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', (byte) 0xE9, '\n'};
        assertThatThrownBy(() -> TextDecoding.decode(b, false)).isInstanceOf(Unreadable.class)
                .hasMessageContaining("byte 0xE9 at offset 4 (line 1)");
    }
}
