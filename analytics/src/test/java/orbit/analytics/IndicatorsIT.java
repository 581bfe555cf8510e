package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import orbit.store.EventStore;
import orbit.store.IndicatorQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicator series per period over a real store file: means per period, periods without figures absent. */
class IndicatorsIT {
    private static final String FILE = """
            date,entity,partner,indicator,value,source
            2019-05,ARM,RUS,poll_relations_good_pct,88,Armenpress
            2019,ARM,RUS,poll_relations_good_pct,93,Azatutyun
            2023-01,ARM,RUS,poll_relations_good_pct,50,Azatutyun
            2023-12,ARM,RUS,poll_relations_good_pct,31,Mediamax
            2023-12-20,ARM,RUS,poll_relations_good_pct,32,OC Media
            2024-09,ARM,RUS,poll_relations_good_pct,35,TASS
            2023-01,ARM,EU,trade_share_pct,15,Azatutyun
            2023-01,ARM,RUS,trade_share_pct,35,Azatutyun
            2024-09,AZE,RUS,poll_relations_good_pct,70,made up for the test
            """;

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void importFile() throws Exception {
        Path f = dir.resolve("i.csv");
        Files.writeString(f, FILE);
        store = EventStore.open(dir.resolve("s.duckdb"));
        store.indicators().importFiles(List.of(f));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private static IndicatorSeries.Point point(String start, String label, double mean, double min, double max, long n,
            String... sources) {
        return new IndicatorSeries.Point(LocalDate.parse(start), label, mean, min, max, n, List.of(sources));
    }

    @Test
    void yearlyValuesAreTheMeansOfTheObservationsInEachYearAndYearsWithoutOnesAreAbsent() {
        List<IndicatorSeries> s = new Indicators(store).series(
                IndicatorQuery.of("ARM").withPartner("RUS").withIndicator("poll_relations_good_pct"), Period.YEAR);
        assertThat(s).containsExactly(new IndicatorSeries("ARM", "RUS", "poll_relations_good_pct", Period.YEAR, List.of(
                point("2019-01-01", "2019", 90.5, 88, 93, 2, "Armenpress", "Azatutyun"),
                point("2023-01-01", "2023", 113.0 / 3, 31, 50, 3, "Azatutyun", "Mediamax", "OC Media"),
                point("2024-01-01", "2024", 35, 35, 35, 1, "TASS"))));
    }

    @Test
    void quartersMonthsAndWeeksCutAsPeriodDoes() {
        Indicators indicators = new Indicators(store);
        IndicatorQuery q = IndicatorQuery.of("ARM").withPartner("RUS").withIndicator("poll_relations_good_pct")
                .between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(indicators.series(q, Period.QUARTER).get(0).points()).containsExactly(
                point("2023-01-01", "2023-Q1", 50, 50, 50, 1, "Azatutyun"),
                point("2023-10-01", "2023-Q4", 31.5, 31, 32, 2, "Mediamax", "OC Media"),
                point("2024-07-01", "2024-Q3", 35, 35, 35, 1, "TASS"));
        assertThat(indicators.series(q, Period.MONTH).get(0).points()).extracting(IndicatorSeries.Point::label)
                .containsExactly("2023-01", "2023-12", "2024-09");
        assertThat(indicators.series(q, Period.WEEK).get(0).points()).containsExactly(
                point("2022-12-26", "2022-W52", 50, 50, 50, 1, "Azatutyun"),
                point("2023-11-27", "2023-W48", 31, 31, 31, 1, "Mediamax"),
                point("2023-12-18", "2023-W51", 32, 32, 32, 1, "OC Media"),
                point("2024-08-26", "2024-W35", 35, 35, 35, 1, "TASS"));
    }

    @Test
    void withoutIndicatorOrPartnerEverySeriesOfTheEntityComesOrderedByIndicatorAndPartner() {
        List<IndicatorSeries> s = new Indicators(store).series(IndicatorQuery.of("ARM"), Period.YEAR);
        assertThat(s).extracting(x -> x.indicator() + "/" + x.partner() + "/" + x.points().size())
                .containsExactly("poll_relations_good_pct/RUS/3", "trade_share_pct/EU/1", "trade_share_pct/RUS/1");
    }

    @Test
    void nothingStoredGivesNoSeriesAndAnUnknownEntityIsNamed() {
        Indicators indicators = new Indicators(store);
        assertThat(indicators.series(IndicatorQuery.of("GEO"), Period.YEAR)).isEmpty();
        assertThatThrownBy(() -> indicators.series(IndicatorQuery.of("ARM").withPartner("RYS"), Period.YEAR))
                .hasMessage("RYS is not an entity; did you mean RUS?");
    }
}
