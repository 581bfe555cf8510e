package orbit.store;

import java.util.ArrayList;
import java.util.List;
import orbit.core.Actor;
import orbit.core.Entity;
import orbit.core.Ontology;
import orbit.core.Sector;

/** CAMEO-style actor codes ("ARMGOV", "CSTO", "ROUGOV") as PLOVER and Orbit JSONL write them. */
final class ActorCodes {
    private ActorCodes() {}

    /** Splits a CAMEO-style code ("ARMGOV") into entity and sectors, adding an explicit sector. */
    static Actor parse(Ontology ontology, String name, String code, String sector) {
        String entity = "";
        String rest = code;
        if (code.length() >= 3) {
            var e = ontology.entities().byId(code.substring(0, 3)).or(() -> ontology.entities().byCameo(code.substring(0, 3)));
            if (e.isEmpty()) {
                e = ontology.entities().byId(code);
            }
            if (e.isPresent()) {
                entity = e.get().id();
                rest = code.equals(entity) ? "" : code.substring(Math.min(3, code.length()));
            }
        }
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i + 3 <= rest.length(); i += 3) {
            Sector.fromCode(rest.substring(i, i + 3)).ifPresent(sectors::add);
        }
        for (String s : sector.split("[,;| ]+")) {
            Sector.fromCode(s).filter(x -> !sectors.contains(x)).ifPresent(sectors::add);
        }
        Actor a = Actor.of(name, entity, sectors);
        String country = ontology.entities().byId(entity).filter(x -> x.kind() == Entity.Kind.STATE).map(Entity::id).orElse("");
        return new Actor(code.isEmpty() ? a.code() : code, name, entity, sectors, country, "", "", "", "",
                a.type1(), a.type2(), a.type3());
    }
}
