package orbit.analytics.changepoint;

import java.util.Arrays;
import java.util.Random;

/** Reproducible series for the changepoint tests. */
final class TestSeries {
    private TestSeries() {}

    /** Segments of the given lengths, means and noise standard deviations, Normal noise from {@code seed}. */
    static double[] segments(long seed, int[] lengths, double[] means, double[] sds) {
        Random r = new Random(seed);
        double[] x = new double[Arrays.stream(lengths).sum()];
        int k = 0;
        for (int s = 0; s < lengths.length; s++) {
            for (int i = 0; i < lengths[s]; i++) {
                x[k++] = means[s] + sds[s] * r.nextGaussian();
            }
        }
        return x;
    }

    /** Values without noise: {@code lengths[s]} times {@code levels[s]}. */
    static double[] steps(int[] lengths, double[] levels) {
        return segments(0, lengths, levels, new double[lengths.length]);
    }

    /**
     * {@code n} values in segments of 1 to {@code n / 3 + 1} values, each mean up to 4 above or below
     * the last, with Normal noise of standard deviation 1 (so no two values are equal).
     */
    static double[] random(long seed, int n) {
        return random(seed, n, n / 3 + 1);
    }

    /** As {@link #random(long, int)} with segments of 1 to {@code longest} values. */
    static double[] random(long seed, int n, int longest) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double mean = 0;
        int i = 0;
        while (i < n) {
            int len = 1 + r.nextInt(longest);
            for (int j = 0; j < len && i < n; j++, i++) {
                x[i] = mean + r.nextGaussian();
            }
            mean += 8 * r.nextDouble() - 4;
        }
        return x;
    }
}
