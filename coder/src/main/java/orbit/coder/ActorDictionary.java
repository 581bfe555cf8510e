package orbit.coder;

import orbit.core.Entity;
import orbit.core.EntityDictionary;
import orbit.core.OrbitException;
import orbit.core.Sector;
import orbit.core.Tsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds actor mentions in a parsed sentence: states and organisations by name, alias, demonym,
 * capital and metonym (from the core entity dictionary), persons and institutions with dated roles,
 * and sector words. Immutable after {@link Builder#build()}; thread-safe.
 *
 * <p>Proper names are matched on words, longest first. A phrase written in capitals of up to four
 * letters ("US", "UN", "EU") only matches the same capitals, so "us" is not the United States; any
 * other name must start with a capital letter in the text. Sector words are matched on lemmas in
 * any case. A phrase that names two different entities ("Korean") is left out as ambiguous.
 */
public final class ActorDictionary {

    private static final String RESOURCES = "/orbit/coder/";

    private final Node names;
    private final Node sectors;
    private final int size;

    private ActorDictionary(Node names, Node sectors, int size) {
        this.names = names;
        this.sectors = sectors;
        this.size = size;
    }

    /** The bundled dictionaries: entities, persons, institutions, sector words. */
    public static Builder standard(EntityDictionary entities) {
        Builder b = new Builder();
        b.addEntities(entities);
        b.addPersons(resource("persons.tsv"), "persons.tsv");
        b.addPersons(resource("institutions.tsv"), "institutions.tsv");
        b.addSectors(resource("sectors.tsv"), "sectors.tsv");
        return b;
    }

    /** An empty dictionary to fill with a user's own entries only. */
    public static Builder empty() {
        return new Builder();
    }

    static InputStream resource(String name) {
        InputStream in = ActorDictionary.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw OrbitException.internal(null, "the coder resource %s is missing from the class path", name);
        }
        return in;
    }

    /** Number of phrases. */
    public int size() {
        return size;
    }

    /**
     * The mentions in a sentence, in token order, not overlapping. Proper names are found first;
     * sector words fill the words left.
     */
    public List<Mention> find(Parse parse) {
        List<Token> tokens = parse.tokens();
        Mention[] at = new Mention[tokens.size()];
        for (int i = 0; i < tokens.size(); ) {
            Mention m = longest(names, tokens, i, false);
            if (m == null) {
                i++;
            } else {
                for (int k = m.start(); k < m.end(); k++) {
                    at[k] = m;
                }
                i = m.end();
            }
        }
        for (int i = 0; i < tokens.size(); ) {
            Mention m = at[i] == null ? longest(sectors, tokens, i, true) : null;
            if (m == null) {
                i++;
                continue;
            }
            boolean free = true;
            for (int k = m.start(); k < m.end(); k++) {
                free &= at[k] == null;
            }
            if (free) {
                for (int k = m.start(); k < m.end(); k++) {
                    at[k] = m;
                }
                i = m.end();
            } else {
                i++;
            }
        }
        List<Mention> found = new ArrayList<>();
        Mention last = null;
        for (Mention m : at) {
            if (m != null && m != last) {
                found.add(m);
                last = m;
            }
        }
        return found;
    }

    private static Mention longest(Node root, List<Token> tokens, int start, boolean byLemma) {
        Node node = root;
        Mention best = null;
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!node.stems.isEmpty()) {
                String w = t.word().toLowerCase(Locale.ROOT);
                for (Map.Entry<String, List<ActorEntry>> stem : node.stems.entrySet()) {
                    if (t.isCapitalised() && w.startsWith(stem.getKey()) && (best == null || best.end() <= i)) {
                        best = new Mention(start, i + 1, stem.getValue());
                    }
                }
            }
            Node next = node.next.get(byLemma ? t.lemma() : t.word().toLowerCase(Locale.ROOT));
            if (next == null && byLemma) {
                next = node.next.get(t.word().toLowerCase(Locale.ROOT));
            }
            if (next == null) {
                break;
            }
            node = next;
            if (!node.entries.isEmpty() && !node.ambiguous) {
                List<ActorEntry> fit = new ArrayList<>();
                for (ActorEntry e : node.entries) {
                    if (byLemma || caseFits(e.phrase(), tokens, start)) {
                        fit.add(e);
                    }
                }
                if (!fit.isEmpty()) {
                    best = new Mention(start, i + 1, fit);
                }
            }
        }
        return best;
    }

    private static boolean caseFits(String phrase, List<Token> tokens, int start) {
        String[] words = words(phrase);
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            String text = tokens.get(start + k).word();
            if (w.length() <= 4 && w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                    && w.chars().anyMatch(Character::isLetter)) {
                if (!text.equals(w)) {
                    return false;
                }
            }
        }
        return tokens.get(start).isCapitalised();
    }

    static String[] words(String phrase) {
        String p = phrase.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("the ")) {
            p = p.substring(4);
        }
        // CoreNLP splits the possessive and some punctuation off; split the phrase the same way
        p = p.replace("'s ", " 's ").replace(",", " ,").replace("(", "( ").replace(")", " )");
        return p.strip().split("\\s+");
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<ActorEntry> entries = new ArrayList<>();
        /** Entries whose last word is a stem: it matches any word starting with it (PETRARCH/TABARI dictionaries). */
        final Map<String, List<ActorEntry>> stems = new HashMap<>();
        boolean ambiguous;
    }

    /** Collects dictionary entries; not thread-safe. */
    public static final class Builder {
        private final Node names = new Node();
        private final Node sectors = new Node();
        private int size;

        private Builder() {}

        /** States and organisations: names, aliases, ICEWS names, demonyms, capitals, metonyms. */
        public Builder addEntities(EntityDictionary dictionary) {
            for (Entity e : dictionary.entities()) {
                String origin = "entities.tsv:" + e.id();
                ActorEntry.Kind nameKind = e.kind() == Entity.Kind.STATE ? ActorEntry.Kind.STATE : ActorEntry.Kind.ORGANISATION;
                Set<String> seen = new HashSet<>();
                List<String> names = new ArrayList<>();
                names.add(e.name());
                names.addAll(e.aliases());
                names.addAll(e.icews());
                for (String n : names) {
                    if (seen.add(n)) {
                        add(new ActorEntry(n, nameKind, e.id(), e.id(), "", null, null, origin));
                    }
                }
                for (String d : e.demonyms()) {
                    add(new ActorEntry(d, ActorEntry.Kind.DEMONYM, e.id(), e.id(), "", null, null, origin));
                }
                // an organisation's seat (Washington for the IMF) stands for its host state, not for it
                if (!e.capital().isEmpty() && e.kind() == Entity.Kind.STATE) {
                    add(new ActorEntry(e.capital(), ActorEntry.Kind.CAPITAL, e.id(), e.id(), "", null, null, origin));
                }
                for (String m : e.metonyms()) {
                    if (!m.equals(e.capital()) || e.kind() != Entity.Kind.STATE) {
                        add(new ActorEntry(m, ActorEntry.Kind.METONYM, e.id(), e.id() + "GOV", "", null, null, origin));
                    }
                }
            }
            return this;
        }

        /** Persons or institutions with dated roles, in the persons.tsv format. */
        public Builder addPersons(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                return addPersons(in, file.toString());
            } catch (IOException e) {
                throw OrbitException.user("cannot read the actor file %s: %s; check the path", file, e.getMessage());
            }
        }

        Builder addPersons(InputStream in, String name) {
            List<String> columns = List.of("name", "aliases", "entity", "sector", "role", "from", "to");
            Tsv.read(in, name, columns, row -> {
                String entity = row.get("entity");
                String sector = row.get("sector");
                if (!sector.isEmpty() && Sector.fromCode(sector).isEmpty()) {
                    throw OrbitException.user("line %d of %s: '%s' is not a sector code (GOV, MIL, LEG, ...)", row.line(), name, sector);
                }
                LocalDate from = date(row.get("from"), row, name);
                LocalDate to = date(row.get("to"), row, name);
                List<String> phrases = new ArrayList<>();
                phrases.add(row.get("name"));
                phrases.addAll(row.list("aliases"));
                for (String p : phrases) {
                    add(new ActorEntry(p, ActorEntry.Kind.PERSON, entity, entity + sector, row.get("role"), from, to,
                            name + ":" + row.line()));
                }
                return null;
            });
            return this;
        }

        /** Sector words, in the sectors.tsv format. */
        public Builder addSectors(InputStream in, String name) {
            Tsv.read(in, name, List.of("phrase", "sector"), row -> {
                String sector = row.get("sector");
                if (Sector.fromCode(sector).isEmpty()) {
                    throw OrbitException.user("line %d of %s: '%s' is not a sector code (GOV, MIL, LEG, ...)", row.line(), name, sector);
                }
                add(new ActorEntry(row.get("phrase"), ActorEntry.Kind.SECTOR, "", sector, "", null, null, name + ":" + row.line()));
                return null;
            });
            return this;
        }

        /** Adds one entry (used by the loaders and by other dictionary formats). */
        public Builder add(ActorEntry entry) {
            String[] words = words(entry.phrase());
            if (words.length == 0 || words[0].isEmpty()) {
                return this;
            }
            Node node = entry.kind() == ActorEntry.Kind.SECTOR ? sectors : names;
            for (String w : words) {
                node = node.next.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new Node());
            }
            boolean override = false;
            for (ActorEntry e : node.entries) {
                // a user's sector word with a code of its own ("foreign minister" GOVFRM) replaces the bundled one (GOV)
                if (e.kind() == ActorEntry.Kind.SECTOR && entry.kind() == ActorEntry.Kind.SECTOR && !e.code().equals(entry.code())
                        && e.origin().startsWith("sectors.tsv") && !entry.origin().startsWith("sectors.tsv")) {
                    override = true;
                }
                boolean sameThing = e.entity().equals(entry.entity()) && e.code().equals(entry.code())
                        && e.kind() == entry.kind() && java.util.Objects.equals(e.from(), entry.from());
                if (sameThing) {
                    return this;
                }
                if (!e.entity().equals(entry.entity()) && e.kind() != ActorEntry.Kind.PERSON && entry.kind() != ActorEntry.Kind.PERSON
                        && !entry.origin().equals(e.origin())) {
                    if (isUserOverride(e, entry)) {
                        override = true;
                    } else {
                        node.ambiguous = true;
                    }
                }
            }
            if (override) {
                // a user's dictionary names the phrase differently from the bundled one: the user's wins
                node.entries.clear();
                node.ambiguous = false;
            }
            node.entries.add(entry);
            size++;
            return this;
        }

        private static boolean isUserOverride(ActorEntry old, ActorEntry fresh) {
            return !fresh.origin().startsWith("entities.tsv") && old.origin().startsWith("entities.tsv");
        }

        /**
         * Adds an entry whose last word is a stem matching any word that starts with it ("ARGENTIN"
         * for Argentina and Argentine), as PETRARCH and TABARI dictionaries write them.
         */
        public Builder addStem(ActorEntry entry) {
            String[] words = words(entry.phrase());
            Node node = entry.kind() == ActorEntry.Kind.SECTOR ? sectors : names;
            for (int i = 0; i < words.length - 1; i++) {
                node = node.next.computeIfAbsent(words[i].toLowerCase(Locale.ROOT), k -> new Node());
            }
            node.stems.computeIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
            size++;
            return this;
        }

        public ActorDictionary build() {
            return new ActorDictionary(names, sectors, size);
        }

        private static LocalDate date(String s, Tsv.Row row, String name) {
            if (s.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw OrbitException.user("line %d of %s: '%s' is not a date; write YYYY-MM-DD", row.line(), name, s);
            }
        }
    }

}
