package orbit.analytics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.Actor;
import orbit.core.CameoCode;
import orbit.core.Evidence;
import orbit.core.Event;
import orbit.core.Ontology;
import orbit.store.EventStore;

/** Writes hand-made events into a real store file, each code's QuadClass and Goldstein from the CAMEO table. */
final class StoredEvents {
    private final List<Event> events = new ArrayList<>();
    private int next = 1;

    StoredEvents add(String date, String source, String target, String cameo) {
        return add(date, source, target, cameo, "orbit");
    }

    StoredEvents add(String date, String source, String target, String cameo, String dataset) {
        CameoCode code = Ontology.standard().cameo().require(cameo);
        int id = next++;
        events.add(new Event(dataset + ":" + id, dataset, LocalDate.parse(date), Actor.of(source, source, List.of()),
                Actor.of(target, target, List.of()), cameo, code.quadClass(), code.goldstein(), code.plover(), code.mode(),
                null, null, null, null,
                new Evidence("doc" + id, 1, source + " " + code.name() + " " + target, code.name(), cameo, 1.0, List.of(),
                        "https://example.org/" + id, null, "")));
        return this;
    }

    /** The same event {@code times} times on the same day (distinct ids). */
    StoredEvents repeat(int times, String date, String source, String target, String cameo) {
        for (int i = 0; i < times; i++) {
            add(date, source, target, cameo);
        }
        return this;
    }

    EventStore store(Path dir) {
        EventStore s = EventStore.open(dir.resolve("analytics.duckdb"));
        s.add(events, null);
        return s;
    }
}
