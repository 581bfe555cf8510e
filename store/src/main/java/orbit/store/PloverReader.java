package orbit.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import orbit.core.Actor;
import orbit.core.CameoCode;
import orbit.core.CameoTable;
import orbit.core.Event;
import orbit.core.Evidence;
import orbit.core.Ontology;
import orbit.core.QuadClass;

/**
 * Reads PLOVER records (JSONL, or the JSON array of the PLOVER gold standard). Actors may be a
 * code string ("ARMGOV"), an object or a list of objects {actorText, code, sector}; a record with
 * several sources or targets gives one event per pair. PLOVER has no CAMEO code, so each event is
 * placed on the most general CAMEO code that PLOVER maps to its type and mode.
 */
final class PloverReader extends JsonFormatReader {
    PloverReader(Ontology ontology) {
        super(ontology);
    }

    @Override
    List<Event> events(JsonNode r, String origin) {
        String type = required(r, "event").toUpperCase(Locale.ROOT);
        if (type.equals("DOCUMENT")) {
            return List.of();
        }
        String id = required(r, "id");
        var date = Fields.isoDate(required(r, "date"), "date");
        String[] current = CameoTable.currentPlover(type, text(r, "mode"));
        String mode = current[1];
        CameoCode cameo = ontology.cameo().forPlover(current[0], mode).orElseThrow(() -> Rejection.of(
                "event '%s' is not a PLOVER event type (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, "
                        + "ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)", Fields.cut(type)));
        List<Actor> sources = actors(r.get("source"));
        List<Actor> targets = actors(r.get("target"));
        if (sources.isEmpty()) {
            sources = List.of(Actor.NONE);
        }
        if (targets.isEmpty()) {
            targets = List.of(Actor.NONE);
        }
        Evidence evidence = new Evidence("", null, text(r, "text"), text(r, "eventText"), "plover:" + type, null, List.of(),
                text(r, "url"), null, origin);
        List<Event> out = new ArrayList<>();
        int n = 0;
        int pairs = sources.size() * targets.size();
        for (Actor s : sources) {
            for (Actor t : targets) {
                n++;
                String eventId = "plover:" + id + (pairs > 1 ? "#" + n : "");
                out.add(new Event(eventId, "plover", date, s, t, cameo.code(), QuadClass.ofRoot(cameo.root()),
                        cameo.goldstein(), current[0], mode.isEmpty() ? cameo.mode() : mode, null, null, null, null, evidence));
            }
        }
        return out;
    }

    private List<Actor> actors(JsonNode node) {
        List<Actor> out = new ArrayList<>();
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return out;
        }
        if (node.isTextual()) {
            out.add(ActorCodes.parse(ontology, "", node.asText(), ""));
        } else if (node.isObject()) {
            out.add(ActorCodes.parse(ontology, text(node, "actorText"), text(node, "code"), text(node, "sector")));
        } else if (node.isArray()) {
            for (JsonNode a : node) {
                out.addAll(actors(a));
            }
        } else {
            throw Rejection.of("an actor must be a code, an object or a list, not %s", node.getNodeType());
        }
        return out;
    }
}
