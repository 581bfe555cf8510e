package orbit.coder;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its words and its enhanced++ Universal Dependencies graph, held in plain arrays
 * so the coder needs no CoreNLP types. Immutable after construction; thread-safe.
 */
public final class Parse {

    /** A labelled dependency edge: {@code relation(governor, dependent)}, 0-based token indexes. */
    public record Edge(String relation, int governor, int dependent) {

        /** The relation without its subtype: "obl" for "obl:with". */
        public String base() {
            int colon = relation.indexOf(':');
            return colon < 0 ? relation : relation.substring(0, colon);
        }

        /** The subtype, lower case: "with" for "obl:with", "" when none. */
        public String subtype() {
            int colon = relation.indexOf(':');
            return colon < 0 ? "" : relation.substring(colon + 1);
        }
    }

    private final int number;
    private final String text;
    private final List<Token> tokens;
    private final List<List<Edge>> out;
    private final List<List<Edge>> in;

    public Parse(int number, String text, List<Token> tokens, List<Edge> edges) {
        this.number = number;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        List<List<Edge>> o = new ArrayList<>();
        List<List<Edge>> i = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            o.add(new ArrayList<>());
            i.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            o.get(e.governor()).add(e);
            i.get(e.dependent()).add(e);
        }
        this.out = o.stream().map(List::copyOf).toList();
        this.in = i.stream().map(List::copyOf).toList();
    }

    /** This parse as sentence {@code number} of its document. */
    public Parse renumbered(int number) {
        List<Edge> edges = new ArrayList<>();
        out.forEach(edges::addAll);
        return new Parse(number, text, tokens, edges);
    }

    /** Sentence number in its document, from 1. */
    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    /** Edges from {@code governor} to its dependents. */
    public List<Edge> dependents(int governor) {
        return out.get(governor);
    }

    /** Edges from the governors of {@code dependent} to it. */
    public List<Edge> governors(int dependent) {
        return in.get(dependent);
    }

    /**
     * The edge to a token's head in the tree: its first governor other than the extra edges
     * enhanced++ adds for relative pronouns ({@code ref}) and shared conjuncts ({@code conj}); null
     * at the root.
     */
    public Edge head(int dependent) {
        for (Edge g : in.get(dependent)) {
            if (!g.relation().equals("ref") && !g.base().equals("conj")) {
                return g;
            }
        }
        return null;
    }

    /** Dependents of {@code governor} whose relation is {@code relation} or one of its subtypes ("obl" matches "obl:with"). */
    public List<Integer> dependents(int governor, String relation) {
        List<Integer> found = new ArrayList<>();
        for (Edge e : out.get(governor)) {
            if (e.relation().equals(relation) || (e.base().equals(relation) && !relation.contains(":"))) {
                found.add(e.dependent());
            }
        }
        return found;
    }

    /** The head edges above {@code token}, nearest first: at most {@code max}, fewer near the root. */
    public List<Edge> headChain(int token, int max) {
        List<Edge> chain = new ArrayList<>();
        for (Edge up = head(token); up != null && chain.size() < max; up = head(up.governor())) {
            chain.add(up);
        }
        return chain;
    }

    /** True when {@code governor} has a dependent with this exact relation. */
    public boolean has(int governor, String relation) {
        for (Edge e : out.get(governor)) {
            if (e.relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    /** The words from {@code start} to {@code end} (exclusive) joined by spaces. */
    public String words(int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start) {
                b.append(' ');
            }
            b.append(tokens.get(k).word());
        }
        return b.toString();
    }
}
