package orbit.coder;

import edu.stanford.nlp.process.Morphology;
import orbit.core.OrbitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH verb dictionary (the {@code .verbs} format of PETRARCH and PETRARCH-2) into a
 * {@link Lexicon} as user entries, over whatever the builder already holds (the bundled lexicon).
 * Written for evaluating Orbit's coder against PETRARCH's validation records
 * (PETR.UnitTest.records.xml, whose expected codes come from PETR.Validate.verbs.txt: mostly
 * WEIS-style codes written into CAMEO-like fields, kept as the strings they are when the CAMEO
 * table has them) and for users who want to load their own PETRARCH dictionaries. PETRARCH matches
 * words in a constituency parse; Orbit matches lemmas in a dependency parse, so only what Orbit's
 * pattern language can state is kept, and the rest is skipped and counted (see {@link Summary}).
 *
 * <p>What is read, and how it becomes Orbit patterns (docs/coder-dictionaries.md, lexicon.tsv):
 * <ul>
 *   <li>{@code <!-- -->} blocks and {@code #} comments are ignored.
 *   <li>{@code &SYNSET} blocks ({@code +PHRASE} lines; words joined by spaces or {@code _};
 *       synsets inside synsets) are expanded where a pattern uses them: one Orbit entry per
 *       member. Plurals need no expansion, as Orbit compares lemmas.
 *   <li>{@code --- NAME [code] ---} opens a verb block; its code is the default of the block's
 *       verbs, {@code [---]} meaning none. The lines after it that do not start with {@code "-"}
 *       are the block's verbs ({@code ABANDON}, {@code +BREAK_DOWN {...}},
 *       {@code DOWNPLAY [014]} with a code of its own), each a bare verb entry. A verb is
 *       written as the lemma CoreNLP gives it ({@code SAID} and {@code LEFT} become {@code say}
 *       and {@code leave}; the forms in {@code {...}} are not needed; a base form that is also
 *       an irregular past, such as {@code WOUND}, is read as the past). Of a multi-word verb, the
 *       word PETRARCH marks with {@code +} (else the first) is the verb; a particle after it
 *       makes a phrasal verb ({@code +CORDON_OFF} is {@code cordon_off}), a preposition the
 *       target's preposition ({@code +COME_UPON} is {@code come +upon}); other words are
 *       dropped ({@code WIRE_+TAP} is {@code tap}).
 *   <li>Pattern lines {@code - words * words [code]} apply to every verb of the block, as in
 *       PETRARCH; {@code *} is the verb. After it: a particle right after the verb makes a
 *       phrasal verb ({@code * DOWN}); {@code TO verb} a control complement ({@code >verb}); a
 *       noun phrase the light-verb object, its last word the head ({@code * DIPLOMATIC TIES} is
 *       {@code =tie}; also after a preposition, as Orbit's object may be an oblique; a lone adjective,
 *       {@code * DIPLOMATIC}, is {@code =diplomatic}, which the coder matches on the object's
 *       adjective: "renewed diplomatic ties"); a
 *       preposition before the target {@code +} or {@code %}, or ending the pattern, the
 *       target's preposition ({@code * WITH %} is {@code +with}). A single word may be a noun or
 *       a verb ({@code * WAR}, {@code * RESIST}): both readings are entered, as only the
 *       grammatical one can match (a plural only as a noun). Before the verb: {@code $} (the
 *       source, which Orbit's subject already is), auxiliaries (dropped), {@code +} with a
 *       source {@code PREP $} after the verb ({@code reverse}), and {@code %}, a compound subject
 *       whose members act on each other: {@code +with} with {@code sym}, since the coder reads
 *       coordinated subjects of a {@code +with} pattern that finds no with-target as acting on
 *       each other. Other words before the verb (PETRARCH's context: "SAID WOULD *"), modality
 *       and negation words or a clause after it, a source without a preposition, {@code ^}
 *       right before the target, TABARI's {@code {...}} alternatives and the null code
 *       {@code [---]} cannot be stated: the line is skipped.
 *   <li>PETRARCH's target is the first actor after the verb wherever it stands; Orbit needs its
 *       preposition. A verb or pattern without an explicit target is entered with the direct
 *       object as target and once more for each of {@link Options#targetPrepositions} -- except
 *       {@code with} for a bare verb: the coder would code "A and B welcomed ..." as A and B
 *       acting on each other, which the bare verb does not say.
 *   <li>Codes: a pair code is both events, as in PETRARCH ({@code [032:033]} is 032 from source to
 *       target and 033 from target to source: option {@code back=033}; {@code [064:064]}, the same
 *       both ways, adds {@code sym} instead). A code the CAMEO table lacks is replaced by its nearest ancestor in the
 *       table when {@link Options#ancestorCodes} is set ({@code 1717} by 171, {@code 075A} by 075,
 *       {@code 066} by the root 06), else the line is skipped; codes with no ancestor (the WEIS
 *       {@code 223}, the test codes {@code 901}, {@code abc}) are skipped either way. Mind that
 *       in a WEIS-coded file an ancestor is a CAMEO category by string, not by meaning.
 *   <li>When several lines give the same Orbit pattern: one that kept all its words beats one
 *       that lost some, an explicit target beats an added preposition, a later block an earlier
 *       one (PETRARCH's rule for a verb defined twice: LEFT after LEAVE), a pattern the bare
 *       verb, then the earlier line. So a pattern that lost its conditions never replaces its
 *       verb's default code.
 *   <li>Bundled patterns stay: a bundled pattern more specific than the converted ones still wins
 *       ("break =relation +with" keeps 161 over BREAK's 1717). With
 *       {@link Options#recodeBundled} the file's verbs are PETRARCH's alone: every bundled verb
 *       pattern on them that the file does not give is re-coded with the code of the most
 *       specific converted pattern it satisfies ("promise =aid +to" takes PROMISE's 050), as
 *       PETRARCH would code that construction.
 * </ul>
 *
 * <p>Holds no state; a conversion adds to the caller's builder, which is not thread-safe.
 */
final class PetrarchVerbs {

    /**
     * Conversion settings.
     *
     * @param ancestorCodes      replace a code missing from the CAMEO table by its nearest ancestor in it
     * @param recodeBundled      re-code the bundled patterns on the file's verbs with the file's codes
     * @param targetPrepositions prepositions that introduce PETRARCH's implicit target
     */
    record Options(boolean ancestorCodes, boolean recodeBundled, List<String> targetPrepositions) {
        static final Options DEFAULT = new Options(true, false,
                List.of("against", "to", "toward", "towards", "on", "upon", "at", "from", "into", "for", "of", "about", "between", "with"));
    }

    /**
     * What a conversion did. Lines are the file's verb lines and pattern lines; a line is converted
     * when at least one Orbit entry came from it, otherwise it is skipped for the reason counted.
     *
     * @param verbLines    verb lines read (block heads and synonyms)
     * @param patternLines pattern lines read
     * @param converted    lines that gave at least one entry
     * @param entries      Orbit entries added from the file (a line gives several: synset members,
     *                     target prepositions, noun and verb readings)
     * @param ancestors    of those, entries whose code was replaced by its nearest CAMEO ancestor
     * @param recoded      bundled entries re-coded with the file's codes
     * @param skipped      lines skipped, by reason
     * @param codes        the codes of the lines skipped for their code, with their number of lines
     */
    record Summary(int verbLines, int patternLines, int converted, int entries, int ancestors, int recoded,
            Map<String, Integer> skipped, Map<String, Integer> codes) {

        int skippedLines() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%d verb lines and %d pattern lines: %d converted into %d entries (%d with an ancestor code), "
                    + "%d skipped; %d bundled entries re-coded", verbLines, patternLines, converted, entries, ancestors, skippedLines(),
                    recoded));
            new TreeMap<>(skipped).forEach((reason, n) -> b.append(String.format("%n  %4d %s", n, reason)));
            if (!codes.isEmpty()) {
                b.append(String.format("%n       codes: "));
                new TreeMap<>(codes).forEach((code, n) -> b.append(code).append(n > 1 ? " x" + n : "").append("  "));
            }
            return b.toString().stripTrailing();
        }
    }

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "away", "back", "aside", "apart", "forward",
            "together");
    private static final Set<String> PREPOSITIONS = Set.of("about", "against", "at", "between", "by", "for", "from", "in", "into",
            "of", "on", "onto", "over", "through", "to", "toward", "towards", "upon", "with", "without", "within", "across", "among",
            "amid", "around", "after", "before", "behind", "beyond", "under", "near", "during", "despite", "along", "inside",
            "outside", "throughout", "via");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
            "some", "any", "this", "these", "those", "such");
    /** Auxiliaries before the verb: tense and voice, which Orbit reads from the parse itself. */
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "was", "were", "is", "are", "be", "been", "being");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being");
    /** Words after the verb that make the pattern a clause, a modality or a negation: not statable. */
    private static final Set<String> CLAUSE_WORDS = Set.of("not", "n't", "never", "no", "neither", "nor", "would", "will", "should",
            "must", "may", "might", "can", "could", "shall", "have", "has", "had", "be", "been", "being", "was", "were", "is", "are",
            "am", "did", "does", "do", "that", "if", "and", "or", "but", "whether", "wo", "ca");
    private static final Set<String> ADVERBS = Set.of("now", "again", "already", "also", "still", "ever", "even", "very", "just",
            "only", "so", "soon");

    private PetrarchVerbs() {}

    /** Adds the verbs file's verbs and patterns to {@code lexicon}, with {@link Options#DEFAULT}. */
    static void addTo(Lexicon.Builder lexicon, Path verbsFile) {
        convert(lexicon, verbsFile, Options.DEFAULT);
    }

    /** Adds the verbs file's verbs and patterns to {@code lexicon} and says what was kept and skipped. */
    static Summary convert(Lexicon.Builder lexicon, Path verbsFile, Options options) {
        return new Converter(verbsFile, options).run(lexicon);
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    private record Line(int number, String text) {}

    private record Verb(String key, String prep, String code, boolean lossy, int line) {}

    private static final class Block {
        final int index;
        final String code;
        final List<Verb> verbs = new ArrayList<>();
        final List<Line> patterns = new ArrayList<>();

        Block(int index, String code) {
            this.index = index;
            this.code = code;
        }
    }

    /** One token of a pattern: a word (lower case) or a marker (+ $ % ^ *). */
    private record Tok(String text) {
        boolean marker() {
            return text.length() == 1 && "+$%^*".contains(text);
        }

        boolean is(String s) {
            return text.equals(s);
        }
    }

    /** A candidate Orbit entry and what decides between candidates with the same pattern. */
    private record Candidate(String pattern, String key, String object, String control, String prep, String code, String options,
            boolean lossy, boolean generated, int block, boolean bare, int line, String source) {}

    private static final class Converter {
        private final Path file;
        private final String name;
        private final Options options;
        private final Map<String, List<List<String>>> synsets = new HashMap<>();
        private final List<Block> blocks = new ArrayList<>();
        private final Map<String, Integer> skipped = new TreeMap<>();
        private final Map<String, List<Candidate>> byPattern = new LinkedHashMap<>();
        /** Why a line's candidates did not become entries, for lines that gave none. */
        private final Map<Integer, String> failureByLine = new TreeMap<>();
        private int verbCount;
        private int patternCount;

        Converter(Path file, Options options) {
            this.file = file;
            this.name = String.valueOf(file.getFileName());
            this.options = options;
        }

        private static final String CODE_PREFIX = "code:";

        Summary run(Lexicon.Builder lexicon) {
            read();
            for (Block b : blocks) {
                for (Verb v : b.verbs) {
                    bare(b, v);
                }
                for (Line p : b.patterns) {
                    pattern(b, p);
                }
            }
            List<LexiconEntry> bundled = options.recodeBundled() ? lexicon.build().entries() : List.of();
            int entries = 0;
            int ancestors = 0;
            List<Candidate> added = new ArrayList<>();
            Map<Integer, Integer> addedByLine = new HashMap<>();
            Comparator<Candidate> rank = Comparator.comparing(Candidate::lossy)
                    .thenComparing(Candidate::generated)
                    .thenComparing(Comparator.comparingInt(Candidate::block).reversed())
                    .thenComparing(Candidate::bare)
                    .thenComparingInt(Candidate::line);
            for (List<Candidate> same : byPattern.values()) {
                same.sort(rank);
                boolean done = false;
                for (Candidate c : same) {
                    if (done) {
                        failureByLine.putIfAbsent(c.line(), "shadowed by other lines giving the same Orbit patterns");
                        continue;
                    }
                    String code = add(lexicon, c.code(), c.pattern(), c.options(), c.source());
                    if (code == null) {
                        failureByLine.put(c.line(), CODE_PREFIX + c.code());
                        continue;
                    }
                    done = true;
                    entries++;
                    addedByLine.merge(c.line(), 1, Integer::sum);
                    if (!code.equals(c.code())) {
                        ancestors++;
                    }
                    added.add(new Candidate(c.pattern(), c.key(), c.object(), c.control(), c.prep(), code, c.options(), c.lossy(),
                            c.generated(), c.block(), c.bare(), c.line(), c.source()));
                }
            }
            Map<String, Integer> codes = new TreeMap<>();
            for (Map.Entry<Integer, String> f : failureByLine.entrySet()) {
                if (addedByLine.containsKey(f.getKey())) {
                    continue;
                }
                if (f.getValue().startsWith(CODE_PREFIX)) {
                    count("code not in the CAMEO table" + (options.ancestorCodes() ? " nor any ancestor in it" : ""));
                    codes.merge(f.getValue().substring(CODE_PREFIX.length()), 1, Integer::sum);
                } else {
                    count(f.getValue());
                }
            }
            int recoded = options.recodeBundled() ? recode(lexicon, bundled, added) : 0;
            return new Summary(verbCount, patternCount, addedByLine.size(), entries, ancestors, recoded, Map.copyOf(skipped),
                    Map.copyOf(codes));
        }

        /** Adds the entry with its code, else (if allowed) the code's nearest ancestor; the code used, or null. */
        private String add(Lexicon.Builder lexicon, String code, String pattern, String opts, String origin) {
            List<String> tries = new ArrayList<>();
            tries.add(code);
            if (options.ancestorCodes()) {
                String digits = code.replaceAll("[^0-9].*$", "");
                for (int n = digits.length(); n >= 2; n--) {
                    if (!digits.substring(0, n).equals(code)) {
                        tries.add(digits.substring(0, n));
                    }
                }
            }
            // a back code the CAMEO table lacks is dropped, the source's code kept
            List<String> optionTries = opts.contains("back=") ? List.of(opts, opts.replaceAll(",?back=[^,]*", "").replaceAll("^,", ""))
                    : List.of(opts);
            for (String t : tries) {
                for (String o : optionTries) {
                    try {
                        lexicon.add(t, pattern, o.isEmpty() ? "-" : o, "",
                                origin + (t.equals(code) ? "" : " (code " + code + " read as its CAMEO ancestor " + t + ")"));
                        return t;
                    } catch (OrbitException e) {
                        // not a CAMEO code (or not a pattern Orbit accepts): try the next
                    }
                }
            }
            return null;
        }

        /** Re-codes bundled verb patterns on this file's verbs with the most specific converted pattern they satisfy. */
        private int recode(Lexicon.Builder lexicon, List<LexiconEntry> bundled, List<Candidate> added) {
            Map<String, List<Candidate>> byKey = new HashMap<>();
            Set<String> patterns = new java.util.HashSet<>();
            for (Candidate c : added) {
                byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
                patterns.add(c.pattern());
            }
            int n = 0;
            for (LexiconEntry e : bundled) {
                if (e.noun() || patterns.contains(e.pattern()) || !byKey.containsKey(e.key())) {
                    continue;
                }
                Candidate best = null;
                int bestSpecificity = -1;
                for (Candidate c : byKey.get(e.key())) {
                    boolean fits = (c.object().isEmpty() || c.object().equals(e.object()))
                            && (c.control().isEmpty() || c.control().equals(e.control()))
                            && (c.prep().isEmpty() || c.prep().equals(e.prep()))
                            && !c.options().contains("reverse");
                    int s = specificity(c);
                    if (fits && s > bestSpecificity) {
                        best = c;
                        bestSpecificity = s;
                    }
                }
                if (best == null) {
                    continue;
                }
                List<String> opts = new ArrayList<>();
                if (e.symmetric()) {
                    opts.add("sym");
                }
                if (e.reverse()) {
                    opts.add("reverse");
                }
                lexicon.add(best.code(), e.pattern(), opts.isEmpty() ? "-" : String.join(",", opts), e.example(),
                        e.origin() + ", re-coded by " + best.source() + " (" + best.pattern() + ")");
                n++;
            }
            return n;
        }

        private static int specificity(Candidate c) {
            int s = c.key().contains("_") ? 2 : 0;
            s += c.object().isEmpty() ? 0 : 3;
            s += c.control().isEmpty() ? 0 : 3;
            s += c.prep().isEmpty() ? 0 : 1;
            return s;
        }

        private void count(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        // -----------------------------------------------------------------------------------------
        // file structure

        private void read() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw OrbitException.user("cannot read the PETRARCH verbs file %s: %s; check the path", file, e.getMessage());
            }
            // drop <!-- --> blocks but keep their newlines, so line numbers stay right
            Matcher m = Pattern.compile("(?s)<!--.*?-->").matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", "")));
            }
            m.appendTail(b);
            List<Line> lines = new ArrayList<>();
            int n = 0;
            for (String raw : b.toString().split("\n", -1)) {
                n++;
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
                if (!line.isEmpty()) {
                    lines.add(new Line(n, line));
                }
            }
            // synsets first, so a pattern may use one defined further down
            String synset = null;
            for (Line l : lines) {
                if (l.text().startsWith("&")) {
                    synset = l.text().split("\\s+")[0].replaceAll("_$", "");
                    synsets.put(synset, new ArrayList<>());
                } else if (synset != null && l.text().startsWith("+")) {
                    synsets.get(synset).add(words(l.text().substring(1)));
                } else {
                    synset = null;
                }
            }
            Block block = null;
            boolean inSynset = false;
            for (Line l : lines) {
                String t = l.text();
                if (t.startsWith("---")) {
                    Matcher c = BRACKET.matcher(t);
                    block = new Block(blocks.size(), c.find() ? c.group(1).strip() : "---");
                    blocks.add(block);
                    inSynset = false;
                } else if (t.startsWith("&")) {
                    inSynset = true;
                } else if (inSynset && t.startsWith("+")) {
                    continue;
                } else if (t.startsWith("-")) {
                    inSynset = false;
                    if (block != null) {
                        block.patterns.add(l);
                        patternCount++;
                    }
                } else if (block != null) {
                    inSynset = false;
                    Verb v = verb(l, block);
                    if (v != null) {
                        block.verbs.add(v);
                        verbCount++;
                    }
                }
            }
        }

        /** A verb line: "ABANDON", "+BREAK_DOWN {...}", "WIRE_+TAP {...}", "DOWNPLAY [014]". */
        private Verb verb(Line l, Block block) {
            String t = l.text();
            String code = block.code;
            Matcher c = BRACKET.matcher(t);
            if (c.find()) {
                code = c.group(1).strip();
                t = t.substring(0, c.start());
            }
            t = t.replaceAll("\\{[^}]*\\}?", " ").strip();
            List<String> words = words(t.replace("+", " +"));
            if (words.isEmpty()) {
                return null;
            }
            int at = 0;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).startsWith("+")) {
                    at = i;
                }
            }
            List<String> plain = new ArrayList<>();
            for (String w : words) {
                plain.add(w.replace("+", ""));
            }
            String verb = verbLemma(plain.get(at));
            if (verb.isEmpty() || !verb.matches("[a-z][a-z'-]*")) {
                count("verb line not a word");
                return null;
            }
            if (plain.size() == 1) {
                return new Verb(verb, "", code, false, l.number());
            }
            if (at == 0 && plain.size() == 2) {
                String second = plain.get(1);
                if (PARTICLES.contains(second)) {
                    return new Verb(verb + "_" + second, "", code, false, l.number());
                }
                if (PREPOSITIONS.contains(second)) {
                    return new Verb(verb, second, code, false, l.number());
                }
            }
            return new Verb(verb, "", code, true, l.number());
        }

        // -----------------------------------------------------------------------------------------
        // entries

        private void bare(Block b, Verb v) {
            if (v.code().equals("---") || v.code().isEmpty()) {
                count("verb without a default code (---): only the block's patterns code it");
                return;
            }
            Code code = code(v.code());
            List<String> opts = code.options();
            String source = name + ":" + v.line();
            if (!v.prep().isEmpty()) {
                candidate(v.key(), "", "", v.prep(), code.code(), opts, v.lossy(), false, b.index, true, v.line(), source);
                return;
            }
            candidate(v.key(), "", "", "", code.code(), opts, v.lossy(), false, b.index, true, v.line(), source);
            for (String p : options.targetPrepositions()) {
                if (p.equals("with")) {
                    continue; // the coder reads "A and B <verb> with" as mutual: a bare verb does not say so
                }
                candidate(v.key(), "", "", p, code.code(), opts, v.lossy(), true, b.index, true, v.line(), source);
            }
        }

        /** A line's code: the source's, whether a pair code is the same both ways, and else the target's code back. */
        private record Code(String code, boolean sym, String back) {
            List<String> options() {
                List<String> opts = new ArrayList<>();
                if (sym) {
                    opts.add("sym");
                }
                if (!back.isEmpty()) {
                    opts.add("back=" + back);
                }
                return opts;
            }
        }

        private static Code code(String raw) {
            String c = raw.strip();
            int colon = c.indexOf(':');
            if (colon >= 0) {
                String source = c.substring(0, colon).strip();
                String target = c.substring(colon + 1).strip();
                boolean sym = source.equals(target);
                return new Code(source, sym, sym || target.startsWith("-") ? "" : target);
            }
            return new Code(c, false, "");
        }

        /** One pattern line of a block, converted for every verb of the block. */
        private void pattern(Block b, Line l) {
            String t = l.text().substring(1).strip();
            if (t.contains("{")) {
                count("pattern with TABARI {} alternatives");
                return;
            }
            Matcher c = BRACKET.matcher(t);
            String rawCode = null;
            int codeAt = t.length();
            while (c.find()) {
                rawCode = c.group(1).strip();
                codeAt = Math.min(codeAt, c.start());
            }
            if (rawCode == null) {
                count("pattern without a code");
                return;
            }
            if (rawCode.equals("---")) {
                count("pattern with the null code --- (a non-event Orbit cannot state)");
                return;
            }
            String body = t.substring(0, codeAt).replace("_ ", " ");
            int star = body.indexOf('*');
            if (star < 0) {
                count("pattern without the verb *");
                return;
            }
            List<List<Tok>> pres;
            List<List<Tok>> posts;
            try {
                pres = expand(tokens(body.substring(0, star)), 0);
                posts = expand(tokens(body.substring(star + 1)), 0);
            } catch (IllegalArgumentException e) {
                count(e.getMessage());
                return;
            }
            Code code = code(rawCode);
            String source = name + ":" + l.number();
            String reason = null;
            boolean any = false;
            for (List<Tok> pre : pres) {
                for (List<Tok> post : posts) {
                    Shape s = shape(pre, post);
                    if (s.reason() != null) {
                        reason = s.reason();
                        continue;
                    }
                    for (Verb v : b.verbs) {
                        any |= entries(b, v, s, code, l.number(), source);
                    }
                }
            }
            if (!any) {
                count(reason != null ? reason : "pattern that fits none of the block's verbs");
            }
        }

        private boolean entries(Block b, Verb v, Shape s, Code code, int line, String source) {
            String key = v.key();
            if (!s.particle().isEmpty()) {
                if (key.contains("_")) {
                    return false;
                }
                key = key + "_" + s.particle();
            }
            String prep = s.prep().isEmpty() ? v.prep() : s.prep();
            List<String> opts = new ArrayList<>(code.options());
            if (s.sym() && !code.sym()) {
                opts.add(0, "sym");
            }
            if (s.reverse()) {
                opts.add("reverse");
            }
            boolean lossy = s.lossy() || v.lossy();
            for (String[] reading : s.readings()) {
                String object = reading[0];
                String control = reading[1];
                if (s.target() || !prep.isEmpty()) {
                    candidate(key, object, control, prep, code.code(), opts, lossy, false, b.index, false, line, source);
                } else {
                    candidate(key, object, control, "", code.code(), opts, lossy, false, b.index, false, line, source);
                    for (String p : options.targetPrepositions()) {
                        candidate(key, object, control, p, code.code(), opts, lossy, true, b.index, false, line, source);
                    }
                }
            }
            return true;
        }

        private void candidate(String key, String object, String control, String prep, String code, List<String> opts, boolean lossy,
                boolean generated, int block, boolean bare, int line, String source) {
            for (String w : List.of(object, control, prep)) {
                if (!w.isEmpty() && !w.matches("[a-z][a-z'-]+")) {
                    failureByLine.putIfAbsent(line, "pattern word Orbit cannot take as a lemma");
                    return;
                }
            }
            StringBuilder p = new StringBuilder(key);
            if (!object.isEmpty()) {
                p.append(" =").append(object);
            }
            if (!control.isEmpty()) {
                p.append(" >").append(control);
            }
            if (!prep.isEmpty()) {
                p.append(" +").append(prep);
            }
            String pattern = p.toString();
            Candidate c = new Candidate(pattern, key, object, control, prep, code, opts.isEmpty() ? "-" : String.join(",", opts), lossy,
                    generated, block, bare, line, source);
            byPattern.computeIfAbsent(pattern, k -> new ArrayList<>()).add(c);
        }

        // -----------------------------------------------------------------------------------------
        // patterns

        /**
         * What Orbit can state of one pattern (synsets expanded): the particle, the readings
         * ({object, control} pairs), the target's preposition, whether a target was marked,
         * sym/reverse, and whether words were dropped; or the reason it cannot be stated.
         */
        private record Shape(String particle, List<String[]> readings, String prep, boolean target, boolean sym, boolean reverse,
                boolean lossy, String reason) {
            static Shape skip(String reason) {
                return new Shape("", List.of(), "", false, false, false, false, reason);
            }
        }

        private Shape shape(List<Tok> pre, List<Tok> post) {
            boolean sym = false;
            boolean lossy = false;
            boolean targetBefore = false;
            boolean passive = false;
            for (Tok t : pre) {
                if (t.is("$")) {
                    continue;
                } else if (t.is("%")) {
                    sym = true;
                } else if (t.is("+")) {
                    targetBefore = true;
                } else if (AUXILIARIES.contains(t.text())) {
                    lossy = true;
                    passive |= PASSIVE_AUXILIARIES.contains(t.text());
                } else {
                    return Shape.skip("pattern with words before the verb");
                }
            }
            for (Tok t : post) {
                if (CLAUSE_WORDS.contains(t.text())) {
                    return Shape.skip("pattern with a clause, modal or negation after the verb");
                }
            }
            String particle = "";
            int i = 0;
            int n = post.size();
            if (i < n && PARTICLES.contains(post.get(i).text())) {
                particle = post.get(i).text();
                i++;
            }
            List<String[]> readings = new ArrayList<>();
            String object = "";
            String control = "";
            String prep = "";
            String sourcePrep = null;
            boolean target = false;
            // TO verb: a control complement (or "lead TO instability": a noun after "to")
            if (i + 1 < n && post.get(i).is("to") && content(post.get(i + 1))) {
                String w = post.get(i + 1).text();
                control = verbLemma(w);
                i += 2;
                readings.add(new String[] {"", control});
                readings.add(new String[] {nounLemma(w), ""});
                if (i < n && content(post.get(i))) {
                    return Shape.skip("pattern with words after the complement verb");
                }
            } else {
                boolean afterPrep = false;
                if (i + 1 < n && preposition(post.get(i)) && phraseWord(post.get(i + 1))) {
                    afterPrep = true;
                    i++;
                }
                List<String> run = new ArrayList<>();
                while (i < n && phraseWord(post.get(i))) {
                    run.add(post.get(i).text());
                    i++;
                }
                String head = null;
                int contentWords = 0;
                for (String w : run) {
                    if (!DETERMINERS.contains(w) && !adverb(w)) {
                        head = w;
                        contentWords++;
                    } else if (adverb(w)) {
                        lossy = true;
                    }
                }
                if (contentWords > 1) {
                    lossy = true; // modifiers of the head are not stated
                }
                if (head != null) {
                    object = nounLemma(head);
                    readings.add(new String[] {object, ""});
                    if (run.size() == 1 && !afterPrep && !nounOnly(head)) {
                        readings.add(new String[] {"", verbLemma(head)});
                    }
                }
            }
            while (i < n) {
                Tok t = post.get(i);
                Tok next = i + 1 < n ? post.get(i + 1) : null;
                if (preposition(t) && next != null && (next.is("+") || next.is("%"))) {
                    if (target) {
                        return Shape.skip("pattern with two targets");
                    }
                    prep = t.text();
                    target = true;
                    i += 2;
                } else if (t.is("+") || t.is("%")) {
                    if (target) {
                        return Shape.skip("pattern with two targets");
                    }
                    target = true;
                    i++;
                } else if (preposition(t) && next == null) {
                    prep = t.text();
                    target = true;
                    i++;
                } else if (preposition(t) && next.is("$")) {
                    sourcePrep = t.text();
                    i += 2;
                } else if (t.is("$")) {
                    return Shape.skip("pattern with a source after the verb without a preposition");
                } else if (t.is("^")) {
                    if (next != null && (next.is("+") || next.is("%"))) {
                        return Shape.skip("pattern with ^ right before the target");
                    }
                    i++;
                } else {
                    // a qualifier Orbit cannot state: a second noun phrase, a prepositional phrase, an adverb
                    lossy = true;
                    i++;
                }
            }
            if (readings.isEmpty()) {
                readings.add(new String[] {"", ""});
            }
            if (sym && !target && prep.isEmpty()) {
                // PETRARCH's % before the verb: a compound subject whose members act on each other. Orbit codes
                // coordinated subjects of a "+with" pattern that finds no with-target as acting on each other,
                // and one subject acting "with" another as acting on it.
                prep = "with";
                target = true;
            }
            boolean reverse = false;
            if (targetBefore) {
                if (sourcePrep != null && !target) {
                    reverse = true;
                    prep = sourcePrep;
                    target = true;
                } else if (passive && sourcePrep == null) {
                    // "+ WAS_ *": the target is the passive subject, which Orbit finds itself
                } else {
                    return Shape.skip("pattern with the target before the verb and no source after it");
                }
            } else if (sourcePrep != null) {
                return Shape.skip("pattern with the source after the verb and the target elsewhere");
            }
            if (particle.isEmpty() && prep.isEmpty() && !target && readings.size() == 1 && readings.get(0)[0].isEmpty()
                    && readings.get(0)[1].isEmpty() && !sym && !reverse && lossy) {
                return Shape.skip("pattern whose conditions Orbit cannot state (it would be the bare verb)");
            }
            return new Shape(particle, readings, prep, target, sym, reverse, lossy, null);
        }

        /** A plural cannot be the complement verb, which PETRARCH writes in the base form ("* RUPEES"). */
        private static boolean nounOnly(String w) {
            return !nounLemma(w).equals(w) || (w.endsWith("s") && !w.endsWith("ss"));
        }

        private static boolean preposition(Tok t) {
            return PREPOSITIONS.contains(t.text());
        }

        private static boolean adverb(String w) {
            return ADVERBS.contains(w) || (w.endsWith("ly") && w.length() > 4);
        }

        /** A word that can be part of a noun phrase after the verb. */
        private static boolean phraseWord(Tok t) {
            return !t.marker() && !preposition(t) && !PARTICLES.contains(t.text());
        }

        private static boolean content(Tok t) {
            return phraseWord(t) && !DETERMINERS.contains(t.text()) && !adverb(t.text());
        }

        private List<Tok> tokens(String s) {
            List<Tok> out = new ArrayList<>();
            String spaced = s.replace("*", " * ").replace("+", " + ").replace("$", " $ ").replace("%", " % ").replace("^", " ^ ");
            for (String w : spaced.split("[\\s_]+")) {
                if (!w.isEmpty()) {
                    out.add(new Tok(w.startsWith("&") ? w : w.toLowerCase(Locale.ROOT)));
                }
            }
            return out;
        }

        /** Every way of reading the tokens with their synsets replaced by one member each. */
        private List<List<Tok>> expand(List<Tok> toks, int depth) {
            if (depth > 5) {
                throw new IllegalArgumentException("pattern with synsets nested too deep");
            }
            List<List<Tok>> out = new ArrayList<>();
            out.add(new ArrayList<>());
            for (Tok t : toks) {
                List<List<Tok>> alternatives;
                if (t.text().startsWith("&")) {
                    List<List<String>> members = synsets.get(t.text().replaceAll("_$", ""));
                    if (members == null) {
                        throw new IllegalArgumentException("pattern using an undefined synset");
                    }
                    alternatives = new ArrayList<>();
                    for (List<String> member : members) {
                        List<Tok> mt = new ArrayList<>();
                        for (String w : member) {
                            mt.add(new Tok(w.startsWith("&") ? w : w.toLowerCase(Locale.ROOT)));
                        }
                        alternatives.addAll(expand(mt, depth + 1));
                    }
                } else {
                    alternatives = List.of(List.of(t));
                }
                List<List<Tok>> next = new ArrayList<>();
                for (List<Tok> prefix : out) {
                    for (List<Tok> alt : alternatives) {
                        List<Tok> joined = new ArrayList<>(prefix);
                        joined.addAll(alt);
                        next.add(joined);
                    }
                }
                out = next;
                if (out.size() > 500) {
                    throw new IllegalArgumentException("pattern with too many synset combinations");
                }
            }
            return out;
        }
    }

    /** Words of a phrase written with spaces or underscores, upper case kept for synset names. */
    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().split("[\\s_]+")) {
            if (!w.isEmpty()) {
                out.add(w.startsWith("&") || w.startsWith("+&") ? w.replace("+", "") : w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** A verb written in any form, as CoreNLP lemmatizes it: SAID is say, LEFT leave, ATTACK attack. */
    static String verbLemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Morphology.lemmaStatic(w, "VBD").toLowerCase(Locale.ROOT);
    }

    /** A noun as CoreNLP lemmatizes it: TIES is tie. */
    static String nounLemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Morphology.lemmaStatic(w, "NNS").toLowerCase(Locale.ROOT);
    }

}
