package orbit.core;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every state of ISO 3166-1 and the organisations Orbit knows, with the lookups importers need:
 * by id, by CAMEO code, by FIPS code (GDELT geography) and by name (ICEWS). Immutable, thread-safe.
 */
public final class EntityDictionary {
    static final String RESOURCE = "entities.tsv";
    private static final List<String> COLUMNS =
            List.of("id", "kind", "name", "aliases", "demonyms", "capital", "metonyms", "cameo", "fips", "icews");

    private final Map<String, Entity> byId;
    private final Map<String, Entity> byCameo = new HashMap<>();
    private final Map<String, Entity> byFips = new HashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();

    private EntityDictionary(Map<String, Entity> byId) {
        this.byId = byId;
        for (Entity e : byId.values()) {
            for (String code : e.cameo()) {
                byCameo.putIfAbsent(code, e);
            }
            byCameo.putIfAbsent(e.id(), e);
            e.fips().forEach(f -> byFips.putIfAbsent(f, e));
            byName.putIfAbsent(key(e.name()), e);
            e.icews().forEach(n -> byName.putIfAbsent(key(n), e));
            e.aliases().forEach(n -> byName.putIfAbsent(key(n), e));
            e.metonyms().forEach(n -> byName.putIfAbsent(key(n), e));
        }
    }

    static EntityDictionary load(InputStream in, String name) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : Tsv.read(in, name, COLUMNS, EntityDictionary::parse)) {
            if (entities.put(e.id(), e) != null) {
                throw OrbitException.user("%s lists entity %s twice", name, e.id());
            }
        }
        return new EntityDictionary(entities);
    }

    private static Entity parse(Tsv.Row row) {
        Entity.Kind kind = switch (row.get("kind")) {
            case "state" -> Entity.Kind.STATE;
            case "org" -> Entity.Kind.ORGANISATION;
            default -> throw new IllegalArgumentException("kind '" + row.get("kind") + "' is neither state nor org");
        };
        return new Entity(row.get("id"), kind, row.get("name"), row.list("aliases"), row.list("demonyms"),
                row.get("capital"), row.list("metonyms"), row.list("cameo"), row.list("fips"), row.list("icews"));
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The entity for a CAMEO country or known-group code ("ARM", "ROM", "NAT"). */
    public Optional<Entity> byCameo(String code) {
        return Optional.ofNullable(code == null ? null : byCameo.get(code));
    }

    /** The state for a FIPS 10-4 code ("AM" is Armenia); GDELT geography uses FIPS. */
    public Optional<Entity> byFips(String fips) {
        return Optional.ofNullable(fips == null ? null : byFips.get(fips));
    }

    /** The entity for an English or ICEWS name, case-insensitive ("Russian Federation"). */
    public Optional<Entity> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(key(name)));
    }

    public Collection<Entity> entities() {
        return byId.values();
    }

    /**
     * Checks that {@code id} is an entity and fails with the closest ids otherwise:
     * "ARN is not an entity; did you mean ARM?".
     */
    public Entity require(String id) {
        Entity e = byId.get(id);
        if (e != null) {
            return e;
        }
        List<String> close = closest(id.toUpperCase(Locale.ROOT), 3);
        String hint = close.isEmpty() ? "see `orbit entities` for the list" : "did you mean " + String.join(" or ", close) + "?";
        throw OrbitException.user("%s is not an entity; %s", id, hint);
    }

    /**
     * The ids nearest to {@code id} (compared upper-case): all those at the smallest typing
     * distance, at most {@code max}, sorted; empty when none is close. For "did you mean" hints.
     */
    public List<String> closest(String id, int max) {
        double best = Double.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (String candidate : byId.keySet()) {
            double d = typingDistance(id, candidate);
            if (d > Math.max(1, id.length() / 3.0)) {
                continue;
            }
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) {
                out.add(candidate);
            }
        }
        return out.stream().sorted().limit(max).toList();
    }

    private static final String[] KEYBOARD = {"QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};

    /**
     * Edit distance where swapping a letter for its neighbour on a QWERTY keyboard costs half,
     * so that the typo ARN suggests ARM rather than ARE or ARG.
     */
    static double typingDistance(String a, String b) {
        double[] prev = new double[b.length() + 1];
        double[] cur = new double[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double cost = x == y ? 0 : adjacent(x, y) ? 0.5 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Whether two letters are neighbours on a QWERTY keyboard, whose rows are staggered. */
    private static boolean adjacent(char x, char y) {
        double[] a = keyPosition(x);
        double[] b = keyPosition(y);
        if (a == null || b == null) {
            return false;
        }
        double dx = Math.abs(a[1] - b[1]);
        return a[0] == b[0] ? dx == 1 : Math.abs(a[0] - b[0]) == 1 && dx <= 0.75;
    }

    private static final double[] ROW_OFFSET = {0, 0.25, 0.75};

    private static double[] keyPosition(char c) {
        for (int r = 0; r < KEYBOARD.length; r++) {
            int i = KEYBOARD[r].indexOf(Character.toUpperCase(c));
            if (i >= 0) {
                return new double[] {r, i + ROW_OFFSET[r]};
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
