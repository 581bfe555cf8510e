package orbit.coder;

/**
 * One predicate pattern of the lexicon: the words that signal an event and its CAMEO code.
 * The pattern language is described in docs/coder-dictionaries.md.
 *
 * @param code     CAMEO code ("042")
 * @param pattern  the pattern as written ("launch =attack +on")
 * @param lemma    the trigger's lemma ("launch"; "visit" for "N:visit")
 * @param noun     true for an event noun ("N:visit"), false for a verb
 * @param particle the phrasal verb's particle ("out" for "pull_out"), empty when none
 * @param object   the light verb's object lemma ("attack" for "=attack"), empty when none
 * @param control  the open complement's lemma ("meet" for "&gt;meet", "*" for any), empty when none
 * @param prep     the preposition introducing the target ("on" for "+on"), empty for the object
 * @param symmetric coordinated subjects act on each other ("Armenia and France signed")
 * @param reverse  the subject is the target and the object or oblique the source
 * @param stance   the clause is a speaker's judgement of its actor ("Lavrov said Yerevan was making a
 *                 mistake"): coded only when reported, from the speaker to the actors the clause names
 * @param back     the CAMEO code of the target's event back to the source, empty when none
 *                 (PETRARCH's pair codes: "A left for B" is A&gt;B 032 and B&gt;A 033)
 * @param example  a sentence the entry must code
 * @param origin   file and line
 */
public record LexiconEntry(
        String code,
        String pattern,
        String lemma,
        boolean noun,
        String particle,
        String object,
        String control,
        String prep,
        boolean symmetric,
        boolean reverse,
        boolean stance,
        String back,
        String example,
        String origin) {

    public LexiconEntry {
        back = back == null ? "" : back;
    }

    /** This entry coding the target's event back to the source: its back code, and no back code of its own. */
    LexiconEntry backwards() {
        return recoded(back, pattern);
    }

    /** This entry with another code and pattern name (and no back code), as a rule of the coder recodes it. */
    LexiconEntry recoded(String code, String pattern) {
        return new LexiconEntry(code, pattern, lemma, noun, particle, object, control, prep, symmetric, reverse, stance, "", example, origin);
    }

    /** How much of the sentence the pattern constrains; more specific patterns are tried first. */
    public int specificity() {
        int s = 0;
        s += particle.isEmpty() ? 0 : 2;
        s += object.isEmpty() ? 0 : 3;
        s += control.isEmpty() ? 0 : control.equals("*") ? 1 : 3;
        s += prep.isEmpty() ? 0 : 1;
        return s;
    }

    /** The trigger's key in the lexicon: lemma, with the particle for phrasal verbs. */
    String key() {
        return particle.isEmpty() ? lemma : lemma + "_" + particle;
    }
}
