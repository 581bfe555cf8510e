package orbit.analytics.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;

class ChangepointsTest {
    private static final double[] CLEAN = TestSeries.steps(new int[] {30, 30, 30}, new double[] {0, 5, -2});
    /** Means 0, 3, 0, -3 for 50 values each, noise N(0, 1): jumps of 3 standard deviations. */
    private static final double[] NOISY = TestSeries.segments(1, new int[] {50, 50, 50, 50}, new double[] {0, 3, 0, -3}, new double[] {1, 1, 1, 1});
    private static final double[] NOISE = TestSeries.segments(1, new int[] {200}, new double[] {0}, new double[] {1});

    private static Settings settings(Method method, Cost cost) {
        return Settings.defaults().withMethod(method).withCost(cost);
    }

    @Test
    void cleanStepsAreFoundExactlyByPeltAndBinsegWithBothCosts() {
        for (Method method : List.of(Method.PELT, Method.BINSEG)) {
            for (Cost cost : Cost.values()) {
                Segmentation s = Changepoints.detect(CLEAN, settings(method, cost));
                assertThat(s.indices()).as("%s %s", method, cost).containsExactly(30, 60);
                assertThat(s.segments()).containsExactly(new Segment(0, 30, 0), new Segment(30, 60, 5), new Segment(60, 90, -2));
                assertThat(s.changepoints()).extracting(Changepoint::before, Changepoint::after, Changepoint::kind)
                        .containsExactly(tuple(0.0, 5.0, Significance.P_VALUE),
                                tuple(5.0, -2.0, Significance.P_VALUE));
            }
        }
    }

    @Test
    void bocpdFindsCleanStepsExactlyAndIsSureOfThem() {
        Segmentation s = Changepoints.detect(CLEAN, settings(Method.BOCPD, Cost.L2));
        assertThat(s.indices()).containsExactly(30, 60);
        assertThat(s.changepoints()).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Significance.POSTERIOR);
            assertThat(c.significance()).isGreaterThan(0.99);
        });
    }

    @Test
    void aVarianceOnlyChangeIsFoundByTheMeanAndVarianceCostButNotByL2() {
        double[] x = TestSeries.segments(1, new int[] {60, 60}, new double[] {0, 0}, new double[] {1, 3});
        for (Method method : List.of(Method.PELT, Method.BINSEG)) {
            assertThat(Changepoints.detect(x, settings(method, Cost.NORMAL_MEAN_VAR)).indices()).as("%s", method).containsExactly(60);
            assertThat(Changepoints.detect(x, settings(method, Cost.L2)).indices()).as("%s", method).isEmpty();
        }
    }

    @Test
    void noisyStepsOfThreeSigmaAreFoundWithinOnePeriod() {
        for (Method method : List.of(Method.PELT, Method.BINSEG)) {
            for (Cost cost : Cost.values()) {
                int[] found = Changepoints.detect(NOISY, settings(method, cost)).indices();
                assertThat(found).as("%s %s", method, cost).hasSize(3);
                assertThat(found[0]).isCloseTo(50, within(1));
                assertThat(found[1]).isCloseTo(100, within(1));
                assertThat(found[2]).isCloseTo(150, within(1));
            }
        }
    }

    @Test
    void bocpdFindsTheNoisyStepsWithinTwoPeriodsWithPosteriorOverOneHalf() {
        Segmentation s = Changepoints.detect(NOISY, settings(Method.BOCPD, Cost.L2));
        assertThat(s.changepoints()).hasSize(3);
        int[] truth = {50, 100, 150};
        for (int i = 0; i < 3; i++) {
            Changepoint c = s.changepoints().get(i);
            assertThat(c.index()).isCloseTo(truth[i], within(2));
            assertThat(c.significance()).isGreaterThan(0.5);
            assertThat(c.kind()).isEqualTo(Significance.POSTERIOR);
        }
    }

    @Test
    void noiseAloneAndAConstantSeriesHaveNoChangepoints() {
        double[] constant = new double[50];
        Arrays.fill(constant, 7);
        for (Method method : Method.values()) {
            for (Cost cost : Cost.values()) {
                assertThat(Changepoints.detect(NOISE, settings(method, cost)).changepoints()).as("%s %s noise", method, cost).isEmpty();
                Segmentation s = Changepoints.detect(constant, settings(method, cost));
                assertThat(s.changepoints()).as("%s %s constant", method, cost).isEmpty();
                assertThat(s.segments()).containsExactly(new Segment(0, 50, 7));
            }
        }
    }

    @Test
    void realJumpsHavePValuesBelowOnePercent() {
        for (Method method : List.of(Method.PELT, Method.BINSEG)) {
            for (Cost cost : Cost.values()) {
                for (double[] x : List.of(CLEAN, NOISY)) {
                    assertThat(Changepoints.detect(x, settings(method, cost)).changepoints()).isNotEmpty()
                            .allSatisfy(c -> assertThat(c.significance()).isLessThan(0.01).isEqualTo(1 / 1000.0));
                }
            }
        }
    }

    /**
     * The windows are chosen from the data, so p-values of changes forced onto noise are optimistic,
     * but they are not small: over 20 noise series most are above 5% and few below 1%.
     */
    @Test
    void changesForcedOntoNoiseByALowPenaltyHaveNoSmallPValues() {
        List<Double> p = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            double[] x = TestSeries.segments(seed, new int[] {200}, new double[] {0}, new double[] {1});
            Segmentation s = Changepoints.detect(x, Settings.defaults().withPenalty(new Penalty.Manual(3)).withPermutations(199));
            s.changepoints().forEach(c -> p.add(c.significance()));
        }
        Collections.sort(p);
        assertThat(p).hasSizeGreaterThan(100);
        assertThat(p.get(p.size() / 2)).isGreaterThan(0.05);
        assertThat(p.stream().filter(v -> v < 0.01).count()).isLessThan(p.size() / 10);
    }

    @Test
    void pValuesDependOnlyOnTheSeed() {
        Settings s = Settings.defaults().withPenalty(new Penalty.Manual(3)).withPermutations(99);
        List<Changepoint> first = Changepoints.detect(NOISE, s).changepoints();
        assertThat(Changepoints.detect(NOISE, s).changepoints()).isEqualTo(first);
        assertThat(Changepoints.detect(NOISE, s.withSeed(7)).changepoints()).extracting(Changepoint::significance)
                .isNotEqualTo(first.stream().map(Changepoint::significance).toList());
    }

    @Test
    void noPermutationsGiveEveryChangeAPValueOfOne() {
        assertThat(Changepoints.detect(CLEAN, Settings.defaults().withPermutations(0)).changepoints()).extracting(Changepoint::significance)
                .containsExactly(1.0, 1.0);
    }

    @Test
    void minSizeKeepsShortBurstsInsideLongerSegments() {
        double[] burst = TestSeries.segments(3, new int[] {40, 3, 40}, new double[] {0, 10, 0}, new double[] {0.1, 0.1, 0.1});
        for (Method method : Method.values()) {
            assertThat(Changepoints.detect(burst, settings(method, Cost.L2).withMinSize(2)).indices()).as("%s", method).containsExactly(40, 43);
            Segmentation s = Changepoints.detect(burst, settings(method, Cost.L2).withMinSize(5));
            assertThat(s.segments()).as("%s", method).allSatisfy(seg -> assertThat(seg.length()).isGreaterThanOrEqualTo(5));
        }
    }

    @Test
    void penaltiesAreTheRChangepointPackages() {
        double log100 = Math.log(100);
        assertThat(new Penalty.Bic().perChange(100, Cost.L2)).isEqualTo(2 * log100);
        assertThat(new Penalty.Bic().perChange(100, Cost.NORMAL_MEAN_VAR)).isEqualTo(3 * log100);
        assertThat(new Penalty.Mbic().perChange(100, Cost.L2)).isEqualTo(3 * log100);
        assertThat(new Penalty.Mbic().perChange(100, Cost.NORMAL_MEAN_VAR)).isEqualTo(4 * log100);
        assertThat(new Penalty.Mbic().perSegment(20)).isEqualTo(Math.log(20));
        assertThat(new Penalty.Bic().perSegment(20)).isZero();
        assertThat(new Penalty.Manual(12.5).perChange(100, Cost.L2)).isEqualTo(12.5);
    }

    @Test
    void namesParseInAnyCase() {
        assertThat(Method.parse("PELT")).isEqualTo(Method.PELT);
        assertThat(Method.parse(" binseg ")).isEqualTo(Method.BINSEG);
        assertThat(Method.parse("Bocpd")).isEqualTo(Method.BOCPD);
        assertThat(Penalty.parse("BIC")).isEqualTo(new Penalty.Bic());
        assertThat(Penalty.parse("mbic")).isEqualTo(new Penalty.Mbic());
        assertThat(Penalty.parse("12.5")).isEqualTo(new Penalty.Manual(12.5));
        assertThat(Penalty.parse("0")).isEqualTo(new Penalty.Manual(0));
    }

    @Test
    void aSeriesShorterThanTwoSegmentsNamesTheLengthNeeded() {
        assertThatThrownBy(() -> Changepoints.detect(new double[5], Settings.defaults().withMinSize(3)))
                .isInstanceOf(OrbitException.class)
                .hasMessage("a series of 5 periods is too short for --min-size 3; it needs at least 6; use a longer range or a shorter period")
                .extracting(e -> ((OrbitException) e).kind()).isEqualTo(OrbitException.ErrorKind.USER);
    }

    @Test
    void missingAndInfiniteValuesNameTheirIndex() {
        assertThatThrownBy(() -> Changepoints.detect(new double[] {1, 2, Double.NaN, 4}, Settings.defaults()))
                .hasMessage("value 2 of the series (counting from 0) is NaN; changepoints need a number in every period; fill or drop the missing periods");
        assertThatThrownBy(() -> Changepoints.detect(new double[] {1, Double.NEGATIVE_INFINITY, 3, 4}, Settings.defaults()))
                .hasMessageStartingWith("value 1 of the series (counting from 0) is -Infinity;");
    }

    @Test
    void badSettingsNameTheValueAndTheFix() {
        Settings d = Settings.defaults();
        assertThatThrownBy(() -> d.withMinSize(0)).isInstanceOf(OrbitException.class)
                .hasMessage("--min-size 0 is too small; a segment needs at least 1 period, use 1 or more");
        assertThatThrownBy(() -> d.withHazard(0)).hasMessage("--hazard 0.0 is not between 0 and 1 (exclusive); use e.g. 0.01 to expect a change every 100 periods");
        assertThatThrownBy(() -> d.withHazard(1)).hasMessageStartingWith("--hazard 1.0 is not between 0 and 1");
        assertThatThrownBy(() -> d.withHazard(Double.NaN)).hasMessageStartingWith("--hazard NaN is not between 0 and 1");
        assertThatThrownBy(() -> d.withPermutations(-1)).hasMessage("--permutations -1 is negative; use 0 to skip the p-values or e.g. 999");
        assertThatThrownBy(() -> new Penalty.Manual(-2)).isInstanceOf(OrbitException.class)
                .hasMessage("penalty -2.0 is not a number of 0 or more; use bic, mbic or a number such as 10");
        assertThatThrownBy(() -> Penalty.parse("-1")).hasMessage("penalty '-1' is not a number of 0 or more; use bic, mbic or a number such as 10");
        assertThatThrownBy(() -> Penalty.parse("aic")).hasMessage("'aic' is not a penalty; use bic, mbic or a number of 0 or more such as 10");
        assertThatThrownBy(() -> Method.parse("cusum")).isInstanceOf(OrbitException.class)
                .hasMessage("'cusum' is not a changepoint method; use pelt, binseg or bocpd");
    }
}
