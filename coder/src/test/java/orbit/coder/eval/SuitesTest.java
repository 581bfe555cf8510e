package orbit.coder.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import orbit.core.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the PLOVER records' actors are read: what each record's source and target mean. */
class SuitesTest {

    private static GoldCase.Expected only(Path dir, String source, String target) throws IOException {
        String record = """
                [{"id": "X-DOCUMENT", "event": "DOCUMENT"},
                 {"id": "X-1", "date": "2000-01-01", "event": "AGREE", "text": "A sentence.", "source": %s %s}]
                """.formatted(source, target.isEmpty() ? "" : ", \"target\": " + target);
        Path file = dir.resolve("gsr.json");
        Files.writeString(file, record);
        List<GoldCase> cases = Suites.ploverGsr(file, Ontology.standard().entities());
        assertThat(cases).singleElement().satisfies(c -> assertThat(c.expected()).hasSize(1));
        return cases.get(0).expected().get(0);
    }

    @Test
    void anIgoIsTheOrganisationItsTextNamesElseAnyOrganisation(@TempDir Path dir) throws IOException {
        assertThat(only(dir, "[{\"actorText\": \"U.N. Security Council\", \"code\": \"IGO\"}]", "[{\"actorText\": \"Iraq\", \"code\": \"IRQ\"}]")
                .sources()).containsExactly("UN");
        assertThat(only(dir, "[{\"actorText\": \"The Red Cross\", \"code\": \"IGO\"}]", "[{\"actorText\": \"Iraq\", \"code\": \"IRQ\"}]")
                .sources()).containsExactly("ICRC");
        assertThat(only(dir, "[{\"actorText\": \"Physicians for Human Rights\", \"code\": \"IGO\"}]", "[{\"actorText\": \"Iraq\", \"code\": \"IRQ\"}]")
                .sources()).contains("UN", "EU", "NATO").doesNotContain("IRQ");
    }

    @Test
    void misspelledCountryCodesAreReadAsMeant(@TempDir Path dir) throws IOException {
        GoldCase.Expected x = only(dir, "[{\"actorText\": \"Italy\", \"code\": \"ITL\"}]", "[{\"actorText\": \"Tokyo\", \"code\": \"JAP\"}]");
        assertThat(x.sources()).containsExactly("ITA");
        assertThat(x.targets()).containsExactly("JPN");
    }

    @Test
    void twoSourcesWithoutATargetActOnEachOtherAndOneSourceOnNobody(@TempDir Path dir) throws IOException {
        assertThat(only(dir, "[{\"actorText\": \"Jordan\", \"code\": \"JOR\"}, {\"actorText\": \"Britain\", \"code\": \"GBR\"}]", "\"\"")
                .targets()).isEmpty();
        assertThat(only(dir, "[{\"actorText\": \"Sudanese government\", \"code\": \"SDN\"}, {\"actorText\": \"SPLM/A\", \"code\": \"SDN\"}]", "")
                .targets()).containsExactly("SDN");
        assertThat(only(dir, "[{\"actorText\": \"President Akayev\", \"code\": \"KGZ\"}]", "").targets()).isEqualTo(Set.of(""));
        assertThat(only(dir, "[{\"actorText\": \"US Predator attacks\", \"code\": \"USA\"}]", "[{\"actorText\": \"al-Qaeda leaders\", \"code\": \"IMG\"}]")
                .targets()).containsExactly("IMG");
    }
}
