package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts and mean Goldstein per year agree with a plain reading of the bundled sample events. */
class PerYearIT {
    @TempDir
    Path dir;

    private static final Path SAMPLE = Path.of("..", "samples", "events", "armenia-2018-2025.jsonl");

    @Test
    void undirectedDyadPerYearMatchesTheSampleFileLineByLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<Integer, List<Double>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
            JsonNode o = json.readTree(line);
            String s = o.get("source_entity").asText();
            String t = o.get("target_entity").asText();
            if ((s.equals("ARM") && t.equals("RUS")) || (s.equals("RUS") && t.equals("ARM"))) {
                expected.computeIfAbsent(Integer.parseInt(o.get("date").asText().substring(0, 4)), y -> new ArrayList<>())
                        .add(o.get("goldstein").asDouble());
            }
        }
        assertThat(expected).hasSizeGreaterThan(3);

        List<YearSummary> got;
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            TempStore.importAll(store, SAMPLE);
            got = store.perYear(new EventQuery(null, "ARM", "RUS", true, null, null, List.of(), null, "orbit", 1));
        }
        assertThat(got).extracting(YearSummary::year).containsExactlyElementsOf(expected.keySet());
        for (YearSummary y : got) {
            List<Double> g = expected.get(y.year());
            assertThat(y.events()).as("events in %d", y.year()).isEqualTo(g.size());
            assertThat(y.goldstein()).as("mean Goldstein in %d", y.year())
                    .isCloseTo(g.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void noMatchingEventsGiveNoYears() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            TempStore.importAll(store, SAMPLE);
            assertThat(store.perYear(new EventQuery(null, "ARM", "RUS", true, null, null, List.of(), null, "gdelt", 0))).isEmpty();
        }
    }
}
