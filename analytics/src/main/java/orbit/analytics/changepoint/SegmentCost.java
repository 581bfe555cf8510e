package orbit.analytics.changepoint;

/**
 * The penalised cost of any segment of one series in O(1), from prefix sums of the mean-centred
 * values (centring keeps {@code sum x^2 - (sum x)^2 / m} accurate when the series sits far from
 * 0). Immutable after construction; safe to share between threads.
 */
final class SegmentCost {
    private static final double LOG_2PI_PLUS_1 = Math.log(2 * Math.PI) + 1;
    /** {@link Cost#NORMAL_MEAN_VAR}'s variance floor, relative to the noise variance. */
    static final double VARIANCE_FLOOR = 1e-3;

    private final Cost cost;
    private final Penalty penalty;
    private final double[] centred;
    private final double[] sum;
    private final double[] sumSq;
    private final double noiseVariance;
    private final double floor;
    private final double perChange;
    private final boolean lengthTerm;

    SegmentCost(double[] x, Cost cost, Penalty penalty) {
        this.cost = cost;
        this.penalty = penalty;
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        centred = new double[n];
        sum = new double[n + 1];
        sumSq = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double c = x[i] - mean;
            centred[i] = c;
            sum[i + 1] = sum[i] + c;
            sumSq[i + 1] = sumSq[i] + c * c;
        }
        noiseVariance = NoiseScale.variance(x);
        floor = VARIANCE_FLOOR * noiseVariance;
        perChange = penalty.perChange(n, cost);
        lengthTerm = penalty instanceof Penalty.Mbic;
    }

    int size() {
        return centred.length;
    }

    Cost cost() {
        return cost;
    }

    /** The series minus its mean. Not a copy: do not change it. */
    double[] centred() {
        return centred;
    }

    double noiseVariance() {
        return noiseVariance;
    }

    /** {@link Cost#NORMAL_MEAN_VAR}'s variance floor, in squared series units. */
    double floor() {
        return floor;
    }

    /** The penalty per changepoint. */
    double perChange() {
        return perChange;
    }

    /** The cost of {@code x[a..b)} without penalty terms. */
    double raw(int a, int b) {
        int m = b - a;
        double s = sum[b] - sum[a];
        double sse = Math.max(0, sumSq[b] - sumSq[a] - s * s / m);
        return switch (cost) {
            case L2 -> sse / noiseVariance;
            case NORMAL_MEAN_VAR -> m * (LOG_2PI_PLUS_1 + Math.log(sse / m + floor));
        };
    }

    /** The cost of {@code x[a..b)} plus the penalty's term per segment. */
    double segment(int a, int b) {
        double c = raw(a, b);
        return lengthTerm ? c + penalty.perSegment(b - a) : c;
    }

    /**
     * A constant {@code K} with {@code segment(a, c) >= segment(a, b) + segment(b, c) + K} for all
     * {@code a < b < c}: PELT prunes with it. Both raw costs are subadditive (K = 0): splitting never
     * raises the least squares, and {@code log(v + floor)} is concave. MBIC's {@code log m} per
     * segment breaks that by at most {@code log(m1 m2 / (m1 + m2)) < log n}.
     */
    double pruningBound() {
        return lengthTerm ? -Math.log(size()) : 0;
    }
}
