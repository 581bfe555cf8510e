package orbit.analytics.changepoint;

import java.util.Arrays;

/**
 * Pruned Exact Linear Time (Killick, Fearnhead and Eckley 2012): the segmentation minimising
 * {@code sum of segment costs + perChange * changes}, over segments of {@code minSize} or more.
 *
 * <p>Optimal partitioning computes {@code F(e) = min_t F(t) + cost(t, e) + perChange} for every
 * end {@code e}, with {@code F(0) = -perChange}, over {@code t = 0} and
 * {@code minSize <= t <= e - minSize}. PELT drops a candidate {@code t} once
 * {@code F(t) + cost(t, s) + K(t, s) > F(s)} for some {@code s}, where
 * {@code cost(t, e) >= cost(t, s) + cost(s, e) + K(t, s)} for all {@code e > s}: then {@code s}
 * beats {@code t} as the last change before every end {@code e} at which {@code s} is a candidate,
 * that is {@code e >= s + minSize}; so {@code t} stays a candidate until then and is dropped after.
 * The raw costs are subadditive ({@code K = 0}); MBIC's {@code log m} per segment needs
 * {@code K(t, s) = -log(s - t)}, since {@code log(m1 + m2) - log m1 - log m2 >= -log m1}. The test
 * reuses the values the minimum was taken over, so each candidate costs one segment cost per end.
 *
 * <p>Ties go to the earliest candidate, as in a plain scan, and a candidate is only dropped when it
 * loses by more than a relative 1e-9, so the result is unpruned optimal partitioning's. Stateless.
 */
final class Pelt {
    private Pelt() {}

    /** The changepoint indices (first index of each new segment) in increasing order. */
    static int[] changepoints(SegmentCost c, int minSize) {
        int n = c.size();
        double beta = c.perChange();
        double[] f = new double[n + 1];
        int[] last = new int[n + 1];
        int[] candidates = new int[n + 1];
        double[] value = new double[n + 1];
        int[] dropAt = new int[n + 1];
        Arrays.fill(dropAt, Integer.MAX_VALUE);
        int size = 0;
        f[0] = -beta;
        candidates[size++] = 0;
        for (int end = minSize; end <= n; end++) {
            int s = end - minSize;
            if (s >= minSize) {
                candidates[size++] = s;
            }
            double best = Double.POSITIVE_INFINITY;
            int arg = 0;
            int kept = 0;
            for (int i = 0; i < size; i++) {
                int t = candidates[i];
                if (dropAt[t] <= end) {
                    continue;
                }
                double v = f[t] + c.segment(t, end);
                candidates[kept] = t;
                value[kept++] = v;
                if (v < best) {
                    best = v;
                    arg = t;
                }
            }
            size = kept;
            f[end] = best + beta;
            last[end] = arg;
            double limit = f[end] + 1e-9 * Math.max(1, Math.abs(f[end]));
            for (int i = 0; i < size; i++) {
                int t = candidates[i];
                if (dropAt[t] == Integer.MAX_VALUE && value[i] - c.lengthTerm(end - t) > limit) {
                    dropAt[t] = end + minSize;
                }
            }
        }
        return backtrack(last, n);
    }

    /** Follows the last change before each end back from {@code n}. */
    static int[] backtrack(int[] last, int n) {
        int count = 0;
        for (int e = last[n]; e > 0; e = last[e]) {
            count++;
        }
        int[] out = new int[count];
        for (int e = last[n]; e > 0; e = last[e]) {
            out[--count] = e;
        }
        return out;
    }
}
