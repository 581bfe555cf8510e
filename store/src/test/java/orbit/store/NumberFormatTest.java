package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers and derived fields written the way GDELT writes them. */
class NumberFormatTest {
    @Test
    void shortestDecimalDropsTrailingZerosAndNeverUsesExponents() {
        assertThat(TextEventWriter.shortest(31.0)).isEqualTo("31");
        assertThat(TextEventWriter.shortest(0.0)).isEqualTo("0");
        assertThat(TextEventWriter.shortest(-5.12820512820512)).isEqualTo("-5.12820512820512");
        assertThat(TextEventWriter.shortest(0.0001)).isEqualTo("0.0001");
        assertThat(TextEventWriter.shortest(21.4267)).isEqualTo("21.4267");
    }

    @Test
    void shortestDecimalReadsBackAsTheSameDouble() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            double d = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8));
            String s = TextEventWriter.shortest(d);
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(d);
            assertThat(s).doesNotContain("E");
        }
    }

    @Test
    void goldsteinKeepsOneDecimal() {
        assertThat(TextEventWriter.goldstein(5.0)).isEqualTo("5.0");
        assertThat(TextEventWriter.goldstein(-10.0)).isEqualTo("-10.0");
        assertThat(TextEventWriter.goldstein(-0.4)).isEqualTo("-0.4");
    }

    @Test
    void fractionDateCountsThirtyDayMonths() {
        // the real export has 20240807 -> 2024.5945
        assertThat(GdeltWriter.fractionDate(LocalDate.of(2024, 8, 7))).isEqualTo("2024.5945");
        assertThat(GdeltWriter.fractionDate(LocalDate.of(2020, 1, 1))).isEqualTo("2020.0027");
    }
}
