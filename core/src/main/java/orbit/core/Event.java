package orbit.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One political event: who did what to whom, when. Every importer and the coder produce it; every
 * exporter and analysis consumes it. Immutable and thread-safe.
 *
 * @param id          unique id within the store, prefixed by dataset ("gdelt:1256322770")
 * @param dataset     where the event comes from: gdelt, icews, plover, orbit
 * @param date        the day the event happened
 * @param source      the actor who acted
 * @param target      the actor acted upon ({@link Actor#NONE} when the event has none)
 * @param cameo       the CAMEO event code with leading zeros ("042")
 * @param quadClass   the QuadClass (as the source gave it, else from the root)
 * @param goldstein   the Goldstein value (as the source gave it, else from the code table)
 * @param plover      the PLOVER event type, empty when PLOVER has none for the code
 * @param mode        the PLOVER mode, empty when none
 * @param coverage    GDELT reporting counts and tone, null when the source has none
 * @param sourcePlace where the source actor was, null when unknown
 * @param targetPlace where the target actor was, null when unknown
 * @param actionPlace where the event took place, null when unknown
 * @param evidence    the document, sentence or file line behind the event
 */
public record Event(
        String id,
        String dataset,
        LocalDate date,
        Actor source,
        Actor target,
        String cameo,
        QuadClass quadClass,
        double goldstein,
        String plover,
        String mode,
        Coverage coverage,
        Place sourcePlace,
        Place targetPlace,
        Place actionPlace,
        Evidence evidence) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(quadClass, "quadClass");
        source = Objects.requireNonNullElse(source, Actor.NONE);
        target = Objects.requireNonNullElse(target, Actor.NONE);
        plover = Actor.nz(plover);
        mode = Actor.nz(mode);
        evidence = Objects.requireNonNullElse(evidence, Evidence.NONE);
    }

    /** The two-digit CAMEO root ("04"). */
    public String root() {
        return CameoCode.rootOf(cameo);
    }

    /** The id without its dataset prefix ("1256322770" for "gdelt:1256322770"). */
    public String nativeId() {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    /** This event with its evidence's URL set to {@code url} (the document's, when it is stored). */
    public Event withUrl(String url) {
        Evidence v = evidence;
        Evidence with = new Evidence(v.doc(), v.sentence(), v.text(), v.trigger(), v.pattern(), v.confidence(), v.flags(),
                url == null ? "" : url, v.added(), v.origin());
        return new Event(id, dataset, date, source, target, cameo, quadClass, goldstein, plover, mode, coverage, sourcePlace,
                targetPlace, actionPlace, with);
    }
}
