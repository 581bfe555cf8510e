package orbit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each as strict UTF-8, so that one bad byte costs one
 * line (reported with its number) rather than the file or, worse, a silently garbled value.
 * Accepts LF and CRLF endings and drops a UTF-8 byte order mark. Not thread-safe.
 */
final class LineReader implements AutoCloseable {
    /** Lines longer than this are cut off and reported instead of filling the heap. */
    static final int MAX_LINE = 8 * 1024 * 1024;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private byte[] line = new byte[4096];
    private long number;
    private String badBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The 1-based number of the line last returned. */
    long number() {
        return number;
    }

    /**
     * Why the last line could not be decoded, or null when it was fine. When non-null, the line
     * returned by {@link #next()} holds the text with replacement characters, for the rejects file.
     */
    String decodingProblem() {
        return badBytes;
    }

    /** The next line without its line ending, or null at the end of the stream. */
    String next() throws IOException {
        int n = 0;
        boolean any = false;
        boolean ascii = true;
        boolean tooLong = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (n + chunk > MAX_LINE) {
                tooLong = true;
                chunk = Math.max(0, MAX_LINE - n);
            }
            if (chunk > 0) {
                if (n + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, n + chunk));
                }
                System.arraycopy(buf, start, line, n, chunk);
                for (int i = n; i < n + chunk; i++) {
                    if (line[i] < 0) {
                        ascii = false;
                        break;
                    }
                }
                n += chunk;
            }
            if (pos < len) {
                pos++; // the '\n'
                break;
            }
        }
        number++;
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        int from = 0;
        if (number == 1 && n >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
            from = 3;
        }
        badBytes = null;
        if (tooLong) {
            badBytes = "the line is longer than " + (MAX_LINE / (1024 * 1024)) + " MB; is this a binary file?";
        }
        if (ascii) {
            return new String(line, from, n - from, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.decode(ByteBuffer.wrap(line, from, n - from)).toString();
        } catch (CharacterCodingException e) {
            int at = firstInvalid(from, n);
            badBytes = String.format(
                    "byte 0x%02X at column %d is not valid UTF-8; if the file is Latin-1 or windows-1251, convert it first "
                            + "(iconv -f windows-1251 -t utf-8 FILE > FILE.utf8)",
                    line[at] & 0xff, at - from + 1);
            return new String(line, from, n - from, StandardCharsets.UTF_8);
        }
    }

    /** Position of the first byte that does not start a well-formed UTF-8 sequence. */
    private int firstInvalid(int from, int to) {
        int i = from;
        while (i < to) {
            int c = line[i] & 0xff;
            int need;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
            } else {
                return i;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= to || (line[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += need + 1;
        }
        return from;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
