package orbit.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import orbit.core.Actor;
import orbit.core.Event;
import orbit.core.Sector;

/**
 * Writes PLOVER JSONL in the shape of the PLOVER gold-standard records: id, date, event, mode,
 * source and target as lists of {actorText, code, sector}, text and eventText. Events whose CAMEO
 * code has no PLOVER type are written with an empty event and kept, so no event is lost silently.
 */
final class PloverWriter extends TextEventWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    PloverWriter(Writer out) {
        super(out);
    }

    @Override
    void writeEvent(Event e) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.nativeId());
        o.put("date", e.date().toString());
        o.put("event", e.plover());
        o.put("mode", e.mode());
        actors(o.putArray("source"), e.source());
        actors(o.putArray("target"), e.target());
        o.put("text", e.evidence().text());
        o.put("eventText", e.evidence().trigger());
        o.put("cameo", e.cameo());
        o.put("url", e.evidence().url());
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
    }

    private static void actors(ArrayNode list, Actor a) {
        if (a.isEmpty()) {
            return;
        }
        ObjectNode n = list.addObject();
        n.put("actorText", a.name());
        n.put("code", a.entity().isEmpty() ? a.code() : a.entity());
        n.put("sector", String.join(",", a.sectors().stream().map(Sector::name).toList()));
    }
}
