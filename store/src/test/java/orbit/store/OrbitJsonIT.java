package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import orbit.core.Event;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrbitJsonIT {
    @TempDir
    Path dir;

    @Test
    void writesExactlyTheDesignsFieldsInOrder() throws Exception {
        Path file = TempStore.write(dir, "small.CSV", GdeltRows.threeGoodRows());
        StringWriter out = new StringWriter();
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            TempStore.importAll(store, file);
            try (EventWriter w = ExportFormat.JSONL.open(out)) {
                store.events(EventQuery.all(), w::write);
            }
        }
        JsonNode first = new ObjectMapper().readTree(out.toString().split("\n")[0]);
        Iterator<String> names = first.fieldNames();
        List<String> got = new java.util.ArrayList<>();
        names.forEachRemaining(got::add);
        assertThat(got).startsWith("id", "doc", "sentence", "date", "source", "source_entity", "target", "target_entity", "cameo",
                "root", "quad_class", "goldstein", "plover", "mode", "flags", "text", "trigger", "pattern", "confidence");
        assertThat(first.get("root").asText()).isEqualTo("19");
        assertThat(first.get("source_entity").asText()).isEqualTo("AZE");
        assertThat(first.get("source").asText()).isEqualTo("AZEMIL");
    }

    @Test
    void importsItsOwnExportOfTheRealGdeltFileWithTheSameDyadsCodesAndDates() {
        StringWriter out = new StringWriter();
        List<Event> before;
        try (EventStore store = EventStore.open(dir.resolve("a.duckdb"))) {
            TempStore.importAll(store, SharedData.gdeltExport());
            before = store.events(EventQuery.all());
            try (EventWriter w = ExportFormat.JSONL.open(out)) {
                before.forEach(w::write);
            }
        }
        Path jsonl = TempStore.write(dir, "events.jsonl", out.toString());
        try (EventStore store = EventStore.open(dir.resolve("b.duckdb"))) {
            ImportReport r = TempStore.importAll(store, jsonl);
            assertThat(r.files().get(0).format()).isEqualTo(EventFormat.ORBIT);
            assertThat(r.imported()).isEqualTo(909);
            List<Event> after = store.events(EventQuery.all());
            for (int i = 0; i < before.size(); i++) {
                Event a = before.get(i);
                Event b = after.get(i);
                assertThat(b.id()).isEqualTo(a.id());
                assertThat(b.date()).isEqualTo(a.date());
                assertThat(b.source().entity()).as(a.id()).isEqualTo(a.source().entity());
                assertThat(b.target().entity()).as(a.id()).isEqualTo(a.target().entity());
                assertThat(b.cameo()).isEqualTo(a.cameo());
                assertThat(b.goldstein()).isEqualTo(a.goldstein());
                assertThat(b.quadClass()).isEqualTo(a.quadClass());
            }
        }
    }
}
