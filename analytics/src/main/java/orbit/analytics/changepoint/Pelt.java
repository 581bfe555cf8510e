package orbit.analytics.changepoint;

/**
 * Pruned Exact Linear Time (Killick, Fearnhead and Eckley 2012): the segmentation minimising
 * {@code sum of segment costs + perChange * changes}, over segments of {@code minSize} or more.
 *
 * <p>Optimal partitioning computes {@code F(e) = min_t F(t) + cost(t, e) + perChange} for every
 * end {@code e}, with {@code F(0) = -perChange}. PELT drops a candidate {@code t} once
 * {@code F(t) + cost(t, s) + K > F(s)} for some later {@code s}: then {@code s} beats {@code t} as
 * the last change before every end {@code e} with {@code e - s >= minSize}, so {@code t} is never
 * needed again. The test against {@code s} is made when {@code e = s + minSize}, the first end for
 * which {@code s} is a candidate itself. Ties go to the earliest candidate, as in a plain scan, so
 * the result equals unpruned optimal partitioning's. Stateless.
 */
final class Pelt {
    private Pelt() {}

    /** The changepoint indices (first index of each new segment) in increasing order. */
    static int[] changepoints(SegmentCost c, int minSize) {
        int n = c.size();
        double beta = c.perChange();
        double bound = c.pruningBound();
        double[] f = new double[n + 1];
        int[] last = new int[n + 1];
        int[] candidates = new int[n + 1];
        int size = 0;
        f[0] = -beta;
        candidates[size++] = 0;
        for (int end = minSize; end <= n; end++) {
            int s = end - minSize;
            if (s >= minSize) {
                double limit = f[s] + 1e-9 * Math.max(1, Math.abs(f[s]));
                int kept = 0;
                for (int i = 0; i < size; i++) {
                    int t = candidates[i];
                    if (f[t] + c.segment(t, s) + bound <= limit) {
                        candidates[kept++] = t;
                    }
                }
                size = kept;
                candidates[size++] = s;
            }
            double best = Double.POSITIVE_INFINITY;
            int arg = 0;
            for (int i = 0; i < size; i++) {
                int t = candidates[i];
                double v = f[t] + c.segment(t, end);
                if (v < best) {
                    best = v;
                    arg = t;
                }
            }
            f[end] = best + beta;
            last[end] = arg;
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
