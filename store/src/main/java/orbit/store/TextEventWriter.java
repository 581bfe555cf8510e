package orbit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import orbit.core.Event;

/** Shared plumbing of the text writers: IO errors become unchecked, close flushes. */
abstract class TextEventWriter implements EventWriter {
    final Writer out;

    TextEventWriter(Writer out) {
        this.out = out;
    }

    abstract void writeEvent(Event e) throws IOException;

    @Override
    public final void write(Event event) {
        try {
            writeEvent(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void finish() throws IOException {}

    @Override
    public final void close() {
        try {
            finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shortest decimal that reads back as {@code d}, without exponent and without a trailing
     * ".0" ("31", "-5.12820512820512", "0"): the way GDELT writes tone and coordinates.
     */
    static String shortest(double d) {
        if (d == 0) {
            return "0";
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            java.math.BigDecimal r = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros().toPlainString();
            }
        }
        return exact.toPlainString();
    }

    /** A Goldstein value as GDELT writes it: at least one decimal ("5.0", "-0.4"). */
    static String goldstein(double d) {
        String s = shortest(d);
        return s.contains(".") ? s : s + ".0";
    }
}
