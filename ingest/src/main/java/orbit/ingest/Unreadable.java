package orbit.ingest;

/**
 * Thrown by a reader for a document or input it cannot read; the reader or {@link Ingest} turns it
 * into a reject. Carries no stack trace: bad input is expected.
 */
public final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
        super(reason, null, false, false);
    }

    static Unreadable of(String format, Object... args) {
        return new Unreadable(String.format(format, args));
    }
}
