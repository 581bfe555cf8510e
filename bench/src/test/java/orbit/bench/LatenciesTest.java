package orbit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void nearestRankOnOneToHundred() {
        Latencies l = new Latencies(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());
        assertThat(l.percentile(50)).isEqualTo(50);
        assertThat(l.percentile(90)).isEqualTo(90);
        assertThat(l.percentile(99)).isEqualTo(99);
        assertThat(l.percentile(100)).isEqualTo(100);
        assertThat(l.percentile(0.5)).isEqualTo(1);
    }

    @Test
    void medianOfAnEvenCountIsTheLowerMiddleValue() {
        assertThat(new Latencies(new long[] {4, 1, 3, 2}).percentile(50)).isEqualTo(2);
    }

    @Test
    void p99OfFewValuesIsTheMaximum() {
        Latencies l = new Latencies(new long[] {5_000_000, 1_000_000, 9_000_000});
        assertThat(l.millis(99)).isEqualTo(9.0);
        assertThat(l.maxMillis()).isEqualTo(9.0);
        assertThat(l.millis(50)).isEqualTo(5.0);
    }

    @Test
    void oneValueIsEveryPercentile() {
        Latencies l = new Latencies(new long[] {7});
        assertThat(l.percentile(1)).isEqualTo(7);
        assertThat(l.percentile(100)).isEqualTo(7);
    }

    @Test
    void noValuesGiveNaN() {
        assertThat(new Latencies(new long[0]).percentile(50)).isNaN();
        assertThat(new Latencies(new long[0]).maxMillis()).isNaN();
    }

    @Test
    void theInputIsNotReordered() {
        long[] in = {3, 1, 2};
        new Latencies(in);
        assertThat(in).containsExactly(3, 1, 2);
    }

    @Test
    void percentilesOutsideTheRangeAreRefused() {
        Latencies l = new Latencies(new long[] {1});
        assertThatThrownBy(() -> l.percentile(0)).hasMessageContaining("outside (0, 100]");
        assertThatThrownBy(() -> l.percentile(101)).hasMessageContaining("outside (0, 100]");
    }
}
