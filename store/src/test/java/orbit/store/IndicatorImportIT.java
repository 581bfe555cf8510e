package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import orbit.core.IndicatorObservation;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Indicator CSV import into a real store file: whole files or nothing, idempotent, corrections replace. */
class IndicatorImportIT {
    private static final String HEADER = "date,entity,partner,indicator,value,source\n";
    private static final String POLLS = HEADER
            + "2019,ARM,RUS,poll_relations_good_pct,93,IRI\n"
            + "2023-12,ARM,RUS,poll_relations_good_pct,31,\"IRI, December 2023\"\n"
            + "2023-12-15,ARM,,poll_right_direction_pct,40.5,IRI\n";

    @TempDir
    Path dir;

    private EventStore open() {
        return EventStore.open(dir.resolve("s.duckdb"));
    }

    private IndicatorImportReport importAll(EventStore store, Path... files) {
        return store.indicators().importFiles(List.of(files));
    }

    @Test
    void importsEveryRowWithMonthAndYearMeaningTheirFirstDay() {
        Path polls = TempStore.write(dir, "polls.csv", POLLS);
        try (EventStore store = open()) {
            IndicatorImportReport r = importAll(store, polls);
            assertThat(r.files()).containsExactly(new IndicatorImportReport.FileReport(polls.toString(), 3, 3, 0, 0));
            assertThat(store.indicators().observations(IndicatorQuery.of("ARM"))).containsExactly(
                    new IndicatorObservation(LocalDate.of(2019, 1, 1), "ARM", "RUS", "poll_relations_good_pct", 93, "IRI"),
                    new IndicatorObservation(LocalDate.of(2023, 12, 1), "ARM", "RUS", "poll_relations_good_pct", 31,
                            "IRI, December 2023"),
                    new IndicatorObservation(LocalDate.of(2023, 12, 15), "ARM", "", "poll_right_direction_pct", 40.5, "IRI"));
        }
    }

    @Test
    void columnsMayComeInAnyOrderWithQuotedValuesBlankLinesAndCrlf() {
        Path f = TempStore.write(dir, "any.csv", "\uFEFFsource,value,indicator,partner,entity,date\r\n\r\n"
                + "\"SIPRI, \"\"Trends\"\" 2021\",94,arms_import_share_pct,RUS,ARM,2020\r\n");
        try (EventStore store = open()) {
            assertThat(importAll(store, f).added()).isEqualTo(1);
            assertThat(store.indicators().observations(IndicatorQuery.of("ARM"))).containsExactly(
                    new IndicatorObservation(LocalDate.of(2020, 1, 1), "ARM", "RUS", "arms_import_share_pct", 94,
                            "SIPRI, \"Trends\" 2021"));
        }
    }

    @Test
    void importingTheSameFileAgainAddsNothingAndReportsEveryRowUnchanged() {
        Path polls = TempStore.write(dir, "polls.csv", POLLS);
        try (EventStore store = open()) {
            importAll(store, polls);
            IndicatorImportReport again = importAll(store, polls);
            assertThat(again.files()).containsExactly(new IndicatorImportReport.FileReport(polls.toString(), 3, 0, 3, 0));
            assertThat(store.indicators().count()).isEqualTo(3);
        }
    }

    @Test
    void aCorrectedValueForTheSameKeyReplacesTheStoredOne() throws Exception {
        Path polls = TempStore.write(dir, "polls.csv", POLLS);
        try (EventStore store = open()) {
            importAll(store, polls);
            Path fixed = TempStore.write(dir, "fixed.csv", HEADER
                    + "2019-01-01,ARM,RUS,poll_relations_good_pct,88,IRI\n"
                    + "2023-12,ARM,RUS,poll_relations_good_pct,31,\"IRI, December 2023\"\n"
                    + "2024-09,ARM,RUS,poll_relations_good_pct,35,IRI\n");
            IndicatorImportReport r = importAll(store, fixed);
            assertThat(r.files()).containsExactly(new IndicatorImportReport.FileReport(fixed.toString(), 3, 1, 1, 1));
            assertThat(store.indicators().observations(IndicatorQuery.of("ARM").withPartner("RUS"))
                    .stream().map(IndicatorObservation::value)).containsExactly(88.0, 31.0, 35.0);
            assertThat(store.indicators().count()).isEqualTo(4);
            try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT file, line FROM indicators WHERE date = DATE '2019-01-01'")) {
                rs.next();
                assertThat(rs.getString(1)).as("the stored row names the file that set its value").isEqualTo(fixed.toString());
                assertThat(rs.getInt(2)).isEqualTo(2);
            }
        }
    }

    @Test
    void listsEachIndicatorPerEntityAndPartnerWithCountAndRange() {
        Path polls = TempStore.write(dir, "polls.csv", POLLS);
        try (EventStore store = open()) {
            importAll(store, polls);
            assertThat(store.indicators().list(null)).containsExactly(
                    new IndicatorSummary("poll_relations_good_pct", "ARM", "RUS", 2, LocalDate.of(2019, 1, 1),
                            LocalDate.of(2023, 12, 1)),
                    new IndicatorSummary("poll_right_direction_pct", "ARM", "", 1, LocalDate.of(2023, 12, 15),
                            LocalDate.of(2023, 12, 15)));
            assertThat(store.indicators().list("AZE")).isEmpty();
        }
    }

    @Test
    void observationsNarrowByPartnerIndicatorAndDates() {
        Path polls = TempStore.write(dir, "polls.csv", POLLS);
        try (EventStore store = open()) {
            importAll(store, polls);
            IndicatorStore s = store.indicators();
            assertThat(s.observations(IndicatorQuery.of("ARM").withPartner(""))).extracting(IndicatorObservation::indicator)
                    .containsExactly("poll_right_direction_pct");
            assertThat(s.observations(IndicatorQuery.of("ARM").withIndicator("poll_relations_good_pct")
                    .between(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 1)))).extracting(IndicatorObservation::value)
                    .containsExactly(31.0);
            assertThatThrownBy(() -> s.observations(IndicatorQuery.of("ARN")))
                    .hasMessage("ARN is not an entity; did you mean ARM?");
        }
    }

    @Test
    void anOlderLayoutGainsTheIndicatorsTableAndKeepsItsEvents() throws Exception {
        Path db = dir.resolve("old.duckdb");
        try (EventStore store = EventStore.open(db); Statement st = store.connection().createStatement()) {
            st.execute("DROP TABLE indicators");
            st.execute("UPDATE orbit_meta SET value = '2' WHERE key = 'schema_version'");
        }
        try (EventStore store = EventStore.open(db)) {
            assertThat(importAll(store, TempStore.write(dir, "polls.csv", POLLS)).added()).isEqualTo(3);
            try (Statement st = store.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT value FROM orbit_meta WHERE key = 'schema_version'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("3");
            }
        }
    }

    static Stream<Arguments> badFiles() {
        String row = "2024,ARM,RUS,poll_trust_russia_pct,31,IRI\n";
        return Stream.of(
                Arguments.of("not a number", HEADER + row + row.replace("2024", "2023") + "2022,ARM,RUS,poll_trust_russia_pct,n/a,IRI\n",
                        "line 4 of %s: value 'n/a' is not a number; write a number such as 31.5 or leave the line out"),
                Arguments.of("empty value", HEADER + "2022,ARM,RUS,poll_trust_russia_pct,,IRI\n",
                        "line 2 of %s: value is empty; write a number such as 31.5 or leave the line out"),
                Arguments.of("unknown entity", HEADER + row.replace(",ARM,", ",ARN,"),
                        "line 2 of %s: entity 'ARN' is not a known entity id; did you mean ARM? (`orbit entities` lists the known ids)"),
                Arguments.of("unknown partner without a close id", HEADER + row.replace(",RUS,", ",RUSSIA,"),
                        "line 2 of %s: partner 'RUSSIA' is not a known entity id; `orbit entities` lists the known ids"),
                Arguments.of("partner is the entity", HEADER + row.replace(",RUS,", ",ARM,"),
                        "line 2 of %s: partner 'ARM' is the entity itself; leave partner empty for a figure about ARM alone"),
                Arguments.of("bad date", HEADER + row.replace("2024,", "2024-13-01,"),
                        "line 2 of %s: date '2024-13-01' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, such as 2024-03-15, 2024-03 or 2024"),
                Arguments.of("day-first date", HEADER + row.replace("2024,", "15/03/2024,"),
                        "line 2 of %s: date '15/03/2024' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, such as 2024-03-15, 2024-03 or 2024"),
                Arguments.of("bad indicator name", HEADER + row.replace("poll_trust_russia_pct", "Trust in Russia"),
                        "line 2 of %s: indicator 'Trust in Russia' is not a name; use lower-case letters, digits and underscores, "
                                + "starting with a letter, such as poll_trust_russia_pct"),
                Arguments.of("empty source", HEADER + row.replace(",IRI", ","),
                        "line 2 of %s: source is empty; name the publication the figure comes from, with its URL if it has one"),
                Arguments.of("missing column", "date,entity,partner,indicator,value\n2024,ARM,RUS,poll_trust_russia_pct,31\n",
                        "line 1 of %s: the header lacks the column 'source'; the header names date,entity,partner,indicator,value,source (any order)"),
                Arguments.of("unknown column", "date,entity,partner,indicator,value,source,note\n" + row.strip() + ",x\n",
                        "line 1 of %s: the header has an unknown column 'note'; the columns are date, entity, partner, indicator, value and source"),
                Arguments.of("no header", row,
                        "line 1 of %s: the file has no header; its first line must name the columns date,entity,partner,indicator,value,source (any order)"),
                Arguments.of("empty file", "",
                        "%s is empty; an indicator file starts with the header date,entity,partner,indicator,value,source"),
                Arguments.of("unquoted comma", HEADER + "2024,ARM,RUS,poll_trust_russia_pct,31,IRI, Armenia poll\n",
                        "line 2 of %s has 7 fields, the header has 6; quote a value that holds a comma, as in \"Caucasus Barometer, 2019\""),
                Arguments.of("unclosed quote", HEADER + "2024,ARM,RUS,poll_trust_russia_pct,31,\"IRI\n",
                        "line 2 of %s: a quoted value is not closed; end it with a quote"),
                Arguments.of("duplicate key", HEADER + row + "2024-01-01,ARM,RUS,poll_trust_russia_pct,33,IRI\n",
                        "line 3 of %s repeats the date, entity, partner, indicator and source of line 2; keep one of the two lines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRejectedWholeWithFileLineFieldAndFixAndTheStoreIsUnchanged(String what, String content, String message) {
        Path good = TempStore.write(dir, "good.csv", POLLS);
        Path bad = TempStore.write(dir, "bad.csv", content);
        try (EventStore store = open()) {
            importAll(store, good);
            long before = store.indicators().count();
            List<IndicatorObservation> stored = store.indicators().observations(IndicatorQuery.of("ARM"));
            Path changedGood = TempStore.write(dir, "good2.csv", POLLS.replace(",93,", ",90,"));
            assertThatThrownBy(() -> importAll(store, changedGood, bad))
                    .isInstanceOf(OrbitException.class)
                    .hasMessage(message.formatted(bad))
                    .extracting(e -> ((OrbitException) e).kind()).isEqualTo(OrbitException.ErrorKind.USER);
            assertThat(store.indicators().count()).isEqualTo(before);
            assertThat(store.indicators().observations(IndicatorQuery.of("ARM")))
                    .as("the good file given with the bad one changed nothing either").isEqualTo(stored);
        }
    }

    @Test
    void everyProblemOfEveryFileIsListedOneALine() {
        Path a = TempStore.write(dir, "a.csv", HEADER + "2024,ARM,RUS,x,31,IRI\n2024,ARM,RUS,x,n/a,\n");
        Path b = TempStore.write(dir, "b.csv", HEADER + "2024,ARM,RUS,x,31,IRI\n");
        try (EventStore store = open()) {
            assertThatThrownBy(() -> importAll(store, a, b)).hasMessage(String.join("\n",
                    "line 3 of " + a + ": value 'n/a' is not a number; write a number such as 31.5 or leave the line out",
                    "line 3 of " + a + ": source is empty; name the publication the figure comes from, with its URL if it has one",
                    "line 2 of " + b + " repeats the date, entity, partner, indicator and source of line 2 of " + a
                            + "; keep one of the two lines"));
            assertThat(store.indicators().count()).isZero();
        }
    }

    @Test
    void afterTwentyProblemsTheRestAreCounted() {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; i < 23; i++) {
            content.append("2024,ARM,RUS,x").append(i).append(",n/a,IRI\n");
        }
        Path f = TempStore.write(dir, "many.csv", content.toString());
        try (EventStore store = open()) {
            assertThatThrownBy(() -> importAll(store, f)).satisfies(e -> {
                String[] lines = e.getMessage().split("\n");
                assertThat(lines).hasSize(21);
                assertThat(lines[19]).startsWith("line 21 of " + f + ": value 'n/a'");
                assertThat(lines[20]).isEqualTo("and 3 more problems");
            });
        }
    }

    @Test
    void aMissingFileIsNamed() {
        try (EventStore store = open()) {
            Path nope = dir.resolve("nope.csv");
            assertThatThrownBy(() -> importAll(store, nope)).hasMessage(nope + " does not exist; check the path");
        }
    }
}
