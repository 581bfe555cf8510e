package orbit.coder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Words of a sentence that the actor dictionary recognised.
 *
 * @param start      first token, 0-based
 * @param end        token after the last
 * @param candidates the entries with these words (several roles of one person), never empty
 */
public record Mention(int start, int end, List<ActorEntry> candidates) {

    public Mention {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a mention needs an entry");
        }
    }

    /**
     * The entry that held on {@code date}: the role whose dates contain it, else the nearest role; a
     * role with dates before an undated code for the same words (PETRARCH's
     * {@code GOLLUM [HOB] [HOBGOV 19950601 - 19990815]}: the dated code when it holds, the undated one
     * otherwise); a named person or institution before a generic name with the same words.
     */
    public ActorEntry at(LocalDate date) {
        return candidates.stream()
                .min(Comparator.<ActorEntry>comparingLong(e -> e.distance(date))
                        .thenComparing(e -> e.from() == null && e.to() == null)
                        .thenComparing(e -> e.kind() != ActorEntry.Kind.PERSON))
                .orElseThrow();
    }

    public ActorEntry.Kind kind() {
        return candidates.get(0).kind();
    }

    public boolean isSector() {
        return kind() == ActorEntry.Kind.SECTOR;
    }
}
