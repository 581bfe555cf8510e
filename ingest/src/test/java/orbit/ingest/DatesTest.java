package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void readsTheFormsSourcesWriteToTheDayAsWritten() {
        LocalDate day = LocalDate.of(2024, 2, 22);
        assertThat(Dates.parse("2024-02-22")).isEqualTo(day);
        assertThat(Dates.parse("2024-02-22T10:15:00Z")).isEqualTo(day);
        assertThat(Dates.parse("2024-02-22 10:15:00")).isEqualTo(day);
        assertThat(Dates.parse("2024-02-22T23:30:00-05:00")).as("not moved to UTC").isEqualTo(day);
        assertThat(Dates.parse("Thu, 22 Feb 2024 10:15:00 GMT")).isEqualTo(day);
        assertThat(Dates.parse("22 Feb 2024 10:15 +0400")).isEqualTo(day);
        assertThat(Dates.parse("Thu, 22 Feb 24 10:15:00 EST")).isEqualTo(day);
        assertThat(Dates.parse("Thursday, 22 February 2024")).isEqualTo(day);
        assertThat(Dates.parse("20240222")).isEqualTo(day);
    }

    @Test
    void whatIsNotADateIsNull() {
        assertThat(Dates.parse(null)).isNull();
        assertThat(Dates.parse(" ")).isNull();
        assertThat(Dates.parse("last Tuesday")).isNull();
        assertThat(Dates.parse("2024-02-30")).isNull();
        assertThat(Dates.parse("31 Foo 2024")).isNull();
        assertThat(Dates.parse("2024-02-2")).isNull();
    }
}
