package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import orbit.core.Event;
import orbit.core.Sector;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcewsImportIT {
    @TempDir
    Path dir;

    @Test
    void importsTheRealSampleWithActorsOnEntitiesAndSectors() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ImportReport r = TempStore.importAll(store, SharedData.icewsSample());
            assertThat(r.files().get(0).format()).isEqualTo(EventFormat.ICEWS);
            assertThat(r.rowsRead()).isEqualTo(3705);
            assertThat(r.imported()).isEqualTo(3705);
            assertThat(r.rejected()).isZero();

            // 32889836: Foreign Affairs (Bangladesh) consults High Ranking Military Personnel (Vietnam), 2018-06-01
            Event e = store.events(EventQuery.all()).stream().filter(x -> x.id().equals("icews:32889836")).findFirst().orElseThrow();
            assertThat(e.date()).hasToString("2018-06-01");
            assertThat(e.source().name()).isEqualTo("Foreign Affairs (Bangladesh)");
            assertThat(e.source().entity()).isEqualTo("BGD");
            assertThat(e.source().sectors()).containsExactly(Sector.GOV);
            assertThat(e.target().entity()).isEqualTo("VNM");
            assertThat(e.target().sectors()).containsExactly(Sector.MIL, Sector.GOV);
            assertThat(e.cameo()).isEqualTo("040");
            assertThat(e.goldstein()).isEqualTo(1.0);
            assertThat(e.evidence().doc()).isEqualTo("47400351");
            assertThat(e.evidence().sentence()).isEqualTo(2);
            assertThat(e.actionPlace().name()).isEqualTo("Hanoi, Thanh Pho Ha Noi, Vietnam");
            assertThat(e.actionPlace().country()).as("FIPS code of Vietnam").isEqualTo("VM");
            assertThat(e.actionPlace().lat()).isEqualTo(21.0245);
        }
    }

    @Test
    void resolvesCitizensAndOrganisationsByName() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            TempStore.importAll(store, SharedData.icewsSample());
            List<Event> all = store.events(EventQuery.all());
            assertThat(all).filteredOn(e -> e.source().name().equals("Citizen (India)"))
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.source().entity()).isEqualTo("IND"));
            assertThat(all).filteredOn(e -> e.source().name().equals("European Union"))
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.source().entity()).isEqualTo("EU"));
            long withCountry = all.stream().filter(e -> !e.source().entity().isEmpty()).count();
            assertThat(withCountry).as("sources mapped to an entity").isGreaterThan(3500);
        }
    }
}
