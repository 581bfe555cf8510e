package orbit.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import orbit.core.Actor;
import orbit.core.Entity;
import orbit.core.EntityDictionary;
import orbit.core.Event;

/**
 * Where an event's source, trigger and target words are in its sentence, for the dashboard to mark.
 * The store keeps the words (the actors' names are the words they were recognised from, the trigger
 * its predicate words), not their offsets, so they are found again in the sentence: a whole phrase
 * first, else each word, whole words only, never overlapping an earlier span. Stateless.
 */
final class Highlights {
    private Highlights() {}

    /** A span of the sentence: characters [start, end) and the role, source, trigger or target. */
    record Span(int start, int end, String role) {}

    /**
     * The spans of {@code e}'s words in its sentence. An actor without words of its own (events
     * imported from other datasets carry codes only) is looked for by its entity's name, aliases
     * and demonyms ("Russia", "Russian").
     */
    static List<Span> of(Event e, EntityDictionary entities) {
        String text = e.evidence().text();
        List<Span> spans = new ArrayList<>();
        if (text.isEmpty()) {
            return spans;
        }
        mark(text, e.evidence().trigger(), "trigger", spans);
        actor(text, e.source(), "source", spans, entities);
        actor(text, e.target(), "target", spans, entities);
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static void actor(String text, Actor a, String role, List<Span> spans, EntityDictionary entities) {
        if (!a.name().isBlank()) {
            mark(text, a.name(), role, spans);
            return;
        }
        Entity entity = entities.byId(a.entity()).orElse(null);
        if (entity == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        names.addAll(entity.demonyms());
        for (String n : names) {
            if (!n.isBlank() && find(text, n, role, spans)) {
                return;
            }
        }
    }

    private static void mark(String text, String words, String role, List<Span> spans) {
        if (words == null || words.isBlank()) {
            return;
        }
        if (find(text, words.strip(), role, spans)) {
            return;
        }
        for (String w : words.strip().split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                find(text, w, role, spans);
            }
        }
    }

    /** Marks the first whole-word occurrence of {@code phrase} that overlaps no span; false when none. */
    private static boolean find(String text, String phrase, String role, List<Span> spans) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            int s = m.start();
            int t = m.end();
            if (spans.stream().noneMatch(x -> s < x.end() && x.start() < t)) {
                spans.add(new Span(s, t, role));
                return true;
            }
        }
        return false;
    }
}
