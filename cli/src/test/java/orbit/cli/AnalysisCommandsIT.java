package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands over the repository's hand-coded Armenia events (samples/events), each
 * figure checked against a plain reading of the file.
 */
class AnalysisCommandsIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static String db;
    static List<JsonNode> events;

    /** One import for all tests: the commands only read the store. */
    @BeforeAll
    static void importSampleEvents() throws IOException {
        Path file = Path.of("..", "samples", "events", "armenia-2018-2025.jsonl").toAbsolutePath().normalize();
        assertThat(file).as("the repository's sample events").isRegularFile();
        events = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        db = dir.resolve("a.duckdb").toString();
        assertThat(Cli.run("import", "--db", db, file.toString()).exit()).isZero();
    }

    private static boolean between(JsonNode e, String a, String b) {
        String s = e.path("source_entity").asText();
        String t = e.path("target_entity").asText();
        return (s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a));
    }

    @Test
    void dyadByYearCountsEachQuadClassAsTheFileHasThem() throws IOException {
        Map<String, int[]> expected = new TreeMap<>();
        for (JsonNode e : events) {
            if (between(e, "ARM", "RUS")) {
                expected.computeIfAbsent(e.get("date").asText().substring(0, 4), k -> new int[5])[e.get("quad_class").asInt()]++;
            }
        }
        assertThat(expected).hasSizeGreaterThan(3);
        Cli r = Cli.run("dyad", "ARM", "RUS", "--db", db, "--by", "year", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out()).get("rows");
        for (JsonNode row : rows) {
            int[] q = expected.getOrDefault(row.get("period").asText(), new int[5]);
            assertThat(row.get("q1").asInt()).as(row.get("period").asText()).isEqualTo(q[1]);
            assertThat(row.get("q2").asInt()).isEqualTo(q[2]);
            assertThat(row.get("q3").asInt()).isEqualTo(q[3]);
            assertThat(row.get("q4").asInt()).isEqualTo(q[4]);
            assertThat(row.get("netcoop").asInt()).isEqualTo(q[1] + q[2] - q[3] - q[4]);
        }
        assertThat(rows).extracting(n -> n.get("period").asText()).containsAll(expected.keySet());
    }

    @Test
    void partnersSharesAddUpAndTheTopPartnerIsTheFilesMostFrequent() throws IOException {
        Map<String, Integer> partners2023 = new TreeMap<>();
        for (JsonNode e : events) {
            String s = e.path("source_entity").asText();
            String t = e.path("target_entity").asText();
            if (e.get("date").asText().startsWith("2023") && e.get("quad_class").asInt() <= 2 && !s.equals(t) && !s.isEmpty() && !t.isEmpty()
                    && (s.equals("ARM") || t.equals("ARM"))) {
                partners2023.merge(s.equals("ARM") ? t : s, 1, Integer::sum);
            }
        }
        int total = partners2023.values().stream().mapToInt(Integer::intValue).sum();
        double hhi = partners2023.values().stream().mapToDouble(n -> (double) n / total * n / total).sum();
        Cli r = Cli.run("partners", "ARM", "--db", db, "--from", "2023-01-01", "--to", "2023-12-31", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode row = JSON.readTree(r.out()).get("rows").get(0);
        assertThat(row.get("events").asInt()).isEqualTo(total);
        assertThat(row.get("partners").asInt()).isEqualTo(partners2023.size());
        assertThat(row.get("hhi").asDouble()).isCloseTo(hhi, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(row.get("effective_partners").asDouble()).isCloseTo(1 / hhi, org.assertj.core.api.Assertions.within(1e-9));
        int max = partners2023.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(partners2023.get(row.get("top_partner").asText())).isEqualTo(max);
    }

    @Test
    void alignmentContributionsAddUpToTheScoreInEveryPeriod() throws IOException {
        Cli r = Cli.run("alignment", "ARM", "--poles", "RUS,EU", "--members", "EU=FRA,DEU", "--db", db, "--by", "year", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("pole_b").asText()).isEqualTo("EU with FRA,DEU (score +1)");
        int scored = 0;
        for (JsonNode row : doc.get("rows")) {
            if (row.get("score").isNull()) {
                continue;
            }
            scored++;
            double sum = 0;
            for (String c : List.of("verbal_diplomatic", "verbal_security", "verbal_economic", "material_diplomatic", "material_security",
                    "material_economic")) {
                sum += row.get(c).asDouble();
            }
            assertThat(sum).as(row.get("period").asText()).isCloseTo(row.get("score").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(row.get("score").asDouble()).isBetween(-1.0, 1.0);
        }
        assertThat(scored).isGreaterThan(3);
    }

    @Test
    void tablesAndCsvCarryTheSameRows() {
        Cli table = Cli.run("dyad", "ARM", "AZE", "--db", db, "--by", "year");
        Cli csv = Cli.run("dyad", "ARM", "AZE", "--db", db, "--by", "year", "--format", "csv");
        assertThat(table.exit()).isZero();
        assertThat(csv.exit()).isZero();
        long tableRows = table.out().lines().filter(l -> l.matches("^20\\d\\d .*")).count();
        long csvRows = csv.out().lines().filter(l -> l.matches("^20\\d\\d,.*")).count();
        assertThat(tableRows).isEqualTo(csvRows).isGreaterThan(3);
        assertThat(csv.out()).contains("period,start,events,q1,q2,q3,q4,goldstein_sum");
    }

    @Test
    void badInputNamesTheFixAndExitsTwo() {
        Cli unknown = Cli.run("dyad", "ARN", "RUS", "--db", db);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("ARN is not an entity; did you mean ARM?");
        Cli empty = Cli.run("dyad", "ARM", "RUS", "--db", db, "--from", "2024-01-01", "--to", "2023-01-01");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("the range 2024-01-01 to 2023-01-01 is empty");
        Cli period = Cli.run("partners", "ARM", "--db", db, "--by", "fortnight");
        assertThat(period.exit()).isEqualTo(2);
        assertThat(period.err()).contains("'fortnight' is not a period");
        Cli poles = Cli.run("alignment", "ARM", "--poles", "RUS", "--db", db);
        assertThat(poles.exit()).isEqualTo(2);
        assertThat(poles.err()).contains("--poles takes two entity ids");
        Cli members = Cli.run("alignment", "ARM", "--poles", "RUS,EU", "--members", "NATO=USA", "--db", db);
        assertThat(members.exit()).isEqualTo(2);
        assertThat(members.err()).contains("--members NATO=... names no pole");
        Cli format = Cli.run("alerts", "--db", db, "--format", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("'xml' is not an output format here");
    }
}
