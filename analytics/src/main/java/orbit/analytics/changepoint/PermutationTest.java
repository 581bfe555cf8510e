package orbit.analytics.changepoint;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The permutation p-value of one changepoint. The window is the union of the changepoint's two
 * adjacent segments; the statistic is the largest drop in raw cost (no penalty terms) from
 * splitting the window in two at any point leaving {@code minSize} values each side. The window's
 * values are shuffled {@code permutations} times (Fisher-Yates from a {@link SplittableRandom}) and
 * {@code p = (1 + #{shuffled statistic >= observed}) / (1 + permutations)}. Not thread-safe: one
 * instance per window.
 */
final class PermutationTest {
    private final Cost cost;
    private final double floor;
    private final int minSize;
    private final double[] window;
    /** {@code m / (t (m - t))} for each split {@code t}, for {@link Cost#L2}. */
    private final double[] weight;
    private final double total;
    private final double totalSq;

    PermutationTest(SegmentCost c, int start, int end, int minSize) {
        this.cost = c.cost();
        this.floor = c.floor();
        this.minSize = minSize;
        this.window = Arrays.copyOfRange(c.centred(), start, end);
        int m = window.length;
        double s = 0;
        double sq = 0;
        for (double v : window) {
            s += v;
            sq += v * v;
        }
        total = s;
        totalSq = sq;
        weight = new double[m];
        for (int t = minSize; t <= m - minSize; t++) {
            weight[t] = (double) m / ((double) t * (m - t));
        }
    }

    double pValue(int permutations, SplittableRandom random) {
        double observed = statistic();
        int atLeast = 0;
        for (int p = 0; p < permutations; p++) {
            shuffle(random);
            if (statistic() >= observed) {
                atLeast++;
            }
        }
        return (1.0 + atLeast) / (1.0 + permutations);
    }

    private void shuffle(SplittableRandom random) {
        double[] w = window;
        for (int i = w.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double tmp = w[i];
            w[i] = w[j];
            w[j] = tmp;
        }
    }

    /** The largest cost drop from one split of the window as it is now ordered. */
    double statistic() {
        return switch (cost) {
            case L2 -> meanStatistic();
            case NORMAL_MEAN_VAR -> meanVarStatistic();
        };
    }

    /**
     * For least squares the drop at {@code t} is {@code m (S_t - t S / m)^2 / (t (m - t))}, in
     * squared series units (the p-value does not depend on the unit).
     */
    private double meanStatistic() {
        double[] w = window;
        int m = w.length;
        double mean = total / m;
        double s = 0;
        for (int t = 0; t < minSize - 1; t++) {
            s += w[t];
        }
        double best = 0;
        for (int t = minSize; t <= m - minSize; t++) {
            s += w[t - 1];
            double d = s - t * mean;
            double g = d * d * weight[t];
            if (g > best) {
                best = g;
            }
        }
        return best;
    }

    /** {@code m log(v + floor) - t log(v_left + floor) - (m - t) log(v_right + floor)}. */
    private double meanVarStatistic() {
        double[] w = window;
        int m = w.length;
        double s = 0;
        double sq = 0;
        for (int t = 0; t < minSize - 1; t++) {
            s += w[t];
            sq += w[t] * w[t];
        }
        double whole = m * Math.log(variance(total, totalSq, m) + floor);
        double best = 0;
        for (int t = minSize; t <= m - minSize; t++) {
            double v = w[t - 1];
            s += v;
            sq += v * v;
            double left = t * Math.log(variance(s, sq, t) + floor);
            double right = (m - t) * Math.log(variance(total - s, totalSq - sq, m - t) + floor);
            double g = whole - left - right;
            if (g > best) {
                best = g;
            }
        }
        return best;
    }

    private static double variance(double s, double sq, int m) {
        return Math.max(0, sq - s * s / m) / m;
    }
}
