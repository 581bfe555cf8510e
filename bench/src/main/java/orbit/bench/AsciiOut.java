package orbit.bench;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A byte-buffered writer of ASCII text for the generator's hot loop: numbers are written digit by
 * digit, never through String.format or a String. Not thread-safe; one per output file.
 */
final class AsciiOut implements AutoCloseable {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private final byte[] digits = new byte[20];
    private int pos;
    private long written;

    AsciiOut(OutputStream out) {
        this.out = out;
    }

    /** Makes room for {@code n} more bytes; the caller then writes at most that many without checks. */
    void reserve(int n) throws IOException {
        if (pos + n > buf.length) {
            flushBuffer();
        }
    }

    void bytes(byte[] b) throws IOException {
        reserve(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    void bytes(byte[] b, int len) throws IOException {
        reserve(len);
        System.arraycopy(b, 0, buf, pos, len);
        pos += len;
    }

    void b(char c) throws IOException {
        reserve(1);
        buf[pos++] = (byte) c;
    }

    void tab() throws IOException {
        b('\t');
    }

    void number(long v) throws IOException {
        reserve(21);
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            buf[pos++] = digits[--n];
        }
    }

    /** {@code width} digits of {@code v}, zero-padded. */
    void fixed(int v, int width) throws IOException {
        reserve(width);
        for (int i = width - 1; i >= 0; i--) {
            buf[pos + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos += width;
    }

    /**
     * The decimal expansion of {@code num / den} (den > 0) cut after {@code decimals} places, without
     * trailing zeros, the way GDELT prints AvgTone ("-5.12820512820512", "25", "0.5").
     */
    void ratio(long num, long den, int decimals) throws IOException {
        reserve(44);
        if (num < 0) {
            buf[pos++] = '-';
            num = -num;
        }
        number(num / den);
        long rem = num % den;
        if (rem == 0) {
            return;
        }
        int last = pos;
        buf[pos++] = '.';
        for (int i = 0; i < decimals && rem != 0; i++) {
            rem *= 10;
            int d = (int) (rem / den);
            rem %= den;
            buf[pos++] = (byte) ('0' + d);
            if (d != 0) {
                last = pos;
            }
        }
        pos = last;
    }

    long written() {
        return written + pos;
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        written += pos;
        pos = 0;
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.close();
    }
}
