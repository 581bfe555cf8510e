package orbit.analytics.changepoint;

import java.util.Locale;
import orbit.core.OrbitException;

/**
 * What a changepoint must gain to be kept, defined exactly as the R {@code changepoint} package
 * (Killick and Eckley 2014, {@code penalty_decision}) defines it for a series of length {@code n}
 * and a cost whose changes move {@code p = }{@link Cost#parameters()} parameters (1 for
 * {@link Cost#L2}, 2 for {@link Cost#NORMAL_MEAN_VAR}):
 *
 * <ul>
 *   <li>{@link Bic}: {@code (p + 1) * log(n)} per changepoint: the changed parameters plus the
 *       changepoint's location (the package's "BIC"/"SIC"; its "BIC0" without the location is
 *       not offered);
 *   <li>{@link Mbic}: {@code (p + 2) * log(n)} per changepoint, and in addition {@code log(m)}
 *       added to the cost of every segment of length {@code m}, the segment-length term of Zhang
 *       and Siegmund's (2007) modified BIC as the package adds it ({@code mbic_mean},
 *       {@code mbic_meanvar});
 *   <li>{@link Manual}: the given value per changepoint, nothing per segment.
 * </ul>
 *
 * <p>Costs are on the scale of twice the negative log-likelihood (see {@link Cost}), so these
 * values are comparable with the package's. Immutable and thread-safe.
 */
public sealed interface Penalty {
    /** The penalty paid for each changepoint in a series of {@code n} values, in cost units. */
    double perChange(int n, Cost cost);

    /** The penalty added to the cost of each segment of {@code length} values, in cost units. */
    double perSegment(int length);

    /** The penalty as {@link #parse} reads it: "bic", "mbic" or the number. */
    String id();

    /** The Bayesian (Schwarz) information criterion: {@code (p + 1) log n} per changepoint. */
    record Bic() implements Penalty {
        @Override
        public double perChange(int n, Cost cost) {
            return (cost.parameters() + 1) * Math.log(n);
        }

        @Override
        public double perSegment(int length) {
            return 0;
        }

        @Override
        public String id() {
            return "bic";
        }
    }

    /**
     * The modified BIC of Zhang and Siegmund (2007) as the R package applies it: {@code (p + 2) log n}
     * per changepoint and {@code log m} per segment of length {@code m}. The default.
     */
    record Mbic() implements Penalty {
        @Override
        public double perChange(int n, Cost cost) {
            return (cost.parameters() + 2) * Math.log(n);
        }

        @Override
        public double perSegment(int length) {
            return Math.log(length);
        }

        @Override
        public String id() {
            return "mbic";
        }
    }

    /** A fixed penalty per changepoint, in cost units; 0 or more. */
    record Manual(double value) implements Penalty {
        public Manual {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw OrbitException.user("penalty %s is not a number of 0 or more; use bic, mbic or a number such as 10", value);
            }
        }

        @Override
        public double perChange(int n, Cost cost) {
            return value;
        }

        @Override
        public double perSegment(int length) {
            return 0;
        }

        @Override
        public String id() {
            return Double.toString(value);
        }
    }

    /** Parses bic, mbic (any case) or a number of 0 or more. */
    public static Penalty parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("bic")) {
            return new Bic();
        }
        if (t.equals("mbic")) {
            return new Mbic();
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw OrbitException.user("'%s' is not a penalty; use bic, mbic or a number of 0 or more such as 10", text);
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw OrbitException.user("penalty '%s' is not a number of 0 or more; use bic, mbic or a number such as 10", text);
        }
        return new Manual(v);
    }
}
