package orbit.core;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dictionaries every part of Orbit shares: the CAMEO code table, the entities, ICEWS sector
 * names and CAMEO known-group codes. {@link #standard()} loads the bundled files once.
 * Immutable and thread-safe.
 */
public final class Ontology {
    private static final String ICEWS_SECTORS = "icews-sectors.tsv";
    private static final String KNOWN_GROUPS = "gdelt-known-groups.tsv";

    private final CameoTable cameo;
    private final EntityDictionary entities;
    private final Map<String, Sector> icewsSectors;
    private final Map<String, String> knownGroups;

    private Ontology(CameoTable cameo, EntityDictionary entities, Map<String, Sector> icewsSectors, Map<String, String> knownGroups) {
        this.cameo = cameo;
        this.entities = entities;
        this.icewsSectors = Map.copyOf(icewsSectors);
        this.knownGroups = Map.copyOf(knownGroups);
    }

    private static final class Holder {
        static final Ontology STANDARD = loadStandard();
    }

    /** The bundled dictionaries, loaded on first use. */
    public static Ontology standard() {
        return Holder.STANDARD;
    }

    private static Ontology loadStandard() {
        CameoTable cameo = CameoTable.load(open(CameoTable.RESOURCE), CameoTable.RESOURCE);
        EntityDictionary entities = EntityDictionary.load(open(EntityDictionary.RESOURCE), EntityDictionary.RESOURCE);
        Map<String, Sector> sectors = new HashMap<>();
        Tsv.read(open(ICEWS_SECTORS), ICEWS_SECTORS, List.of("icews_sector", "sector"), row -> {
            String s = row.get("sector");
            if (!s.isEmpty()) {
                Sector sector = Sector.fromCode(s).orElseThrow(
                        () -> new IllegalArgumentException("'" + s + "' is not an Orbit sector"));
                sectors.put(row.get("icews_sector").toLowerCase(Locale.ROOT), sector);
            }
            return row;
        });
        Map<String, String> groups = new HashMap<>();
        Tsv.read(open(KNOWN_GROUPS), KNOWN_GROUPS, List.of("code", "entity", "name"), row -> {
            String entity = row.get("entity");
            if (!entity.isEmpty()) {
                entities.require(entity);
                groups.put(row.get("code"), entity);
            }
            return row;
        });
        return new Ontology(cameo, entities, sectors, groups);
    }

    private static InputStream open(String resource) {
        InputStream in = Ontology.class.getResourceAsStream(resource);
        if (in == null) {
            throw OrbitException.internal(null, "the bundled dictionary %s is missing from the jar", resource);
        }
        return in;
    }

    public CameoTable cameo() {
        return cameo;
    }

    public EntityDictionary entities() {
        return entities;
    }

    /** The Orbit sector for an ICEWS sector name ("Foreign Ministry" is GOV), if it has one. */
    public Optional<Sector> icewsSector(String name) {
        return Optional.ofNullable(icewsSectors.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The entity id for a CAMEO known-group code ("NAT" is NATO), if it is an Orbit entity. */
    public Optional<String> knownGroupEntity(String code) {
        return Optional.ofNullable(knownGroups.get(code));
    }
}
