package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Property
    void everyDateLiesInThePeriodThatStartsAtItsStart(@ForAll Period period, @ForAll @IntRange(min = 0, max = 20_000) int day) {
        LocalDate date = LocalDate.of(1990, 1, 1).plusDays(day);
        LocalDate start = period.start(date);
        assertThat(start).isBeforeOrEqualTo(date);
        assertThat(period.next(start)).isAfter(date);
        assertThat(period.start(start)).isEqualTo(start);
        assertThat(period.start(period.next(start))).isEqualTo(period.next(start));
    }

    @Test
    void labelsNameThePeriodsAsAnalystsWriteThem() {
        LocalDate d = LocalDate.of(2024, 2, 14);
        assertThat(Period.WEEK.label(Period.WEEK.start(d))).isEqualTo("2024-W07");
        assertThat(Period.MONTH.label(Period.MONTH.start(d))).isEqualTo("2024-02");
        assertThat(Period.QUARTER.label(Period.QUARTER.start(d))).isEqualTo("2024-Q1");
        assertThat(Period.YEAR.label(Period.YEAR.start(d))).isEqualTo("2024");
        assertThat(Period.WEEK.start(LocalDate.of(2021, 1, 1))).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(Period.WEEK.label(LocalDate.of(2020, 12, 28))).isEqualTo("2020-W53");
    }

    @Test
    void anUnknownPeriodNamesTheChoices() {
        assertThat(Period.parse("Month")).isEqualTo(Period.MONTH);
        assertThatThrownBy(() -> Period.parse("fortnight")).hasMessageContaining("'fortnight' is not a period; use week, month, quarter or year");
    }
}
