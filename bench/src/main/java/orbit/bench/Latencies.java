package orbit.bench;

import java.util.Arrays;

/**
 * Latencies of a set of requests, in nanoseconds, and their percentiles by the nearest-rank
 * method: the p-th percentile of n values is the value of rank ceil(p/100 * n) in ascending order
 * (p50 of 1..4 is 2, p99 of 1..100 is 99, p100 is the maximum). No interpolation, so every
 * percentile reported is a latency some request had. Immutable, so thread-safe.
 */
final class Latencies {
    private final long[] sorted;

    Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(this.sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The nearest-rank {@code p}-th percentile in nanoseconds, p in (0, 100]; NaN when there are no values. */
    double percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " is outside (0, 100]");
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** The {@code p}-th percentile in milliseconds. */
    double millis(double p) {
        return percentile(p) / 1e6;
    }

    /** The largest value in milliseconds; NaN when there are none. */
    double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }
}
