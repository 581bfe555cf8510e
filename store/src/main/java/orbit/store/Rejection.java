package orbit.store;

/**
 * Thrown by a parser for one bad row; the importer counts it, reports it with file and line, and
 * goes on with the next row. Carries no stack trace: rejections are expected and can be many.
 */
final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rejection(String reason) {
        super(reason, null, false, false);
    }

    static Rejection of(String format, Object... args) {
        return new Rejection(String.format(format, args));
    }
}
