package orbit.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import orbit.core.CameoCode;
import orbit.core.Event;
import orbit.core.Evidence;
import orbit.core.Ontology;
import orbit.core.QuadClass;

/** Reads Orbit's own event JSONL (the coder's output; fields in docs/formats.md). */
final class OrbitJsonReader extends JsonFormatReader {
    OrbitJsonReader(Ontology ontology) {
        super(ontology);
    }

    static boolean looksLikeOrbit(JsonNode node) {
        return node.has("cameo") && node.has("source_entity");
    }

    @Override
    List<Event> events(JsonNode r, String origin) {
        String id = required(r, "id");
        var date = Fields.isoDate(required(r, "date"), "date");
        String code = required(r, "cameo");
        CameoCode cameo = ontology.cameo().find(code).orElseThrow(() -> Rejection.of(
                "cameo '%s' is not in the CAMEO code table; codes have 2 to 4 digits with leading zeros (042)", Fields.cut(code)));
        var source = ActorCodes.parse(ontology, "", text(r, "source"), "");
        var target = ActorCodes.parse(ontology, "", text(r, "target"), "");
        String se = text(r, "source_entity");
        String te = text(r, "target_entity");
        if (!se.isEmpty()) {
            source = source.withEntity(se);
        }
        if (!te.isEmpty()) {
            target = target.withEntity(te);
        }
        List<String> flags = new ArrayList<>();
        JsonNode f = r.get("flags");
        if (f != null && f.isArray()) {
            f.forEach(x -> flags.add(x.asText()));
        }
        Integer sentence = r.hasNonNull("sentence") ? r.get("sentence").asInt() : null;
        Double confidence = r.hasNonNull("confidence") ? r.get("confidence").asDouble() : null;
        Evidence evidence = new Evidence(text(r, "doc"), sentence, text(r, "text"), text(r, "trigger"), text(r, "pattern"),
                confidence, flags, text(r, "url"), null, origin);
        int quad = r.hasNonNull("quad_class") ? r.get("quad_class").asInt() : QuadClass.ofRoot(cameo.root()).number();
        double goldstein = r.hasNonNull("goldstein") ? r.get("goldstein").asDouble() : cameo.goldstein();
        String plover = r.hasNonNull("plover") ? text(r, "plover") : cameo.plover();
        String mode = r.hasNonNull("mode") ? text(r, "mode") : cameo.mode();
        String eventId = id.contains(":") ? id : "orbit:" + id;
        return List.of(new Event(eventId, "orbit", date, source, target, code, QuadClass.of(quad), goldstein, plover, mode,
                null, null, null, null, evidence));
    }
}
