package orbit.analytics.changepoint;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PeltTest {
    /** Optimal partitioning without pruning: every admissible last change for every end. */
    static int[] exhaustive(SegmentCost c, int minSize) {
        int n = c.size();
        double beta = c.perChange();
        double[] f = new double[n + 1];
        int[] last = new int[n + 1];
        f[0] = -beta;
        for (int end = minSize; end <= n; end++) {
            double best = Double.POSITIVE_INFINITY;
            int arg = 0;
            for (int t = 0; t <= end - minSize; t = t == 0 ? minSize : t + 1) {
                double v = f[t] + c.segment(t, end);
                if (v < best) {
                    best = v;
                    arg = t;
                }
            }
            f[end] = best + beta;
            last[end] = arg;
        }
        return Pelt.backtrack(last, n);
    }

    /** The penalised total cost of a segmentation. */
    static double objective(SegmentCost c, int[] changes) {
        double total = changes.length * c.perChange();
        int start = 0;
        for (int i = 0; i <= changes.length; i++) {
            int end = i == changes.length ? c.size() : changes[i];
            total += c.segment(start, end);
            start = end;
        }
        return total;
    }

    @Provide
    Arbitrary<Penalty> penalties() {
        return Arbitraries.oneOf(Arbitraries.just(new Penalty.Bic()), Arbitraries.just(new Penalty.Mbic()),
                Arbitraries.doubles().between(0, 40).map(Penalty.Manual::new));
    }

    @Property(tries = 500)
    void peltFindsTheSameSegmentationAndCostAsExhaustiveOptimalPartitioning(@ForAll long seed, @ForAll @IntRange(min = 2, max = 80) int n,
            @ForAll Cost cost, @ForAll("penalties") Penalty penalty, @ForAll @IntRange(min = 1, max = 4) int minSize) {
        int length = n + 2 * minSize;
        SegmentCost c = new SegmentCost(TestSeries.random(seed, length), cost, penalty);
        int[] exhaustive = exhaustive(c, minSize);
        int[] pelt = Pelt.changepoints(c, minSize);
        assertThat(pelt).isEqualTo(exhaustive);
        assertThat(objective(c, pelt)).isEqualTo(objective(c, exhaustive));
    }

    @Test
    void peltMatchesExhaustiveOptimalPartitioningOnALongerSeriesWithManyChanges() {
        for (Cost cost : Cost.values()) {
            SegmentCost c = new SegmentCost(TestSeries.random(11, 1500, 60), cost, new Penalty.Mbic());
            int[] pelt = Pelt.changepoints(c, 2);
            assertThat(pelt).hasSizeGreaterThan(20).isEqualTo(exhaustive(c, 2));
        }
    }
}
