package orbit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import orbit.core.Document;
import orbit.store.EventStore;
import orbit.store.ImportOptions;

/**
 * A store for the dashboard test: the 200 hand-coded events of {@code samples/events} (Armenia and
 * its partners, 2018-2025) and, for each story they come from, a document whose text is the story's
 * sentences in order, so the dashboard can go from a point to an event to its document.
 *
 * <p>Design decision: the demo corpus would give the same kind of store, but coding it needs the
 * parser's models (the cli module, seconds of loading); the server module's test imports the events
 * instead and rebuilds each story's text from the events' sentences, which is what the demo's
 * documents hold (the coded sentences of an article).
 */
final class DashboardStore {
    private DashboardStore() {}

    /** Creates {@code file} holding the sample events and their stories as documents. */
    static void create(Path file) {
        Path events = TestServer.sampleEvents();
        try (EventStore store = EventStore.open(file)) {
            var report = store.importFiles(List.of(events), ImportOptions.defaults());
            assertThat(report.imported()).as("events imported from %s", events).isEqualTo(200);
            List<Document> stories = stories(events);
            assertThat(store.documents().add(stories)).as("stories stored").hasSize(stories.size())
                    .allSatisfy(o -> assertThat(o.storedId()).isEqualTo(o.document().id()));
        }
    }

    /** One document per {@code doc} of the events file: its sentences joined in order. */
    static List<Document> stories(Path events) {
        ObjectMapper json = new ObjectMapper();
        Map<String, TreeMap<Integer, String>> sentences = new LinkedHashMap<>();
        Map<String, String> dates = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(events)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode e = json.readTree(line);
                String doc = e.get("doc").asText();
                sentences.computeIfAbsent(doc, d -> new TreeMap<>()).putIfAbsent(e.get("sentence").asInt(), e.get("text").asText());
                dates.putIfAbsent(doc, e.get("date").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Document> docs = new ArrayList<>();
        for (var entry : sentences.entrySet()) {
            String doc = entry.getKey();
            String title = doc.replaceFirst("^sample-\\d{4}-\\d{2}-\\d{2}-", "").replace('-', ' ');
            docs.add(Document.of(doc, null, title, LocalDate.parse(dates.get(doc)), "Orbit sample events",
                    String.join(" ", entry.getValue().values()), events.getFileName() + "#" + doc));
        }
        return docs;
    }
}
