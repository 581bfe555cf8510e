package orbit.analytics.changepoint;

/** What {@link Changepoint#significance()} holds. */
public enum Significance {
    /**
     * A permutation p-value in (0, 1]: small means a split this good is rare when the observations
     * of the two adjacent segments are shuffled together. Used by {@link Method#PELT} and
     * {@link Method#BINSEG}.
     */
    P_VALUE,
    /**
     * A posterior probability in [0, 1] that a new segment starts at exactly this index: large
     * means confident. Used by {@link Method#BOCPD}.
     */
    POSTERIOR
}
