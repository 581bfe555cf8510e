package orbit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;

class CameoTableTest {
    private final CameoTable table = Ontology.standard().cameo();

    @Test
    void hasEveryRootWithItsQuadClass() {
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            CameoCode c = table.require(root);
            QuadClass expected = r <= 5 ? QuadClass.VERBAL_COOPERATION
                    : r <= 9 ? QuadClass.MATERIAL_COOPERATION
                    : r <= 14 ? QuadClass.VERBAL_CONFLICT : QuadClass.MATERIAL_CONFLICT;
            assertThat(c.quadClass()).as(root).isEqualTo(expected);
        }
    }

    @Test
    void everyCodeHasItsParentsInTheTable() {
        for (CameoCode c : table.codes()) {
            assertThat(table.find(c.root())).as("root of " + c.code()).isPresent();
            assertThat(table.find(c.base())).as("base of " + c.code()).isPresent();
            assertThat(c.name()).as("name of " + c.code()).isNotBlank().doesNotStartWith(" ");
            assertThat(c.goldstein()).as("Goldstein of " + c.code()).isBetween(-10.0, 10.0);
        }
        assertThat(table.codes()).hasSizeGreaterThan(300);
    }

    @Test
    void knowsNamesGoldsteinAndPloverOfWellKnownCodes() {
        CameoCode visit = table.require("042");
        assertThat(visit.name()).isEqualTo("Make a visit");
        assertThat(visit.goldstein()).isEqualTo(1.9);
        assertThat(visit.plover()).isEqualTo("CONSULT");
        assertThat(visit.mode()).isEqualTo("visit");
        assertThat(table.require("190").plover()).isEqualTo("ASSAULT");
        assertThat(table.require("0874").plover()).isEqualTo("RETREAT");
        assertThat(table.require("016").goldstein()).isEqualTo(-2.0);
        assertThat(table.require("163").goldstein()).isEqualTo(-8.0);
        assertThat(table.require("0874").root()).isEqualTo("08");
    }

    @Test
    void rejectsAnUnknownCodeNamingIt() {
        assertThatThrownBy(() -> table.require("0999"))
                .isInstanceOf(OrbitException.class)
                .hasMessageContaining("'0999' is not a CAMEO event code");
    }

    @Test
    void placesPloverTypesOnTheirMostGeneralCameoCode() {
        assertThat(table.forPlover("CONSULT", "").orElseThrow().code()).isEqualTo("04");
        assertThat(table.forPlover("CONSULT", "visit").orElseThrow().code()).isEqualTo("042");
        assertThat(table.forPlover("NOT-A-TYPE", "")).isEmpty();
    }

    @Test
    void resolvesEveryEventCodeAndGoldsteinOfTheRealGdeltExport() throws IOException {
        var file = SharedData.gdeltExport();
        int rows = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            CameoCode c = table.require(f[26]);
            assertThat(c.goldstein()).as("Goldstein of " + f[26]).isEqualTo(Double.parseDouble(f[30]));
            assertThat(c.quadClass().number()).as("QuadClass of " + f[26]).isEqualTo(Integer.parseInt(f[29]));
            rows++;
        }
        assertThat(rows).isEqualTo(909);
    }

    @Test
    void resolvesEveryEventCodeOfTheRealIcewsSample() throws IOException {
        var file = SharedData.icewsSample();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int col = List.of(lines.get(0).split("\t")).indexOf("CAMEO Code");
        Set<String> codes = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            codes.add(line.split("\t", -1)[col]);
        }
        assertThat(codes).hasSizeGreaterThan(100);
        assertThat(codes).allSatisfy(code -> assertThat(table.find(code)).as(code).isPresent());
    }

    @Test
    void agreesWithThePloverMappingForEveryCodeItLists() throws IOException {
        var file = SharedData.cameoToPlover();
        Map<String, String> mapped = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.matches("^\\d{2,4}:.*")) {
                continue;
            }
            String code = line.substring(0, line.indexOf(':'));
            String type = line.substring(line.indexOf(':') + 1).split("[,#]")[0].strip();
            mapped.putIfAbsent(code, type);
        }
        assertThat(mapped).hasSizeGreaterThan(250);
        int checked = 0;
        for (var e : mapped.entrySet()) {
            if (table.find(e.getKey()).isPresent()) {
                assertThat(table.require(e.getKey()).plover()).as(e.getKey()).isEqualTo(e.getValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(250);
    }
}
