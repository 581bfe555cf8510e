package orbit.coder;

import orbit.core.CameoTable;
import orbit.core.OrbitException;
import orbit.core.Tsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The predicate lexicon: verb, phrasal-verb, light-verb, control and event-noun patterns with their
 * CAMEO codes. Immutable after {@link Builder#build()}; thread-safe.
 */
public final class Lexicon {

    private final Map<String, List<LexiconEntry>> verbs;
    private final Map<String, List<LexiconEntry>> nouns;
    private final List<LexiconEntry> entries;

    private Lexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns, List<LexiconEntry> entries) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.entries = List.copyOf(entries);
    }

    /** The bundled lexicon, lexicon.tsv. */
    public static Builder standard(CameoTable cameo) {
        return new Builder(cameo).add(ActorDictionary.resource("lexicon.tsv"), "lexicon.tsv");
    }

    public static Builder empty(CameoTable cameo) {
        return new Builder(cameo);
    }

    /** Verb patterns whose trigger has this lemma (phrasal verbs under "lemma_particle"), most specific first. */
    public List<LexiconEntry> verb(String key) {
        return verbs.getOrDefault(key, List.of());
    }

    /** Event-noun patterns for this lemma, most specific first. */
    public List<LexiconEntry> noun(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /** Every entry, in file order. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** Collects entries; not thread-safe. Later files override earlier entries with the same pattern. */
    public static final class Builder {
        private final CameoTable cameo;
        private final Map<String, LexiconEntry> byPattern = new java.util.LinkedHashMap<>();

        private Builder(CameoTable cameo) {
            this.cameo = cameo;
        }

        public Builder add(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                return add(in, file.toString());
            } catch (IOException e) {
                throw OrbitException.user("cannot read the lexicon file %s: %s; check the path", file, e.getMessage());
            }
        }

        public Builder add(InputStream in, String name) {
            Tsv.read(in, name, List.of("code", "pattern", "options", "example"), row -> {
                LexiconEntry e = parse(row.get("code"), row.get("pattern"), row.get("options"), row.get("example"),
                        name + ":" + row.line());
                byPattern.put(e.pattern(), e);
                return null;
            });
            return this;
        }

        /** Adds one entry written in the pattern language. */
        public Builder add(String code, String pattern, String options, String example, String origin) {
            LexiconEntry e = parse(code, pattern, options, example, origin);
            byPattern.put(e.pattern(), e);
            return this;
        }

        private LexiconEntry parse(String code, String pattern, String options, String example, String origin) {
            if (cameo.find(code).isEmpty()) {
                throw OrbitException.user("%s: '%s' is not a CAMEO code; see `orbit codes` or cameo-codes.tsv", origin, code);
            }
            String[] parts = pattern.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                throw OrbitException.user("%s: the pattern is empty; write a trigger lemma first, e.g. 'meet +with'", origin);
            }
            String first = parts[0];
            boolean noun = first.startsWith("N:");
            String trigger = noun ? first.substring(2) : first;
            if (trigger.isEmpty() || "=>+".indexOf(trigger.charAt(0)) >= 0) {
                throw OrbitException.user("%s: the pattern '%s' must start with a trigger lemma ('visit', 'pull_out' or 'N:visit')", origin, pattern);
            }
            String particle = "";
            int underscore = trigger.indexOf('_');
            if (underscore > 0 && !noun) {
                particle = trigger.substring(underscore + 1);
                trigger = trigger.substring(0, underscore);
            }
            String object = "";
            String control = "";
            String prep = "";
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i];
                if (p.length() < 2) {
                    throw OrbitException.user("%s: '%s' in pattern '%s' is too short; write =noun, >verb or +prep", origin, p, pattern);
                }
                switch (p.charAt(0)) {
                    case '=' -> object = p.substring(1);
                    case '>' -> control = p.substring(1);
                    case '+' -> prep = p.substring(1).replace('_', ' ');
                    default -> throw OrbitException.user(
                            "%s: '%s' in pattern '%s' should start with = (light-verb object), > (complement verb) or + (preposition)",
                            origin, p, pattern);
                }
            }
            boolean symmetric = false;
            boolean reverse = false;
            boolean stance = false;
            String back = "";
            for (String o : options.split(",")) {
                String opt = o.strip();
                if (opt.startsWith("back=")) {
                    back = opt.substring(5);
                    if (cameo.find(back).isEmpty()) {
                        throw OrbitException.user("%s: '%s' in option %s is not a CAMEO code; see `orbit codes` or cameo-codes.tsv", origin,
                                back, opt);
                    }
                    continue;
                }
                switch (opt) {
                    case "", "-" -> { }
                    case "sym" -> symmetric = true;
                    case "reverse" -> reverse = true;
                    case "stance" -> stance = true;
                    default -> throw OrbitException.user("%s: unknown option '%s'; options are sym, reverse, stance and back=CODE, or -", origin, opt);
                }
            }
            return new LexiconEntry(code, String.join(" ", parts), trigger.toLowerCase(java.util.Locale.ROOT), noun,
                    particle.toLowerCase(java.util.Locale.ROOT), object.toLowerCase(java.util.Locale.ROOT),
                    control.toLowerCase(java.util.Locale.ROOT), prep.toLowerCase(java.util.Locale.ROOT), symmetric, reverse,
                    stance, back, example, origin);
        }

        public Lexicon build() {
            Map<String, List<LexiconEntry>> verbs = new HashMap<>();
            Map<String, List<LexiconEntry>> nouns = new HashMap<>();
            for (LexiconEntry e : byPattern.values()) {
                (e.noun() ? nouns : verbs).computeIfAbsent(e.noun() ? e.lemma() : e.key(), k -> new ArrayList<>()).add(e);
            }
            Comparator<LexiconEntry> order = Comparator.comparingInt(LexiconEntry::specificity).reversed();
            verbs.values().forEach(l -> l.sort(order));
            nouns.values().forEach(l -> l.sort(order));
            return new Lexicon(verbs, nouns, new ArrayList<>(byPattern.values()));
        }
    }
}
