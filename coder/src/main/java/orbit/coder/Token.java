package orbit.coder;

/**
 * One word of a parsed sentence.
 *
 * @param index 0-based position in the sentence
 * @param word  the word as written
 * @param lemma its lemma, lower case
 * @param tag   its Penn Treebank part-of-speech tag
 * @param begin character offset of the word in the document
 * @param end   character offset just after the word
 */
public record Token(int index, String word, String lemma, String tag, int begin, int end) {

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
