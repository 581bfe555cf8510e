package orbit.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import orbit.core.OrbitException;
import orbit.core.Ontology;

/** The event file formats Orbit imports, found by name ("gdelt2") or detected from content. */
public enum EventFormat {
    GDELT2("gdelt2", o -> new GdeltReader(o, true)),
    GDELT1("gdelt1", o -> new GdeltReader(o, false)),
    ICEWS("icews", IcewsReader::new),
    PLOVER("plover", PloverReader::new),
    ORBIT("orbit", OrbitJsonReader::new);

    private final String id;
    private final Function<Ontology, FormatReader> reader;

    EventFormat(String id, Function<Ontology, FormatReader> reader) {
        this.id = id;
        this.reader = reader;
    }

    public String id() {
        return id;
    }

    FormatReader reader(Ontology ontology) {
        return reader.apply(ontology);
    }

    /** The format with this name, or a USER error listing the names. */
    public static EventFormat named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (EventFormat f : values()) {
            if (f.id.equals(n)) {
                return f;
            }
        }
        throw OrbitException.user("format %s not found; formats are auto, %s", name,
                String.join(", ", Arrays.stream(values()).map(EventFormat::id).toList()));
    }

    /** The format a file whose first non-blank line is {@code line} is in, if it can be told. */
    static Optional<EventFormat> detect(String line) {
        String t = line.strip();
        if (t.startsWith("[")) {
            return Optional.of(PLOVER);
        }
        if (t.startsWith("{")) {
            try {
                JsonNode node = JsonFormatReader.JSON.readTree(t);
                return Optional.of(OrbitJsonReader.looksLikeOrbit(node) ? ORBIT : PLOVER);
            } catch (Exception e) {
                return Optional.of(PLOVER);
            }
        }
        if (IcewsReader.looksLikeHeader(line)) {
            return Optional.of(ICEWS);
        }
        int fields = Fields.splitTabs(line, 64).length;
        if (fields == GdeltColumns.GDELT2) {
            return Optional.of(GDELT2);
        }
        if (fields == GdeltColumns.GDELT1 || fields == GdeltColumns.GDELT1_BACKFILE) {
            return Optional.of(GDELT1);
        }
        return Optional.empty();
    }
}
