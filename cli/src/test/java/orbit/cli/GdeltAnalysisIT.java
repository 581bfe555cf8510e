package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import orbit.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis commands on the real GDELT 2.0 sample (skipped, saying so, without ../shared/data). */
class GdeltAnalysisIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static String db;
    static List<String[]> rows;

    /**
     * Imports the sample once, before the first test. Per test, not in a {@code @BeforeAll}, so that
     * without the shared data each test shows as skipped with the reason (a skipped {@code @BeforeAll}
     * reports no test at all).
     */
    @BeforeEach
    void importRealGdelt() throws Exception {
        Path file = SharedData.gdeltExport();
        if (db != null) {
            return;
        }
        rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1)).toList();
        db = dir.resolve("g.duckdb").toString();
        assertThat(Cli.run("import", "--db", db, file.toString()).exit()).isZero();
    }

    /** Rows between two countries (by the actors' country codes), either direction, in [from, to] (yyyymmdd). */
    private static long between(String a, String b, String from, String to) {
        return rows.stream().filter(f -> !f[7].equals(f[17]) && Set.of(f[7], f[17]).equals(Set.of(a, b)))
                .filter(f -> f[1].compareTo(from) >= 0 && f[1].compareTo(to) <= 0).count();
    }

    @Test
    void alertsCountTheWeeksEventsOfEachDyadAsTheFileHasThem() throws Exception {
        Cli r = Cli.run("alerts", "--db", db, "--baseline", "52", "--all", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        String week = doc.get("week").asText();
        assertThat(week).isEqualTo("2025-08-04 to 2025-08-10");
        JsonNode aze = null;
        for (JsonNode row : doc.get("rows")) {
            if (row.get("dyad").asText().equals("AZE-USA")) {
                aze = row;
            }
        }
        assertThat(aze).as("AZE-USA is active the week of the Washington summit").isNotNull();
        assertThat(aze.get("events").asLong()).isEqualTo(between("AZE", "USA", "20250804", "20250810")).isPositive();
        assertThat(aze.get("baseline_mean").asDouble()).isEqualTo(between("AZE", "USA", "20240805", "20250803") / 52.0);
    }

    @Test
    void dyadAndPartnersAgreeWithThePlainReadingOfTheFile() throws Exception {
        Cli dyad = Cli.run("dyad", "USA", "AZE", "--db", db, "--by", "year", "--format", "json");
        assertThat(dyad.exit()).as(dyad.err()).isZero();
        long total = 0;
        for (JsonNode row : JSON.readTree(dyad.out()).get("rows")) {
            total += row.get("events").asLong();
        }
        assertThat(total).isEqualTo(between("USA", "AZE", "00000000", "99999999"));
        Cli partners = Cli.run("partners", "USA", "--db", db, "--kind", "all", "--from", "2025-08-01", "--to", "2025-08-31", "--format", "json");
        assertThat(partners.exit()).as(partners.err()).isZero();
        // USA's partners in August 2025 by the actors' country codes, read off the file
        java.util.Map<String, Long> partnersInFile = new java.util.TreeMap<>();
        for (String[] f : rows) {
            if (f[1].startsWith("202508") && !f[7].isEmpty() && !f[17].isEmpty() && !f[7].equals(f[17])
                    && (f[7].equals("USA") || f[17].equals("USA"))) {
                partnersInFile.merge(f[7].equals("USA") ? f[17] : f[7], 1L, Long::sum);
            }
        }
        long events = partnersInFile.values().stream().mapToLong(Long::longValue).sum();
        double hhi = partnersInFile.values().stream().mapToDouble(n -> Math.pow((double) n / events, 2)).sum();
        long most = partnersInFile.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        JsonNode top = JSON.readTree(partners.out()).get("rows").get(0);
        assertThat(top.get("events").asLong()).isEqualTo(events);
        assertThat(top.get("hhi").asDouble()).isCloseTo(hhi, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(partnersInFile.get(top.get("top_partner").asText())).isEqualTo(most);
    }
}
