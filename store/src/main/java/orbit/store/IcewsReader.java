package orbit.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import orbit.core.Actor;
import orbit.core.CameoCode;
import orbit.core.Entity;
import orbit.core.Event;
import orbit.core.Evidence;
import orbit.core.Ontology;
import orbit.core.Place;
import orbit.core.QuadClass;
import orbit.core.Sector;

/**
 * Reads ICEWS event files: tab-separated with a header row naming 20 columns, "NA" for missing
 * values, comma-separated sector lists. Columns are found by name, so their order may vary.
 * Actors map to entities through the country column, the "(Country)" suffix of names such as
 * "Citizen (Armenia)", or the name itself ("European Union"). Not thread-safe.
 */
final class IcewsReader extends LineFormatReader {
    static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
            "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");

    private final Map<String, Integer> index = new HashMap<>();

    IcewsReader(Ontology ontology) {
        super(ontology);
    }

    static boolean looksLikeHeader(String line) {
        return line.startsWith("Event ID\t");
    }

    @Override
    boolean isHeader(String firstLine) {
        if (!looksLikeHeader(firstLine)) {
            throw Rejection.of("the first line is not the ICEWS header (Event ID, Event Date, ...); "
                    + "ICEWS files start with their header row");
        }
        String[] names = Fields.splitTabs(firstLine, COLUMNS.size());
        for (int i = 0; i < names.length; i++) {
            index.put(names[i].strip(), i);
        }
        for (String c : COLUMNS) {
            if (!index.containsKey(c)) {
                throw Rejection.of("the header has no column '%s'; an ICEWS header names %s", c, COLUMNS);
            }
        }
        return true;
    }

    @Override
    Event parse(String line, String origin) {
        String[] f = Fields.splitTabs(line, index.size());
        if (f.length != index.size()) {
            throw Rejection.of("the row has %d fields, the header has %d; %s", f.length, index.size(),
                    f.length < index.size() ? "the line looks truncated" : "is a tab inside a field?");
        }
        String id = get(f, "Event ID");
        if (id.isEmpty()) {
            throw Rejection.of("Event ID is empty; every ICEWS row has one");
        }
        var date = Fields.isoDate(get(f, "Event Date"), "Event Date");
        String code = get(f, "CAMEO Code");
        CameoCode cameo = ontology.cameo().find(code).orElseThrow(() -> Rejection.of(
                "CAMEO Code '%s' is not in the CAMEO code table; codes have 2 to 4 digits with leading zeros (042)",
                Fields.cut(code)));
        String intensity = get(f, "Intensity");
        double goldstein = intensity.isEmpty() ? cameo.goldstein() : Fields.decimal(intensity, "Intensity");
        Integer sentence = get(f, "Sentence Number").isEmpty() ? null : Fields.integer(get(f, "Sentence Number"), "Sentence Number");
        Evidence evidence = new Evidence(get(f, "Story ID"), sentence, "", "", "", null, List.of(), get(f, "Publisher"),
                null, origin);
        return new Event("icews:" + id, "icews", date, actor(f, "Source"), actor(f, "Target"), code,
                QuadClass.ofRoot(cameo.root()), goldstein, cameo.plover(), cameo.mode(), null, null, null, place(f),
                evidence);
    }

    private String get(String[] f, String column) {
        String v = f[index.get(column)].strip();
        return v.equals("NA") ? "" : v;
    }

    private Actor actor(String[] f, String side) {
        String name = get(f, side + " Name");
        String country = get(f, side + " Country");
        Optional<Entity> entity = ontology.entities().byName(country);
        if (entity.isEmpty() && name.endsWith(")") && name.contains("(")) {
            entity = ontology.entities().byName(name.substring(name.lastIndexOf('(') + 1, name.length() - 1));
        }
        if (entity.isEmpty()) {
            entity = ontology.entities().byName(name);
        }
        List<Sector> sectors = new ArrayList<>();
        for (String s : get(f, side + " Sectors").split(",")) {
            if (!s.isBlank()) {
                ontology.icewsSector(s).filter(x -> !sectors.contains(x)).ifPresent(sectors::add);
            }
        }
        String id = entity.map(Entity::id).orElse("");
        Actor base = Actor.of(name, id, sectors);
        String cameoCountry = entity.filter(e -> e.kind() == Entity.Kind.STATE)
                .map(e -> e.cameo().isEmpty() ? e.id() : e.cameo().get(0)).orElse("");
        return new Actor(base.code(), name, id, sectors, cameoCountry, "", "", "", "", base.type1(), base.type2(), base.type3());
    }

    private Place place(String[] f) {
        String city = get(f, "City");
        String district = get(f, "District");
        String province = get(f, "Province");
        String country = get(f, "Country");
        if (city.isEmpty() && province.isEmpty() && country.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {city, district, province, country}) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        String fips = ontology.entities().byName(country).filter(e -> !e.fips().isEmpty()).map(e -> e.fips().get(0)).orElse("");
        int type = !city.isEmpty() ? 4 : !province.isEmpty() ? 5 : 1;
        return new Place(type, String.join(", ", parts), fips, "", "", Fields.optionalDecimal(get(f, "Latitude"), "Latitude"),
                Fields.optionalDecimal(get(f, "Longitude"), "Longitude"), "");
    }
}
