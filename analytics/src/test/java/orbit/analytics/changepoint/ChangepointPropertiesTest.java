package orbit.analytics.changepoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class ChangepointPropertiesTest {
    private static Settings settings(Method method, Cost cost, int minSize) {
        return Settings.defaults().withMethod(method).withCost(cost).withMinSize(minSize).withPermutations(19);
    }

    @Property(tries = 300)
    void segmentsCoverTheSeriesInOrderWithAtLeastMinSizeValuesEach(@ForAll long seed, @ForAll @IntRange(min = 0, max = 150) int extra,
            @ForAll Method method, @ForAll Cost cost, @ForAll @IntRange(min = 1, max = 6) int minSize) {
        double[] x = TestSeries.random(seed, 2 * minSize + extra);
        Segmentation s = Changepoints.detect(x, settings(method, cost, minSize));
        List<Segment> segments = s.segments();
        assertThat(segments.get(0).start()).isZero();
        assertThat(segments.get(segments.size() - 1).end()).isEqualTo(x.length);
        for (int i = 0; i < segments.size(); i++) {
            assertThat(segments.get(i).length()).isGreaterThanOrEqualTo(minSize);
            if (i > 0) {
                assertThat(segments.get(i).start()).isEqualTo(segments.get(i - 1).end());
                assertThat(s.changepoints().get(i - 1).index()).isEqualTo(segments.get(i).start());
            }
        }
        assertThat(s.changepoints()).hasSize(segments.size() - 1);
    }

    @Property(tries = 300)
    void changepointsAreSortedAndUnique(@ForAll long seed, @ForAll @IntRange(min = 4, max = 200) int n, @ForAll Method method, @ForAll Cost cost) {
        int[] found = Changepoints.detect(TestSeries.random(seed, n), settings(method, cost, 2)).indices();
        assertThat(found).isSorted().doesNotHaveDuplicates();
    }

    @Property(tries = 200)
    void addingAConstantChangesNothingButTheMeans(@ForAll long seed, @ForAll @IntRange(min = 4, max = 150) int n, @ForAll Method method,
            @ForAll Cost cost, @ForAll @DoubleRange(min = -1000, max = 1000) double shift) {
        double[] x = TestSeries.random(seed, n);
        double[] shifted = x.clone();
        for (int i = 0; i < n; i++) {
            shifted[i] += shift;
        }
        Settings s = settings(method, cost, 2).withPermutations(0);
        assertThat(Changepoints.detect(shifted, s).indices()).isEqualTo(Changepoints.detect(x, s).indices());
    }

    @Property(tries = 200)
    void scalingByAPositiveFactorChangesNothingButTheMeans(@ForAll long seed, @ForAll @IntRange(min = 4, max = 150) int n, @ForAll Method method,
            @ForAll Cost cost, @ForAll @DoubleRange(min = 0.001, max = 1000) @Scale(4) double factor) {
        double[] x = TestSeries.random(seed, n);
        double[] scaled = x.clone();
        for (int i = 0; i < n; i++) {
            scaled[i] *= factor;
        }
        Settings s = settings(method, cost, 2).withPermutations(0);
        assertThat(Changepoints.detect(scaled, s).indices()).isEqualTo(Changepoints.detect(x, s).indices());
    }

    @Property(tries = 300)
    void aLargerPenaltyNeverGivesPeltMoreChangepoints(@ForAll long seed, @ForAll @IntRange(min = 4, max = 150) int n, @ForAll Cost cost,
            @ForAll @DoubleRange(min = 0, max = 30) double penalty, @ForAll @DoubleRange(min = 0, max = 30) double more) {
        double[] x = TestSeries.random(seed, n);
        Settings s = settings(Method.PELT, cost, 2).withPermutations(0);
        int low = Changepoints.detect(x, s.withPenalty(new Penalty.Manual(penalty))).changepoints().size();
        int high = Changepoints.detect(x, s.withPenalty(new Penalty.Manual(penalty + more))).changepoints().size();
        assertThat(high).isLessThanOrEqualTo(low);
    }

    @Property(tries = 200)
    void pValuesLieInZeroToOne(@ForAll long seed, @ForAll @IntRange(min = 4, max = 150) int n, @ForAll Cost cost,
            @ForAll @IntRange(min = 0, max = 50) int permutations, @ForAll @DoubleRange(min = 0, max = 10) double penalty) {
        Settings s = settings(Method.PELT, cost, 2).withPenalty(new Penalty.Manual(penalty)).withPermutations(permutations);
        for (Method method : List.of(Method.PELT, Method.BINSEG)) {
            assertThat(Changepoints.detect(TestSeries.random(seed, n), s.withMethod(method)).changepoints())
                    .allSatisfy(c -> assertThat(c.significance()).isGreaterThan(0).isLessThanOrEqualTo(1)
                            .isGreaterThanOrEqualTo(1.0 / (1 + permutations)));
        }
    }

    @Property(tries = 200)
    void posteriorsLieInZeroToOne(@ForAll long seed, @ForAll @IntRange(min = 4, max = 150) int n) {
        assertThat(Changepoints.detect(TestSeries.random(seed, n), settings(Method.BOCPD, Cost.L2, 2)).changepoints())
                .allSatisfy(c -> assertThat(c.significance()).isBetween(0.0, 1.0));
    }
}
