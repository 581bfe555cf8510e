package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import orbit.analytics.changepoint.Settings;
import orbit.analytics.changepoint.Significance;
import orbit.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShiftsTest {
    @TempDir
    Path dir;

    EventStore store;
    Shifts shifts;

    /**
     * ARM-RUS through 2022: three meetings a month (040, +1 each); through 2023: three accusations
     * a month (112), and in March 2023 a threat too (130). ARM-FRA: five meetings a month in 2022,
     * one a month in 2023.
     */
    @BeforeEach
    void store() {
        StoredEvents e = new StoredEvents();
        for (int m = 1; m <= 12; m++) {
            e.repeat(3, String.format("2022-%02d-10", m), "ARM", "RUS", "040");
            e.repeat(3, String.format("2023-%02d-10", m), "RUS", "ARM", "112");
            e.repeat(5, String.format("2022-%02d-12", m), "ARM", "FRA", "040");
            e.repeat(1, String.format("2023-%02d-12", m), "FRA", "ARM", "040");
        }
        e.add("2023-03-20", "RUS", "ARM", "130");
        store = e.store(dir);
        shifts = new Shifts(new Relations(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFallInNetCooperationIsDatedMeasuredAndExplainedByTheEventsAfterIt() {
        Shifts.Result r = shifts.find("ARM", "RUS", Direction.BOTH, new Window(Period.MONTH, null, null, null, 1), Measure.NETCOOP,
                Settings.defaults(), 4, 3);
        assertThat(r.series().periods()).hasSize(24);
        assertThat(r.shifts()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(s.label()).isEqualTo("2023-01");
            assertThat(s.index()).isEqualTo(12);
            assertThat(s.before()).isCloseTo(3, within(1e-12));
            assertThat(s.after()).isCloseTo(-37 / 12.0, within(1e-12));
            assertThat(s.kind()).isEqualTo(Significance.P_VALUE);
            assertThat(s.significance()).isLessThan(0.01);
            assertThat(s.lost()).isFalse();
            assertThat(s.evidenceFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(s.evidenceUntil()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(s.evidence()).hasSize(4);
            assertThat(s.evidence()).allSatisfy(d -> {
                assertThat(d.contribution()).isEqualTo(-1.0);
                assertThat(d.date()).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
            });
            assertThat(s.evidence().get(0).cameo()).as("the threat is the most conflictual of equal contributions").isEqualTo("130");
        });
    }

    @Test
    void aFallInTheCountIsExplainedByWhatStopped() {
        Shifts.Result r = shifts.find("ARM", "FRA", Direction.BOTH, new Window(Period.MONTH, null, null, null, 1), Measure.COUNT,
                Settings.defaults(), 2, 2);
        assertThat(r.shifts()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("2023-01");
            assertThat(s.before()).isCloseTo(5, within(1e-12));
            assertThat(s.after()).isCloseTo(1, within(1e-12));
            assertThat(s.lost()).isTrue();
            assertThat(s.evidenceFrom()).isEqualTo(LocalDate.of(2022, 11, 1));
            assertThat(s.evidenceUntil()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(s.evidence()).hasSize(2).allSatisfy(d -> assertThat(d.date()).isBetween(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 12, 31)));
        });
    }

    @Test
    void tooShortOrEmptySeriesAreClearErrors() {
        assertThatThrownBy(() -> shifts.find("ARM", "AZE", Direction.BOTH, Window.monthly(), Measure.NETCOOP, Settings.defaults(), 3, 3))
                .hasMessage("there are no events between ARM and AZE to find changes in");
        assertThatThrownBy(() -> shifts.find("ARM", "RUS", Direction.BOTH,
                new Window(Period.YEAR, null, null, null, 1), Measure.NETCOOP, Settings.defaults(), 3, 3))
                .hasMessageContaining("too short");
    }
}
