package orbit.core;

import java.util.Objects;

/**
 * The one unchecked exception Orbit throws, carrying an {@link ErrorKind} so that the CLI and the
 * server can map it to an exit code or an HTTP status in one place.
 *
 * <p>Messages name the bad value and the fix: "line 12 of events.tsv has 57 fields, a GDELT 2.0 row
 * has 61; is this a GDELT 1.0 file? try --format gdelt1".
 */
public class OrbitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Who has to act on the error. */
    public enum ErrorKind {
        /** Bad input or usage: the user can fix it (exit code 2, HTTP 400). */
        USER,
        /** A file, a disk or a server outside Orbit failed (exit code 1, HTTP 502). */
        EXTERNAL,
        /** A bug in Orbit (exit code 1, HTTP 500). */
        INTERNAL
    }

    private final ErrorKind kind;

    public OrbitException(ErrorKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
    }

    public OrbitException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
    }

    public static OrbitException user(String format, Object... args) {
        return new OrbitException(ErrorKind.USER, String.format(format, args));
    }

    public static OrbitException external(Throwable cause, String format, Object... args) {
        return new OrbitException(ErrorKind.EXTERNAL, String.format(format, args), cause);
    }

    public static OrbitException internal(Throwable cause, String format, Object... args) {
        return new OrbitException(ErrorKind.INTERNAL, String.format(format, args), cause);
    }

    public ErrorKind kind() {
        return kind;
    }
}
