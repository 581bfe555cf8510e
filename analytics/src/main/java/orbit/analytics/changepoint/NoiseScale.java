package orbit.analytics.changepoint;

import java.util.Arrays;

/** The robust noise variance of a series, as {@link Cost#L2} documents it. Stateless. */
final class NoiseScale {
    /** The MAD of a Normal sample times this estimates its standard deviation. */
    static final double MAD_TO_SD = 1.4826;

    private NoiseScale() {}

    /**
     * {@code (1.4826 * MAD(d))^2 / 2} over the first differences {@code d}; if that is 0,
     * {@code mean(d^2) / 2}; if that is 0 too (a constant series), 1. In squared series units.
     */
    static double variance(double[] x) {
        int m = x.length - 1;
        if (m < 1) {
            return 1;
        }
        double[] d = new double[m];
        double sumSq = 0;
        for (int i = 0; i < m; i++) {
            d[i] = x[i + 1] - x[i];
            sumSq += d[i] * d[i];
        }
        Arrays.sort(d);
        double med = median(d);
        for (int i = 0; i < m; i++) {
            d[i] = Math.abs(d[i] - med);
        }
        Arrays.sort(d);
        double sd = MAD_TO_SD * median(d);
        double v = sd * sd / 2;
        if (v > 0) {
            return v;
        }
        v = sumSq / m / 2;
        return v > 0 ? v : 1;
    }

    /** The median of sorted values. */
    static double median(double[] sorted) {
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    }
}
