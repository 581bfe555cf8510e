package orbit.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an input's content, taken while it is read for import, so that a later import
 * of the same content can be recognised without storing anything twice. Not thread-safe.
 */
final class Digesting {
    private final InputFile input;
    private MessageDigest digest;
    private boolean complete;

    Digesting(InputFile input) {
        this.input = input;
    }

    /** The input, digested as it is read; only a read to the end gives a digest. */
    InputFile input() {
        return new InputFile(input.name(), () -> {
            digest = newSha256();
            complete = false;
            return new DigestInputStream(input.open(), digest) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n < 0) {
                        complete = true;
                    }
                    return n;
                }

                @Override
                public int read() throws IOException {
                    int c = super.read();
                    if (c < 0) {
                        complete = true;
                    }
                    return c;
                }
            };
        });
    }

    /** The hex SHA-256 of what was read, or null when the input was not read to its end. */
    String sha256() {
        return digest != null && complete ? HexFormat.of().formatHex(digest.digest()) : null;
    }

    static String sha256Of(InputFile input) throws IOException {
        MessageDigest d = newSha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = input.open()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
