package orbit.analytics.changepoint;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import orbit.core.OrbitException;

/**
 * Finds the points where a series changes level (or spread), with a p-value or posterior for each.
 * See {@code docs/changepoints.md} for the methods, costs, penalties and significance. Stateless
 * and thread-safe.
 */
public final class Changepoints {
    private Changepoints() {}

    /**
     * Cuts {@code series} (one value per period, in any unit) into segments as {@code settings}
     * say. The result is the same for the same series and settings, seed included.
     *
     * @throws OrbitException (USER) if the series has a NaN or infinite value, or fewer than
     *     {@code 2 * minSize} values
     */
    public static Segmentation detect(double[] series, Settings settings) {
        int n = series.length;
        int minSize = settings.minSize();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(series[i])) {
                throw OrbitException.user("value %d of the series (counting from 0) is %s; changepoints need a number in every period; "
                        + "fill or drop the missing periods", i, series[i]);
            }
        }
        if (n < 2 * minSize) {
            throw OrbitException.user("a series of %d periods is too short for --min-size %d; it needs at least %d; "
                    + "use a longer range or a shorter period", n, minSize, 2 * minSize);
        }
        return switch (settings.method()) {
            case PELT -> {
                SegmentCost cost = new SegmentCost(series, settings.cost(), settings.penalty());
                yield tested(series, settings, cost, Pelt.changepoints(cost, minSize));
            }
            case BINSEG -> {
                SegmentCost cost = new SegmentCost(series, settings.cost(), settings.penalty());
                yield tested(series, settings, cost, BinarySegmentation.changepoints(cost, minSize));
            }
            case BOCPD -> {
                Bocpd.Result r = Bocpd.run(series, settings.hazard(), minSize);
                yield segmentation(series, r.indices(), r.posterior(), Significance.POSTERIOR);
            }
        };
    }

    /** The segmentation with a permutation p-value for every changepoint. */
    private static Segmentation tested(double[] series, Settings settings, SegmentCost cost, int[] indices) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        double[] p = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            int start = i == 0 ? 0 : indices[i - 1];
            int end = i == indices.length - 1 ? series.length : indices[i + 1];
            SplittableRandom random = root.split();
            p[i] = settings.permutations() == 0 ? 1
                    : new PermutationTest(cost, start, end, settings.minSize()).pValue(settings.permutations(), random);
        }
        return segmentation(series, indices, p, Significance.P_VALUE);
    }

    private static Segmentation segmentation(double[] series, int[] indices, double[] significance, Significance kind) {
        List<Segment> segments = new ArrayList<>(indices.length + 1);
        int start = 0;
        for (int i = 0; i <= indices.length; i++) {
            int end = i == indices.length ? series.length : indices[i];
            double sum = 0;
            for (int j = start; j < end; j++) {
                sum += series[j];
            }
            segments.add(new Segment(start, end, sum / (end - start)));
            start = end;
        }
        List<Changepoint> changepoints = new ArrayList<>(indices.length);
        for (int i = 0; i < indices.length; i++) {
            changepoints.add(new Changepoint(indices[i], segments.get(i).mean(), segments.get(i + 1).mean(), significance[i], kind));
        }
        return new Segmentation(segments, changepoints);
    }
}
