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
    private final double[] centred;
    private final double[] sum;
    private final double[] sumSq;
    private final double noiseVariance;
    private final double inverseNoise;
    /** {@code 1 / m} for every length {@code m}. */
    private final double[] inverse;
    private final double floor;
    private final double perChange;
    private final boolean lengthTerm;
    /** {@code penalty.perSegment(m)} for every length {@code m}, when MBIC adds one. */
    private final double[] perSegment;

    SegmentCost(double[] x, Cost cost, Penalty penalty) {
        this.cost = cost;
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
        inverseNoise = 1 / noiseVariance;
        inverse = new double[n + 1];
        for (int m = 1; m <= n; m++) {
            inverse[m] = 1.0 / m;
        }
        floor = VARIANCE_FLOOR * noiseVariance;
        perChange = penalty.perChange(n, cost);
        lengthTerm = penalty instanceof Penalty.Mbic;
        perSegment = new double[lengthTerm ? n + 1 : 0];
        for (int m = 1; m < perSegment.length; m++) {
            perSegment[m] = penalty.perSegment(m);
        }
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
        double sse = Math.max(0, sumSq[b] - sumSq[a] - s * s * inverse[m]);
        return switch (cost) {
            case L2 -> sse * inverseNoise;
            case NORMAL_MEAN_VAR -> m * (LOG_2PI_PLUS_1 + Math.log(sse * inverse[m] + floor));
        };
    }

    /** The cost of {@code x[a..b)} plus the penalty's term per segment. */
    double segment(int a, int b) {
        double c = raw(a, b);
        return lengthTerm ? c + perSegment[b - a] : c;
    }

    /** The penalty's term for a segment of {@code m} values (MBIC's {@code log m}, else 0). */
    double lengthTerm(int m) {
        return lengthTerm ? perSegment[m] : 0;
    }
}
