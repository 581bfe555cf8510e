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

    @Test
    void shiftsJsonGivesChangepointsWhoseMeansAreThoseOfTheSegmentsAndEvidenceFromAfterTheChange() throws IOException {
        Cli r = Cli.run("shifts", "ARM", "RUS", "--db", db, "--by", "quarter", "--series", "goldstein", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        // the quarterly Goldstein sums of ARM-RUS, read off the sample file, not off the command
        Map<String, Double> fromFile = new TreeMap<>();
        for (JsonNode e : events) {
            if (between(e, "ARM", "RUS")) {
                String date = e.get("date").asText();
                String quarter = date.substring(0, 4) + "-Q" + ((Integer.parseInt(date.substring(5, 7)) - 1) / 3 + 1);
                fromFile.merge(quarter, e.get("goldstein").asDouble(), Double::sum);
            }
        }
        List<Double> values = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        doc.get("values").forEach(v -> {
            periods.add(v.get("period").asText());
            values.add(fromFile.getOrDefault(v.get("period").asText(), 0.0));
            assertThat(v.get("value").asDouble()).as(v.get("period").asText())
                    .isCloseTo(fromFile.getOrDefault(v.get("period").asText(), 0.0), org.assertj.core.api.Assertions.within(1e-9));
        });
        assertThat(periods).containsAll(fromFile.keySet());
        JsonNode cps = doc.get("changepoints");
        assertThat(cps.size()).as("the hand-coded ARM-RUS series has turning points").isPositive();
        assertThat(doc.get("segments").size()).isEqualTo(cps.size() + 1);
        for (int k = 0; k < cps.size(); k++) {
            JsonNode cp = cps.get(k);
            JsonNode before = doc.get("segments").get(k);
            JsonNode after = doc.get("segments").get(k + 1);
            assertThat(cp.get("date").asText()).isEqualTo(after.get("from").asText());
            assertThat(cp.get("before").asDouble()).isCloseTo(before.get("mean").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(cp.get("after").asDouble()).isCloseTo(after.get("mean").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(cp.get("p").asDouble()).isBetween(0.0, 1.0);
            for (JsonNode ev : cp.get("evidence")) {
                assertThat(ev.get("date").asText()).isBetween(cp.get("evidence_from").asText(), cp.get("evidence_to").asText());
                assertThat(ev.get("text").asText()).isNotEmpty();
            }
        }
        // every segment's mean is the mean of the file's values over its quarters
        List<Integer> bounds = new ArrayList<>(List.of(0));
        cps.forEach(cp -> bounds.add(periods.indexOf(cp.get("period").asText())));
        bounds.add(periods.size());
        for (int k = 0; k + 1 < bounds.size(); k++) {
            double mean = values.subList(bounds.get(k), bounds.get(k + 1)).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(doc.get("segments").get(k).get("mean").asDouble()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void shiftsNamesTheProblemWithATooShortSeriesOrAnUnknownMethod() {
        Cli shortSeries = Cli.run("shifts", "ARM", "RUS", "--db", db, "--by", "year", "--min-size", "6");
        assertThat(shortSeries.exit()).isEqualTo(2);
        assertThat(shortSeries.err()).contains("too short");
        Cli method = Cli.run("shifts", "ARM", "RUS", "--db", db, "--method", "cusum");
        assertThat(method.exit()).isEqualTo(2);
        assertThat(method.err()).contains("cusum");
    }

    @Test
    void panelPutsEachIndicatorsYearlyMeanBesideTheEvents() throws IOException {
        Path csv = Path.of("..", "samples", "indicators", "armenia.csv").toAbsolutePath().normalize();
        assertThat(Cli.run("indicators", "import", "--db", db, csv.toString()).exit()).isZero();
        // the 2023 mean of the IRI question on relations with Russia, read off the CSV
        double sum = 0;
        int n = 0;
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length >= header.size() && f[header.indexOf("entity")].equals("ARM") && f[header.indexOf("partner")].equals("RUS")
                    && f[header.indexOf("indicator")].equals("poll_relations_good_pct") && f[header.indexOf("date")].startsWith("2023")) {
                sum += Double.parseDouble(f[header.indexOf("value")]);
                n++;
            }
        }
        assertThat(n).isPositive();
        Cli r = Cli.run("panel", "ARM", "RUS", "--db", db, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode y2023 = null;
        for (JsonNode row : JSON.readTree(r.out()).get("rows")) {
            if (row.get("period").asText().equals("2023")) {
                y2023 = row;
            }
        }
        assertThat(y2023).isNotNull();
        assertThat(y2023.get("poll_relations_good_pct").asDouble()).isCloseTo(sum / n, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(y2023.get("events").asInt()).isPositive();
    }

    @Test
    void reportWritesOneSelfContainedHtmlFile() throws IOException {
        Path out = dir.resolve("out").resolve("report.html");
        Cli r = Cli.run("report", "ARM", "--db", db, "--members", "EU=FRA,DEU", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h3>ARM \u2013 RUS</h3>", "<section id=\"alignment\">",
                "<section id=\"partners\">", "<section id=\"indicators\">").doesNotContain("<script").doesNotContain("<link");
        assertThat(r.err()).contains("wrote " + out);
    }

    @Test
    void alertsListTheWeeksBandsAsJson() throws IOException {
        Cli r = Cli.run("alerts", "--db", db, "--as-of", "2023-09-20", "--baseline", "52", "--all", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("week").asText()).isEqualTo("2023-09-18 to 2023-09-24");
        assertThat(doc.get("rows").size()).isPositive();
        for (JsonNode row : doc.get("rows")) {
            assertThat(row.get("band").asText()).isIn("large increase", "moderate increase", "large decrease", "limited change");
        }
    }
}
