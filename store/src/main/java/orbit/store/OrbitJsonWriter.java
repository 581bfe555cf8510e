package orbit.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import orbit.core.Event;

/** Writes Orbit event JSONL, the fields of docs/formats.md in that order (plus url and dataset). */
final class OrbitJsonWriter extends TextEventWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    OrbitJsonWriter(Writer out) {
        super(out);
    }

    static ObjectNode toJson(Event e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("doc", e.evidence().doc());
        if (e.evidence().sentence() == null) {
            o.putNull("sentence");
        } else {
            o.put("sentence", e.evidence().sentence());
        }
        o.put("date", e.date().toString());
        o.put("source", e.source().code());
        o.put("source_entity", e.source().entity());
        o.put("target", e.target().code());
        o.put("target_entity", e.target().entity());
        o.put("cameo", e.cameo());
        o.put("root", e.root());
        o.put("quad_class", e.quadClass().number());
        o.put("goldstein", e.goldstein());
        o.put("plover", e.plover());
        o.put("mode", e.mode());
        ArrayNode flags = o.putArray("flags");
        e.evidence().flags().forEach(flags::add);
        o.put("text", e.evidence().text());
        o.put("trigger", e.evidence().trigger());
        o.put("pattern", e.evidence().pattern());
        if (e.evidence().confidence() == null) {
            o.putNull("confidence");
        } else {
            o.put("confidence", e.evidence().confidence());
        }
        o.put("url", e.evidence().url());
        o.put("dataset", e.dataset());
        return o;
    }

    @Override
    void writeEvent(Event e) throws IOException {
        out.write(JSON.writeValueAsString(toJson(e)));
        out.write('\n');
    }
}
