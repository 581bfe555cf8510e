package orbit.analytics.changepoint;

import java.util.Objects;
import orbit.core.OrbitException;

/**
 * How {@link Changepoints#detect} searches.
 *
 * @param method the search method
 * @param cost the segment cost ({@link Method#PELT}, {@link Method#BINSEG} and their p-values;
 *     {@link Method#BOCPD} always models mean and variance)
 * @param penalty the penalty per changepoint ({@link Method#PELT} and {@link Method#BINSEG})
 * @param minSize the fewest values a segment may have, 1 or more (all methods)
 * @param hazard the prior probability of a change at each index, in (0, 1): 1/100 expects a
 *     change every 100 values ({@link Method#BOCPD})
 * @param permutations the number of shuffles behind each p-value, 0 or more; 0 skips the test and
 *     gives every changepoint p = 1 ({@link Method#PELT} and {@link Method#BINSEG})
 * @param seed the seed of the shuffles; the same seed gives the same p-values
 */
public record Settings(Method method, Cost cost, Penalty penalty, int minSize, double hazard, int permutations, long seed) {
    /** The seed {@link #defaults()} uses. */
    public static final long DEFAULT_SEED = 20_120_601L;

    public Settings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(penalty, "penalty");
        if (minSize < 1) {
            throw OrbitException.user("--min-size %d is too small; a segment needs at least 1 period, use 1 or more", minSize);
        }
        if (!(hazard > 0 && hazard < 1)) {
            throw OrbitException.user("--hazard %s is not between 0 and 1 (exclusive); use e.g. 0.01 to expect a change every 100 periods", hazard);
        }
        if (permutations < 0) {
            throw OrbitException.user("--permutations %d is negative; use 0 to skip the p-values or e.g. 999", permutations);
        }
    }

    /** PELT, L2, MBIC, segments of 2 or more, hazard 1/100, 999 permutations, a fixed seed. */
    public static Settings defaults() {
        return new Settings(Method.PELT, Cost.L2, new Penalty.Mbic(), 2, 1.0 / 100, 999, DEFAULT_SEED);
    }

    public Settings withMethod(Method m) {
        return new Settings(m, cost, penalty, minSize, hazard, permutations, seed);
    }

    public Settings withCost(Cost c) {
        return new Settings(method, c, penalty, minSize, hazard, permutations, seed);
    }

    public Settings withPenalty(Penalty p) {
        return new Settings(method, cost, p, minSize, hazard, permutations, seed);
    }

    public Settings withMinSize(int size) {
        return new Settings(method, cost, penalty, size, hazard, permutations, seed);
    }

    public Settings withHazard(double h) {
        return new Settings(method, cost, penalty, minSize, h, permutations, seed);
    }

    public Settings withPermutations(int count) {
        return new Settings(method, cost, penalty, minSize, hazard, count, seed);
    }

    public Settings withSeed(long s) {
        return new Settings(method, cost, penalty, minSize, hazard, permutations, s);
    }
}
