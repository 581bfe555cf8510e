package orbit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;

class EntityDictionaryTest {
    private final EntityDictionary entities = Ontology.standard().entities();

    @Test
    void holdsEveryIso3166StateAndTheDesignsOrganisations() {
        long states = entities.entities().stream().filter(e -> e.kind() == Entity.Kind.STATE).count();
        assertThat(states).isGreaterThanOrEqualTo(249);
        for (String org : List.of("EU", "NATO", "CSTO", "UN", "EAEU", "OSCE", "CIS", "AU", "ASEAN", "OPEC", "IMF", "WB", "WTO",
                "ICC", "IAEA", "WHO", "G7", "G20", "BRICS", "SCO", "COE", "OAS", "ARABLEAGUE", "GCC")) {
            assertThat(entities.byId(org)).as(org).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Entity.Kind.ORGANISATION));
        }
        Entity arm = entities.require("ARM");
        assertThat(arm.name()).isEqualTo("Armenia");
        assertThat(arm.capital()).isEqualTo("Yerevan");
        assertThat(arm.demonyms()).contains("Armenian");
        assertThat(arm.fips()).containsExactly("AM");
    }

    @Test
    void keepsFipsGeographyApartFromIsoActorCodes() {
        assertThat(entities.byFips("AM").orElseThrow().id()).isEqualTo("ARM");
        assertThat(entities.byFips("RS").orElseThrow().id()).isEqualTo("RUS");
        assertThat(entities.byFips("AJ").orElseThrow().id()).isEqualTo("AZE");
        // "AM" is Armenia in FIPS; as a CAMEO/ISO code it is nothing
        assertThat(entities.byCameo("AM")).isEmpty();
    }

    @Test
    void resolvesCameoCodesThatDifferFromIso() {
        assertThat(entities.byCameo("ROM").orElseThrow().id()).isEqualTo("ROU");
        assertThat(entities.byCameo("NAT").orElseThrow().id()).isEqualTo("NATO");
        assertThat(entities.byCameo("EUR")).as("a region, not an entity").isEmpty();
    }

    @Test
    void findsEntitiesByTheNamesIcewsUses() {
        assertThat(entities.byName("Russian Federation").orElseThrow().id()).isEqualTo("RUS");
        assertThat(entities.byName("european union").orElseThrow().id()).isEqualTo("EU");
    }

    @Test
    void suggestsTheClosestIdForATypo() {
        assertThatThrownBy(() -> entities.require("ARN"))
                .isInstanceOf(OrbitException.class)
                .hasMessage("ARN is not an entity; did you mean ARM?");
    }

    @Test
    void resolvesEveryGeographyCountryCodeOfTheRealGdeltExport() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String line : Files.readAllLines(SharedData.gdeltExport(), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            for (int col : new int[] {37, 45, 53}) {
                if (!f[col].isEmpty() && entities.byFips(f[col]).isEmpty()) {
                    missing.add(f[col]);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void resolvesEveryCountryOfTheRealIcewsSample() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.icewsSample(), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        Set<String> missing = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            for (String col : List.of("Source Country", "Target Country", "Country")) {
                String v = f[header.indexOf(col)];
                if (!v.equals("NA") && entities.byName(v).isEmpty()) {
                    missing.add(v);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
