package orbit.analytics.changepoint;

import java.util.Locale;
import orbit.core.OrbitException;

/** How changepoints are searched for. See {@code docs/changepoints.md} for the definitions. */
public enum Method {
    /**
     * Pruned Exact Linear Time (Killick, Fearnhead and Eckley 2012): the exact minimiser of total
     * segment cost plus one penalty per changepoint, with pruning of candidates that can never be
     * optimal again.
     */
    PELT,
    /** Binary segmentation: greedy splits, best first, while a split gains more than the penalty. */
    BINSEG,
    /**
     * Bayesian online changepoint detection (Adams and MacKay 2007) with a constant hazard and a
     * Normal model of unknown mean and variance.
     */
    BOCPD;

    /** Parses pelt, binseg or bocpd (any case). */
    public static Method parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Method m : values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw OrbitException.user("'%s' is not a changepoint method; use pelt, binseg or bocpd", text);
    }
}
