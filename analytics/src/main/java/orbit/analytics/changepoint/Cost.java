package orbit.analytics.changepoint;

/**
 * The cost of one segment {@code x[a..b)} of length {@code m}, on the scale of twice the negative
 * Gaussian log-likelihood, as in the R {@code changepoint} package (Killick and Eckley 2014). Costs
 * are computed from prefix sums of the mean-centred series, so each costs O(1).
 */
public enum Cost {
    /**
     * A change in mean: {@code sum((x_i - mean)^2) / s2}, the sum of squared deviations from the
     * segment mean divided by the series' noise variance {@code s2} (see below). Dividing by
     * {@code s2} is what the R package expects its users to have done ({@code cpt.mean} assumes
     * unit variance); it makes BIC and MBIC mean the same on data of any scale.
     *
     * <p>{@code s2} is estimated robustly from the first differences {@code d_i = x_{i+1} - x_i}:
     * {@code s2 = (1.4826 * MAD(d))^2 / 2}, which a change in mean barely moves (only the few
     * differences across a change are large). If the MAD is 0 (over half the differences are
     * equal, as in counts with long runs of zeros) it falls back to {@code mean(d^2) / 2}, and to
     * 1 for a constant series.
     */
    L2(1),
    /**
     * A change in mean and variance: {@code m * (log(2 pi) + log(v + delta) + 1)} with
     * {@code v = sum((x_i - mean)^2) / m} the segment's maximum-likelihood variance, as the R
     * package's {@code cpt.meanvar} (and ruptures' "normal" cost up to constants). The floor
     * {@code delta = 1e-3 * s2} (with {@code s2} as for {@link #L2}) keeps a constant segment from
     * costing minus infinity; added rather than taken as a maximum, it keeps the cost subadditive,
     * which PELT's pruning relies on.
     */
    NORMAL_MEAN_VAR(2);

    private final int parameters;

    Cost(int parameters) {
        this.parameters = parameters;
    }

    /**
     * The number of parameters that change at a changepoint (1 for the mean, 2 for mean and
     * variance): {@code diffparam} in the R package's penalty definitions.
     */
    public int parameters() {
        return parameters;
    }

    /** "l2" or "normal", as the CLI and the API name the costs. */
    public String id() {
        return this == L2 ? "l2" : "normal";
    }

    /** Parses l2 (also "mean") or normal (also "meanvar"), any case. */
    public static Cost parse(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "l2", "mean" -> L2;
            case "normal", "meanvar" -> NORMAL_MEAN_VAR;
            default -> throw orbit.core.OrbitException.user("'%s' is not a cost; use l2 (changes in mean) or normal (mean and variance)", text);
        };
    }
}
