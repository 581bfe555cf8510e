package orbit.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import orbit.core.OrbitException;

/**
 * One end of an alignment axis: an entity and the members whose relations count as the pole's
 * (the EU with its member states, say). {@code members} does not repeat {@code id}.
 */
public record Pole(String id, List<String> members) {
    public Pole {
        members = List.copyOf(members);
    }

    /** The pole's entity and its members. */
    public List<String> entities() {
        List<String> all = new java.util.ArrayList<>();
        all.add(id);
        all.addAll(members);
        return all;
    }

    /**
     * The two poles of an alignment axis, from their ids ("RUS", "EU") and member specs, each
     * {@code POLE=ID,ID} (the CLI's {@code --members EU=FRA,DEU}) or {@code POLE:ID,ID} (the API's),
     * ids upper-cased. A USER error, named after the CLI's {@code --poles} and {@code --members},
     * when there are not two poles, a spec is malformed or a spec names no pole.
     */
    public static List<Pole> axis(List<String> poles, List<String> memberSpecs) {
        if (poles.size() != 2) {
            throw OrbitException.user("--poles takes two entity ids, such as --poles RUS,EU; got %d (%s)", poles.size(),
                    String.join(",", poles));
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String spec : memberSpecs) {
            int eq = spec.indexOf('=') >= 0 ? spec.indexOf('=') : spec.indexOf(':');
            if (eq <= 0 || eq == spec.strip().length() - 1) {
                throw OrbitException.user("--members %s is not POLE=ID,ID...; write for example --members EU=FRA,DEU,ITA", spec);
            }
            String pole = spec.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            if (poles.stream().noneMatch(p -> p.strip().equalsIgnoreCase(pole))) {
                throw OrbitException.user("--members %s=... names no pole; the poles are %s", pole, String.join(" and ", poles));
            }
            for (String id : spec.substring(eq + 1).split(",")) {
                if (!id.isBlank()) {
                    members.computeIfAbsent(pole, k -> new ArrayList<>()).add(id.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        List<Pole> axis = new ArrayList<>();
        for (String id : poles) {
            String upper = id.strip().toUpperCase(Locale.ROOT);
            axis.add(new Pole(upper, members.getOrDefault(upper, List.of())));
        }
        return List.copyOf(axis);
    }
}
