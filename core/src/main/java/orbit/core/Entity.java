package orbit.core;

import java.util.List;
import java.util.Objects;

/**
 * A state or an organisation that events happen between.
 *
 * @param id        ISO 3166-1 alpha-3 for states ("ARM"), a short id for organisations ("CSTO")
 * @param kind      state or organisation
 * @param name      common English name
 * @param aliases   other names in English news ("Russian Federation")
 * @param demonyms  demonyms and adjectives ("Armenian", "Armenians")
 * @param capital   capital city, or seat for organisations
 * @param metonyms  words that stand for the government ("the Kremlin")
 * @param cameo     CAMEO country or known-group codes used in GDELT actor fields
 * @param fips      FIPS 10-4 codes used by GDELT geography: the state's own first, then territories GDELT
 *                  reports under it (Australia: AS, AT, CR); empty for organisations
 * @param icews     names ICEWS uses for the entity where they differ from {@code name}
 */
public record Entity(
        String id,
        Kind kind,
        String name,
        List<String> aliases,
        List<String> demonyms,
        String capital,
        List<String> metonyms,
        List<String> cameo,
        List<String> fips,
        List<String> icews) {

    public enum Kind {
        STATE,
        ORGANISATION
    }

    public Entity {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capital = Actor.nz(capital);
        metonyms = List.copyOf(metonyms);
        cameo = List.copyOf(cameo);
        fips = List.copyOf(fips);
        icews = List.copyOf(icews);
    }
}
