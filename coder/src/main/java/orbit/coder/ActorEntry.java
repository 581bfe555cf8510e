package orbit.coder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One phrase of the actor dictionary and what it names.
 *
 * @param phrase  the words as written in the dictionary
 * @param kind    what sort of word it is (a state's name, a demonym, a person, a sector word ...)
 * @param entity  the entity id (ARM, EU), or a user dictionary's own country code; empty for sector words
 * @param code    the actor code it contributes: the entity's code, a sector ("GOV"), or a user
 *                dictionary's full code ("ARNGOV")
 * @param role    for persons and institutions, the role ("Prime Minister"); else empty
 * @param from    first day the role held, null when always
 * @param to      last day the role held, null when still held
 * @param origin  dictionary file and line, shown by {@code orbit explain}
 */
public record ActorEntry(
        String phrase, Kind kind, String entity, String code, String role, LocalDate from, LocalDate to, String origin) {

    /** What an entry's words are. */
    public enum Kind {
        /** A state's name or alias ("Armenia", "the Netherlands"). */
        STATE,
        /** An organisation's name or alias ("the European Union", "CSTO"). */
        ORGANISATION,
        /** A people or adjective ("Armenian", "Azerbaijani"). */
        DEMONYM,
        /** A capital city standing for its state ("Yerevan"). */
        CAPITAL,
        /** A word standing for a government ("the Kremlin", "the White House"). */
        METONYM,
        /** A person holding an office, or a named institution ("the Pentagon"). */
        PERSON,
        /** A sector word ("forces", "foreign minister"): not an actor alone. */
        SECTOR
    }

    public ActorEntry {
        Objects.requireNonNull(phrase);
        Objects.requireNonNull(kind);
        entity = entity == null ? "" : entity;
        code = code == null ? "" : code;
        role = role == null ? "" : role;
        origin = origin == null ? "" : origin;
    }

    /** True when the entry's role held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Days between {@code date} and the nearest day the role held (0 when it held). */
    long distance(LocalDate date) {
        if (heldOn(date)) {
            return 0;
        }
        if (from != null && date.isBefore(from)) {
            return from.toEpochDay() - date.toEpochDay();
        }
        return date.toEpochDay() - to.toEpochDay();
    }
}
