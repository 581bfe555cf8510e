package orbit.coder.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One sentence of a gold standard and the events a careful coder finds in it.
 *
 * @param id       the record's id in its suite
 * @param date     publication date, for resolving relative dates and dated roles
 * @param text     the sentence (or short text)
 * @param expected the events; empty for a trap or a sentence with nothing to code
 * @param tags     the suite's labels for the record ("passive", "trap", "negation" ...)
 */
public record GoldCase(String id, LocalDate date, String text, List<Expected> expected, Set<String> tags) {

    public GoldCase {
        expected = List.copyOf(expected);
        tags = Set.copyOf(tags);
    }

    public boolean isTrap() {
        return tags.contains("trap");
    }

    /**
     * One expected event.
     *
     * @param sources actor keys that count as the right source (entity ids, or actor codes for PETRARCH)
     * @param targets actor keys that count as the right target; empty means "another of the sources"
     *                (a symmetric event among coordinated actors)
     * @param code    CAMEO code, empty when the suite gives only a PLOVER type
     * @param plover  PLOVER type (2021 names), empty when the code has none
     */
    public record Expected(Set<String> sources, Set<String> targets, String code, String plover) {
        public Expected {
            sources = Set.copyOf(sources);
            targets = Set.copyOf(targets);
        }
    }
}
