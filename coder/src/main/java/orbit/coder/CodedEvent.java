package orbit.coder;

import orbit.core.Event;
import java.util.List;

/**
 * An event the coder found, with everything needed to explain it: the parse, the trigger, the
 * lexicon entry, the actor words and dictionary entries, and how the date was resolved.
 *
 * @param event         the event (its evidence carries doc, sentence, text, trigger, pattern, flags)
 * @param parse         the sentence it was found in
 * @param trigger       token index of the trigger word
 * @param triggerTokens all tokens of the predicate (trigger, particle, light-verb object, complement)
 * @param entry         the lexicon entry that matched
 * @param source        the source actor's words and entries
 * @param target        the target actor's words and entries
 * @param dateRule      how the date was found ("publication date", or the date expression and rule)
 * @param flags         hypothetical, future, historical, reported (as in the evidence)
 */
public record CodedEvent(
        Event event,
        Parse parse,
        int trigger,
        List<Integer> triggerTokens,
        LexiconEntry entry,
        ActorMatch source,
        ActorMatch target,
        String dateRule,
        List<String> flags) {

    /**
     * The words an actor was recognised from.
     *
     * @param tokens  token indexes of the words used (the head, its state word, its sector word)
     * @param entries the dictionary entries used
     */
    public record ActorMatch(List<Integer> tokens, List<ActorEntry> entries) {}

    /** Flags of events that have not happened (yet), left out of the default output. */
    public static final List<String> NOT_HAPPENED = List.of("hypothetical", "future");

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** True when the event is in the default output: neither hypothetical nor future. */
    public boolean happened() {
        return NOT_HAPPENED.stream().noneMatch(this::has);
    }
}
