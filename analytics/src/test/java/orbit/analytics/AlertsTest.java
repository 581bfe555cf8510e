package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import orbit.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsTest {
    /** The current week starts on Monday 2024-03-04; the four baseline weeks on 5, 12, 19 and 26 February. */
    static final LocalDate WEEK = LocalDate.of(2024, 3, 4);

    @TempDir
    Path dir;

    EventStore store;

    @BeforeEach
    void store() {
        StoredEvents e = new StoredEvents();
        for (int i = 1; i <= 4; i++) {
            String day = WEEK.minusWeeks(i).plusDays(1).toString();
            e.repeat(2, day, "AZE", "ARM", "190");   // 2 a week
            e.repeat(1, day, "ARM", "RUS", "112");   // 1 a week
            e.repeat(10, day, "FRA", "ARM", "040");  // 10 a week
            e.repeat(10, day, "USA", "ARM", "040");  // 10 a week
        }
        String now = WEEK.plusDays(2).toString();
        e.repeat(12, now, "ARM", "AZE", "190");       // 12: +500%
        e.repeat(3, now, "RUS", "ARM", "112");        // 3 on a baseline of 1: too little to call
        e.repeat(5, now, "FRA", "ARM", "040");        // 5 on 10: -50%
        e.repeat(12, now, "USA", "ARM", "040");       // 12 on 10: +20%
        e.repeat(15, "2021-02-03", "AZE", "ARM", "190"); // the last week as high as this one: three years before
        e.repeat(1, "2019-06-05", "RUS", "ARM", "112");
        e.add("2024-03-05", "ARM", "ARM", "140");      // domestic: never a dyad
        store = e.store(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachDyadGetsTrendfindersBandAgainstItsBaselineMean() {
        Alerts.Result r = new Alerts(store).find(new Alerts.Query(null, 4, null, Valence.ALL, null));
        assertThat(r.week()).as("the week of the latest event").isEqualTo(WEEK);
        Map<String, Alert> byDyad = r.alerts().stream().collect(Collectors.toMap(a -> a.a() + "-" + a.b(), Function.identity()));
        assertThat(byDyad).containsOnlyKeys("ARM-AZE", "ARM-RUS", "ARM-FRA", "ARM-USA");

        Alert aze = byDyad.get("ARM-AZE");
        assertThat(aze.current()).isEqualTo(12);
        assertThat(aze.baselineMean()).isEqualTo(2.0);
        assertThat(aze.change()).isCloseTo(5.0, within(1e-12));
        assertThat(aze.band()).isEqualTo(Band.LARGE_INCREASE);
        assertThat(aze.lastAsHigh()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(aze.record(r.week())).isEqualTo("highest in 3 years");

        assertThat(byDyad.get("ARM-RUS").band()).as("baseline <= 2 and <= 5 now").isEqualTo(Band.LIMITED_CHANGE);
        assertThat(byDyad.get("ARM-RUS").record(r.week())).as("3 events: above every week since 2019").isEqualTo("highest on record");
        assertThat(byDyad.get("ARM-FRA").band()).isEqualTo(Band.LARGE_DECREASE);
        assertThat(byDyad.get("ARM-FRA").change()).isCloseTo(-0.5, within(1e-12));
        assertThat(byDyad.get("ARM-USA").band()).isEqualTo(Band.MODERATE_INCREASE);
        assertThat(byDyad.get("ARM-USA").record(r.week())).isEmpty();

        assertThat(r.alerts()).extracting(Alert::band)
                .containsExactly(Band.LARGE_INCREASE, Band.MODERATE_INCREASE, Band.LARGE_DECREASE, Band.LIMITED_CHANGE);
    }

    @Test
    void aLongBaselineAFocusAndAValenceNarrowTheComparison() {
        Alerts.Result conflict = new Alerts(store).find(new Alerts.Query(WEEK.plusDays(6), 52, "aze", Valence.CONFLICT, null));
        assertThat(conflict.alerts()).singleElement().satisfies(a -> {
            assertThat(a.a() + "-" + a.b()).isEqualTo("ARM-AZE");
            assertThat(a.baselineMean()).isCloseTo(8 / 52.0, within(1e-12));
            assertThat(a.band()).isEqualTo(Band.LARGE_INCREASE);
        });
        Alerts.Result before = new Alerts(store).find(new Alerts.Query(WEEK.minusWeeks(1), 4, null, Valence.ALL, "orbit"));
        assertThat(before.week()).isEqualTo(WEEK.minusWeeks(1));
        assertThat(before.alerts()).extracting(Alert::band).containsOnly(Band.LIMITED_CHANGE, Band.LARGE_INCREASE);
    }

    @Test
    void bandsFollowTrendfindersThresholds() {
        assertThat(Band.of(126, 100)).isEqualTo(Band.LARGE_INCREASE);
        assertThat(Band.of(125, 100)).isEqualTo(Band.MODERATE_INCREASE);
        assertThat(Band.of(110, 100)).isEqualTo(Band.LIMITED_CHANGE);
        assertThat(Band.of(75, 100)).isEqualTo(Band.LIMITED_CHANGE);
        assertThat(Band.of(74, 100)).isEqualTo(Band.LARGE_DECREASE);
        assertThat(Band.of(5, 0)).isEqualTo(Band.LIMITED_CHANGE);
        assertThat(Band.of(6, 0)).isEqualTo(Band.LARGE_INCREASE);
        assertThat(Band.of(0, 2.5)).isEqualTo(Band.LARGE_DECREASE);
        assertThatThrownBy(() -> new Alerts.Query(null, 0, null, Valence.ALL, null)).hasMessageContaining("--baseline 0");
    }
}
