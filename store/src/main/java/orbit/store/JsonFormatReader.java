package orbit.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import orbit.core.Event;
import orbit.core.Ontology;

/**
 * A reader for JSON records: one object per line (JSONL), or one JSON array of objects (as the
 * PLOVER gold-standard file is). Subclasses turn one object into events.
 */
abstract class JsonFormatReader implements FormatReader {
    static final ObjectMapper JSON = new ObjectMapper();

    final Ontology ontology;

    JsonFormatReader(Ontology ontology) {
        this.ontology = ontology;
    }

    /** The events of one record; an empty list skips it (documentation records). */
    abstract List<Event> events(JsonNode record, String origin);

    @Override
    public void read(InputFile input, EventSink sink) throws IOException {
        try (PushbackInputStream in = new PushbackInputStream(input.open(), 4)) {
            int first = firstNonSpace(in);
            if (first == '[') {
                readArray(in, input.name(), sink);
            } else {
                readLines(in, input.name(), sink);
            }
        }
    }

    private void readLines(InputStream in, String name, EventSink sink) throws IOException {
        String shortName = LineFormatReader.shortName(name);
        try (LineReader lines = new LineReader(in)) {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                long n = lines.number();
                sink.row();
                if (lines.decodingProblem() != null) {
                    sink.reject(n, lines.decodingProblem(), line);
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    sink.reject(n, "not valid JSON (" + e.getOriginalMessage() + "); each line must hold one JSON object", line);
                    continue;
                }
                emit(node, shortName + ":" + n, n, line, sink);
            }
        }
    }

    private void readArray(InputStream in, String name, EventSink sink) throws IOException {
        String shortName = LineFormatReader.shortName(name);
        try (JsonParser p = JSON.getFactory().createParser(in)) {
            p.nextToken(); // [
            while (true) {
                JsonToken t;
                long line = p.currentLocation().getLineNr();
                try {
                    t = p.nextToken();
                    if (t == JsonToken.END_ARRAY || t == null) {
                        return;
                    }
                    line = p.currentTokenLocation().getLineNr();
                    JsonNode node = p.readValueAsTree();
                    sink.row();
                    emit(node, shortName + ":" + line, line, node.toString(), sink);
                } catch (JsonProcessingException e) {
                    sink.row();
                    sink.reject(e.getLocation() == null ? line : e.getLocation().getLineNr(),
                            "not valid JSON (" + e.getOriginalMessage() + "); the rest of the array was not read", "");
                    return;
                }
            }
        }
    }

    private void emit(JsonNode node, String origin, long line, String raw, EventSink sink) {
        if (!node.isObject()) {
            sink.reject(line, "expected a JSON object, found " + node.getNodeType().name().toLowerCase(), raw);
            return;
        }
        try {
            for (Event e : events(node, origin)) {
                sink.accept(e);
            }
        } catch (Rejection r) {
            sink.reject(line, r.getMessage(), raw);
        } catch (RuntimeException r) {
            sink.reject(line, "cannot read this record (" + r.getMessage() + ")", raw);
        }
    }

    private static int firstNonSpace(PushbackInputStream in) throws IOException {
        int c;
        byte[] bom = new byte[3];
        int n = in.read(bom, 0, 3);
        if (n == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF) {
            n = 0;
        }
        if (n > 0) {
            in.unread(bom, 0, n);
        }
        while ((c = in.read()) != -1 && Character.isWhitespace(c)) {
            // skip
        }
        if (c != -1) {
            in.unread(c);
        }
        return c;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static String required(JsonNode node, String field) {
        String v = text(node, field);
        if (v.isEmpty()) {
            throw Rejection.of("the record has no '%s'", field);
        }
        return v;
    }
}
