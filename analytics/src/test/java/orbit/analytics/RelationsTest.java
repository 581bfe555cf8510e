package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;

import orbit.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationsTest {
    @TempDir
    Path dir;

    EventStore store;
    Relations relations;

    @BeforeEach
    void store() {
        // January 2023: ARM->RUS two consultations (040, Goldstein +1.0) and an accusation (112, -2.0),
        // RUS->ARM aid (070, +7.0); March 2023: ARM->RUS a threat (130, -4.4). ARM also deals with FRA
        // and with itself (domestic, never in the share).
        store = new StoredEvents()
                .add("2023-01-05", "ARM", "RUS", "040")
                .add("2023-01-20", "ARM", "RUS", "040")
                .add("2023-01-21", "ARM", "RUS", "112")
                .add("2023-01-25", "RUS", "ARM", "070")
                .add("2023-01-26", "ARM", "FRA", "040")
                .add("2023-01-27", "FRA", "ARM", "040")
                .add("2023-01-28", "ARM", "ARM", "140")
                .add("2023-03-02", "ARM", "RUS", "130")
                .add("2023-03-03", "RUS", "AZE", "190")
                .store(dir);
        relations = new Relations(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void bothDirectionsCountEachQuadClassAndFillTheMonthWithoutEvents() {
        DyadSeries s = relations.dyad("ARM", "RUS", Direction.BOTH, new Window(Period.MONTH, null, null, null, 2));
        assertThat(s.periods()).extracting(DyadPeriod::label).containsExactly("2023-01", "2023-02", "2023-03");
        DyadPeriod jan = s.periods().get(0);
        assertThat(jan.verbalCooperation()).isEqualTo(2);
        assertThat(jan.materialCooperation()).isEqualTo(1);
        assertThat(jan.verbalConflict()).isEqualTo(1);
        assertThat(jan.materialConflict()).isZero();
        assertThat(jan.events()).isEqualTo(4);
        assertThat(jan.goldsteinSum()).isCloseTo(1.0 + 1.0 - 2.0 + 7.0, within(1e-9));
        assertThat(jan.goldsteinMean()).isCloseTo(7.0 / 4, within(1e-9));
        assertThat(jan.netCooperation()).isEqualTo(2);
        assertThat(jan.netCooperationRatio()).isCloseTo(0.5, within(1e-9));
        // ARM's events with other entities in January: 4 with RUS, 2 with FRA; the domestic one is not counted
        assertThat(jan.actorEvents()).isEqualTo(6);
        assertThat(jan.share()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(jan.lowCoverage()).isFalse();

        DyadPeriod feb = s.periods().get(1);
        assertThat(feb.events()).isZero();
        assertThat(feb.goldsteinMean()).isNaN();
        assertThat(feb.lowCoverage()).isTrue();

        DyadPeriod mar = s.periods().get(2);
        assertThat(mar.verbalConflict()).isEqualTo(1);
        assertThat(mar.netCooperation()).isEqualTo(-1);
        assertThat(mar.lowCoverage()).as("1 event < --min-events 2").isTrue();
    }

    @Test
    void directedCountsOnlyTheFirstEntitysActsAndItsActsAsSource() {
        DyadSeries s = relations.dyad("ARM", "RUS", Direction.DIRECTED, new Window(Period.MONTH, null, null, null, 0));
        DyadPeriod jan = s.periods().get(0);
        assertThat(jan.events()).isEqualTo(3);
        assertThat(jan.materialCooperation()).isZero();
        assertThat(jan.actorEvents()).as("ARM as source towards RUS x3 and FRA x1").isEqualTo(4);
        assertThat(s.periods().get(1).lowCoverage()).as("--min-events 0 flags nothing").isFalse();
    }

    @Test
    void theWindowCutsAndExtendsThePeriods() {
        DyadSeries q = relations.dyad("arm", "rus", Direction.BOTH,
                new Window(Period.QUARTER, LocalDate.of(2022, 10, 1), LocalDate.of(2023, 6, 30), null, 1));
        assertThat(q.a()).isEqualTo("ARM");
        assertThat(q.periods()).extracting(DyadPeriod::label).containsExactly("2022-Q4", "2023-Q1", "2023-Q2");
        assertThat(q.periods()).extracting(DyadPeriod::events).containsExactly(0L, 5L, 0L);
        DyadSeries cut = relations.dyad("ARM", "RUS", Direction.BOTH,
                new Window(Period.MONTH, LocalDate.of(2023, 1, 21), LocalDate.of(2023, 1, 31), null, 1));
        assertThat(cut.periods()).singleElement().extracting(DyadPeriod::events).isEqualTo(2L);
        DyadSeries otherDataset = relations.dyad("ARM", "RUS", Direction.BOTH, new Window(Period.YEAR, null, null, "gdelt", 1));
        assertThat(otherDataset.periods()).isEmpty();
    }

    @Test
    void theSeriesOfAMeasureHasOneValuePerPeriod() {
        DyadSeries s = relations.dyad("ARM", "RUS", Direction.BOTH, Window.monthly());
        assertThat(s.values(Measure.NETCOOP)).containsExactly(2, 0, -1);
        assertThat(s.values(Measure.COUNT)).containsExactly(4, 0, 1);
        assertThat(s.values(Measure.GOLDSTEIN)[2]).isCloseTo(-4.4, within(1e-9));
    }

    @Test
    void unknownEntitiesNameTheClosestIdAndSameEntityIsNoDyad() {
        assertThatThrownBy(() -> relations.dyad("ARN", "RUS", Direction.BOTH, Window.monthly()))
                .hasMessage("ARN is not an entity; did you mean ARM?");
        assertThatThrownBy(() -> relations.dyad("ARM", "arm", Direction.BOTH, Window.monthly()))
                .hasMessageContaining("a dyad needs two entities");
        assertThatThrownBy(() -> new Window(Period.MONTH, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1), null, 0))
                .hasMessage("the range 2024-01-01 to 2023-01-01 is empty: --from must not be after --to");
    }

    @Test
    void partnerSharesGiveTheHerfindahlIndexAndTheEffectiveNumberOfPartners() {
        PartnerSeries coop = relations.partners("ARM", null, Valence.COOPERATION, new Window(Period.MONTH, null, null, null, 0));
        assertThat(coop.periods()).extracting(Concentration::label).containsExactly("2023-01", "2023-02", "2023-03");
        Concentration jan = coop.periods().get(0);
        assertThat(jan.events()).isEqualTo(5);
        assertThat(jan.shares()).extracting(PartnerShare::partner).containsExactly("RUS", "FRA");
        assertThat(jan.shares()).extracting(PartnerShare::share).containsExactly(0.6, 0.4);
        assertThat(jan.hhi()).isCloseTo(0.52, within(1e-12));
        assertThat(jan.hhi10000()).isCloseTo(5200, within(1e-9));
        assertThat(jan.effectivePartners()).isCloseTo(1 / 0.52, within(1e-12));
        assertThat(jan.top().partner()).isEqualTo("RUS");
        assertThat(coop.periods().get(2).events()).as("March holds only a threat").isZero();
        assertThat(coop.periods().get(2).hhi()).isNaN();

        Concentration all = relations.partners("ARM", null, Valence.ALL, Window.monthly()).periods().get(0);
        assertThat(all.hhi()).isCloseTo((16 + 4) / 36.0, within(1e-12));
        assertThat(all.lowCoverage()).isFalse();
    }

    @Test
    void aChannelKeepsOnlyTheEventsOfItsDomain() {
        assertThat(Domain.of("0312")).isEqualTo(Domain.SECURITY);
        assertThat(Domain.of("190")).isEqualTo(Domain.SECURITY);
        assertThat(Domain.of("172")).as("administrative sanctions are diplomatic though 17 is security").isEqualTo(Domain.DIPLOMATIC);
        assertThat(Domain.of("1631")).isEqualTo(Domain.ECONOMIC);
        assertThat(Domain.of("040")).isEqualTo(Domain.DIPLOMATIC);
        PartnerSeries security = relations.partners("RUS", Domain.SECURITY, Valence.ALL, new Window(Period.YEAR, null, null, null, 0));
        assertThat(security.periods()).singleElement().satisfies(p -> {
            assertThat(p.shares()).containsExactly(new PartnerShare("AZE", 1, 1.0));
            assertThat(p.hhi()).isEqualTo(1.0);
        });
        PartnerSeries none = relations.partners("ARM", Domain.ECONOMIC, Valence.ALL, new Window(Period.YEAR, null, null, null, 0));
        assertThat(none.periods()).singleElement().satisfies(p -> {
            assertThat(p.events()).isZero();
            assertThat(p.top()).isNull();
        });
    }

    @Test
    void alignmentWeighsEachChannelAndTheContributionsAddUpToTheScore() {
        // January: with RUS verbal diplomatic +1 +1 -2 = 0 and material diplomatic +7 (aid); with FRA
        // (pole B through its membership of the EU pole) verbal diplomatic +1 +1 = 2. Sum of magnitudes 9.
        AlignmentSeries s = relations.alignment("ARM", new Pole("RUS", java.util.List.of()), new Pole("EU", java.util.List.of("FRA")),
                Measure.GOLDSTEIN, new Window(Period.MONTH, null, null, null, 3));
        AlignmentPeriod jan = s.periods().get(0);
        Channel verbalDiplomatic = new Channel(Channel.Mode.VERBAL, Domain.DIPLOMATIC);
        Channel materialDiplomatic = new Channel(Channel.Mode.MATERIAL, Domain.DIPLOMATIC);
        assertThat(jan.contributions().get(verbalDiplomatic)).isCloseTo(2 / 9.0, within(1e-12));
        assertThat(jan.contributions().get(materialDiplomatic)).isCloseTo(-7 / 9.0, within(1e-12));
        assertThat(jan.contributions().get(new Channel(Channel.Mode.MATERIAL, Domain.SECURITY))).isZero();
        assertThat(jan.score()).isCloseTo(-5 / 9.0, within(1e-12));
        assertThat(jan.contributions().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(jan.score(), within(1e-12));
        assertThat(jan.relationA()).isCloseTo(7, within(1e-12));
        assertThat(jan.relationB()).isCloseTo(2, within(1e-12));
        assertThat(jan.eventsA()).isEqualTo(4);
        assertThat(jan.eventsB()).isEqualTo(2);
        assertThat(jan.lowCoverage()).isFalse();
        assertThat(s.periods().get(1).score()).as("February: nothing to weigh").isNaN();
        AlignmentPeriod mar = s.periods().get(2);
        assertThat(mar.score()).as("a threat against pole A only: all the way to pole B").isEqualTo(1.0);
        assertThat(mar.lowCoverage()).isTrue();

        AlignmentSeries counted = relations.alignment("ARM", new Pole("RUS", java.util.List.of()), new Pole("FRA", java.util.List.of()),
                Measure.NETCOOP, Window.monthly());
        // netcoop: RUS verbal diplomatic +1 +1 -1 = 1, material +1; FRA verbal +2: (2 - 1 - 1) / 4 = 0
        assertThat(counted.periods().get(0).score()).isCloseTo(0, within(1e-12));
    }

    @Test
    void alignmentRefusesOverlappingPolesAndCounts() {
        assertThatThrownBy(() -> relations.alignment("ARM", new Pole("RUS", java.util.List.of("FRA")), new Pole("FRA", java.util.List.of()),
                Measure.GOLDSTEIN, Window.monthly())).hasMessage("FRA is in both poles (RUS and FRA); an entity can pull one way only");
        assertThatThrownBy(() -> relations.alignment("ARM", new Pole("RUS", java.util.List.of()), new Pole("EU", java.util.List.of("ARM")),
                Measure.GOLDSTEIN, Window.monthly())).hasMessageContaining("ARM is itself one of the poles' entities");
        assertThatThrownBy(() -> relations.alignment("ARM", new Pole("RUS", java.util.List.of()), new Pole("FRA", java.util.List.of()),
                Measure.COUNT, Window.monthly())).hasMessageContaining("a count has no direction");
        assertThatThrownBy(() -> relations.alignment("ARM", new Pole("RUS", java.util.List.of()), new Pole("FRS", java.util.List.of()),
                Measure.GOLDSTEIN, Window.monthly())).hasMessageStartingWith("FRS is not an entity; did you mean");
    }

    @Test
    void driversAreTheEventsThatMoveTheMeasureTheWayItChangedStrongestFirst() {
        DyadSeries s = relations.dyad("ARM", "RUS", Direction.BOTH, Window.monthly());
        LocalDate jan = LocalDate.of(2023, 1, 1);
        LocalDate apr = LocalDate.of(2023, 4, 1);
        assertThat(relations.drivers(s, Measure.GOLDSTEIN, jan, apr, -1, 10))
                .extracting(Driver::cameo).containsExactly("130", "112");
        assertThat(relations.drivers(s, Measure.GOLDSTEIN, jan, apr, +1, 2))
                .extracting(Driver::cameo).containsExactly("070", "040");
        java.util.List<Driver> up = relations.drivers(s, Measure.NETCOOP, jan, apr, +1, 10);
        assertThat(up).extracting(Driver::contribution).containsOnly(1.0);
        assertThat(up).extracting(Driver::cameo).as("equal contributions, larger Goldstein first").containsExactly("070", "040", "040");
        Driver first = up.get(0);
        assertThat(first.source()).isEqualTo("RUS");
        assertThat(first.date()).isEqualTo(LocalDate.of(2023, 1, 25));
        assertThat(first.url()).startsWith("https://example.org/");
        assertThat(first.text()).isNotEmpty();
        assertThat(relations.drivers(s, Measure.NETCOOP, LocalDate.of(2023, 3, 1), apr, -1, 10))
                .extracting(Driver::cameo).containsExactly("130");
    }

    @Test
    void allDyadsStreamEveryDirectedDyadsPeriodsWithEvents() {
        java.util.List<DyadCell> cells = new java.util.ArrayList<>();
        long n = relations.allDyads(Window.monthly(), cells::add);
        assertThat(n).isEqualTo(cells.size());
        assertThat(cells).extracting(c -> c.source() + ">" + c.target() + " " + c.start() + " " + c.events()).containsExactly(
                "ARM>FRA 2023-01-01 1", "ARM>RUS 2023-01-01 3", "ARM>RUS 2023-03-01 1", "FRA>ARM 2023-01-01 1",
                "RUS>ARM 2023-01-01 1", "RUS>AZE 2023-03-01 1");
        DyadCell armRus = cells.get(1);
        assertThat(armRus.verbalCooperation()).isEqualTo(2);
        assertThat(armRus.verbalConflict()).isEqualTo(1);
        assertThat(armRus.goldsteinSum()).isCloseTo(0.0, within(1e-12));
    }
}
