package orbit.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One side of an event: who acted, or who was acted upon.
 *
 * <p>{@code entity} and {@code sectors} are Orbit's normalised view (ARM + [GOV]); the remaining
 * fields keep the CAMEO actor attributes exactly as a source such as GDELT gave them, so that an
 * export gives back what was imported. Absent values are empty strings, never null.
 *
 * @param code       CAMEO actor code as given or derived ("ARMGOV")
 * @param name       the actor's name as the source wrote it ("ARMENIA", "Nikol Pashinyan")
 * @param entity     the entity id (ISO alpha-3 or organisation id), empty when not identified
 * @param sectors    Orbit sectors, in the source's order
 * @param country    CAMEO country code as given (GDELT Actor1CountryCode)
 * @param knownGroup CAMEO known-group code (GDELT Actor1KnownGroupCode)
 * @param ethnic     CAMEO ethnic code
 * @param religion1  first CAMEO religion code
 * @param religion2  second CAMEO religion code
 * @param type1      first CAMEO type code (GDELT Actor1Type1Code)
 * @param type2      second CAMEO type code
 * @param type3      third CAMEO type code
 */
public record Actor(
        String code,
        String name,
        String entity,
        List<Sector> sectors,
        String country,
        String knownGroup,
        String ethnic,
        String religion1,
        String religion2,
        String type1,
        String type2,
        String type3) {

    public static final Actor NONE = new Actor("", "", "", List.of(), "", "", "", "", "", "", "", "");

    public Actor {
        code = nz(code);
        name = nz(name);
        entity = nz(entity);
        sectors = List.copyOf(Objects.requireNonNullElse(sectors, List.of()));
        country = nz(country);
        knownGroup = nz(knownGroup);
        ethnic = nz(ethnic);
        religion1 = nz(religion1);
        religion2 = nz(religion2);
        type1 = nz(type1);
        type2 = nz(type2);
        type3 = nz(type3);
    }

    /** An actor known only by entity and sectors, as the coder and ICEWS produce it. */
    public static Actor of(String name, String entity, List<Sector> sectors) {
        String code = entity + sectors.stream().map(Sector::name).collect(Collectors.joining());
        String type1 = sectors.size() > 0 ? sectors.get(0).name() : "";
        String type2 = sectors.size() > 1 ? sectors.get(1).name() : "";
        String type3 = sectors.size() > 2 ? sectors.get(2).name() : "";
        return new Actor(code, name, entity, sectors, "", "", "", "", "", type1, type2, type3);
    }

    /** This actor placed on another entity, the CAMEO attributes unchanged. */
    public Actor withEntity(String entity) {
        return new Actor(code, name, entity, sectors, country, knownGroup, ethnic, religion1, religion2, type1, type2, type3);
    }

    public boolean isEmpty() {
        return code.isEmpty() && name.isEmpty() && entity.isEmpty();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
