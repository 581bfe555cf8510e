package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import orbit.core.Event;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverImportIT {
    @TempDir
    Path dir;

    private static int size(JsonNode actors) {
        return actors != null && actors.isArray() ? Math.max(1, actors.size()) : 1;
    }

    @Test
    void importsTheGoldStandardArrayWithOneEventPerActorPair() throws IOException {
        Path file = SharedData.ploverGold();
        JsonNode records = new ObjectMapper().readTree(file.toFile());
        int expected = 0;
        int recordsWithEvents = 0;
        java.util.Set<String> ids = new java.util.HashSet<>();
        int repeated = 0;
        for (JsonNode r : records) {
            if (!r.get("event").asText().equals("DOCUMENT")) {
                int pairs = size(r.get("source")) * size(r.get("target"));
                expected += pairs;
                recordsWithEvents++;
                if (!ids.add(r.get("id").asText())) {
                    repeated += pairs; // the file has one id twice (PLOVER-GSR01-COERCE-0004): stored once
                }
            }
        }
        assertThat(recordsWithEvents).isEqualTo(322);
        assertThat(repeated).isEqualTo(1);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ImportReport r = TempStore.importAll(store, file);
            assertThat(r.files().get(0).format()).isEqualTo(EventFormat.PLOVER);
            assertThat(r.rejected()).isZero();
            assertThat(r.imported()).isEqualTo(expected - repeated);
            assertThat(r.alreadyPresent()).isEqualTo(repeated);

            List<Event> events = store.events(EventQuery.all());
            Event libya = events.stream().filter(e -> e.id().equals("plover:PLOVER-GSR01-AGREE-0005")).findFirst().orElseThrow();
            assertThat(libya.source().entity()).isEqualTo("LBY");
            assertThat(libya.target().entity()).isEqualTo("GBR");
            assertThat(libya.plover()).isEqualTo("AGREE");
            assertThat(libya.root()).isEqualTo("03");
            assertThat(libya.evidence().text()).startsWith("Libya has offered to hand over");

            assertThat(events).filteredOn(e -> e.id().startsWith("plover:PLOVER-GSR01-AGREE-0001#"))
                    .extracting(e -> e.source().entity())
                    .containsExactlyInAnyOrder("HUN", "ROU");
        }
    }

    @Test
    void exportedPloverJsonlImportsBackWithTheSameTypesAndActors() throws IOException {
        Path gold = SharedData.ploverGold();
        StringWriter out = new StringWriter();
        List<Event> before;
        try (EventStore store = EventStore.open(dir.resolve("a.duckdb"))) {
            TempStore.importAll(store, gold);
            before = store.events(EventQuery.all());
            try (EventWriter w = ExportFormat.PLOVER.open(out)) {
                before.forEach(w::write);
            }
        }
        Path jsonl = TempStore.write(dir, "plover.jsonl", out.toString());
        try (EventStore store = EventStore.open(dir.resolve("b.duckdb"))) {
            ImportReport r = TempStore.importAll(store, jsonl);
            assertThat(r.rejected()).isZero();
            List<Event> after = store.events(EventQuery.all());
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).plover()).isEqualTo(before.get(i).plover());
                assertThat(after.get(i).source().entity()).isEqualTo(before.get(i).source().entity());
                assertThat(after.get(i).target().entity()).isEqualTo(before.get(i).target().entity());
                assertThat(after.get(i).date()).isEqualTo(before.get(i).date());
            }
        }
    }
}
