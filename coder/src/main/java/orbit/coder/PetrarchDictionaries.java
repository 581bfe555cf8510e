package orbit.coder;

import orbit.core.OrbitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH actor and agent dictionaries into an {@link ActorDictionary} as user entries,
 * so PETRARCH's validation records can be coded with the dictionaries they were written for.
 *
 * <p>Actors: {@code PHRASE [CODE]} lines with {@code +SYNONYM} lines after them, words joined by
 * {@code _} or spaces, a trailing {@code _} meaning "this exact word" and otherwise the last word a
 * stem; {@code #} comments and {@code <!-- -->} blocks. Agents: {@code PHRASE {PLURALS} [~CODE]}
 * (the code after the actor's) or {@code [CODE~]} (before it: MSF [NGO~] makes "MSF Arnor" NGOARN),
 * with {@code !SET! = A, B} substitution sets used inside phrases. Date-restricted codes
 * ({@code [CODE >19990101]}) are read as their first code.
 */
final class PetrarchDictionaries {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    private PetrarchDictionaries() {}

    static void addActors(ActorDictionary.Builder builder, Path file) {
        String text = stripComments(read(file));
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int lineNo = 0;
        int blockLine = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                // a code line of the block above, possibly restricted to dates: [HOBGOV 19950601 - 19990815]
                Matcher m = CODE.matcher(line);
                while (m.find()) {
                    codes.add(m.group(1).strip());
                }
                continue;
            }
            boolean synonym = line.startsWith("+");
            if (!synonym) {
                flush(builder, names, codes, file.getFileName() + ":" + blockLine);
                names.clear();
                codes.clear();
                blockLine = lineNo;
            }
            Matcher m = CODE.matcher(line);
            String phrase = line.substring(synonym ? 1 : 0, m.find() ? m.start() : line.length()).strip();
            m.reset();
            while (m.find()) {
                codes.add(m.group(1).strip());
            }
            if (!phrase.isEmpty()) {
                names.add(phrase);
            }
        }
        flush(builder, names, codes, file.getFileName() + ":" + blockLine);
    }

    /** Adds every name of a block with every code, each code with the dates it holds. */
    private static void flush(ActorDictionary.Builder builder, List<String> names, List<String> codes, String origin) {
        for (String spec : codes) {
            String[] parts = spec.split("\\s+", 2);
            String code = parts[0];
            if (code.isEmpty() || code.startsWith("-") || code.startsWith("#")) {
                continue;
            }
            LocalDate from = null;
            LocalDate to = null;
            if (parts.length > 1) {
                String restriction = parts[1].strip();
                if (restriction.startsWith("<")) {
                    to = date(restriction.substring(1)).minusDays(1);
                } else if (restriction.startsWith(">")) {
                    from = date(restriction.substring(1));
                } else if (restriction.contains("-")) {
                    String[] range = restriction.split("-");
                    from = date(range[0]);
                    to = date(range[1]);
                }
            }
            // PETRARCH codes start with the country ("HOBGOV" is HOB's government)
            String entity = code.length() > 3 ? code.substring(0, 3) : code;
            for (String name : names) {
                add(builder, name, entity, code, from, to, origin);
            }
        }
    }

    /** yymmdd (19xx for 50 and above, else 20xx) or yyyymmdd. */
    private static LocalDate date(String s) {
        String d = s.strip();
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            d = (yy >= 50 ? "19" : "20") + d;
        }
        return LocalDate.parse(d, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    static void addAgents(ActorDictionary.Builder builder, Path file) {
        String text = stripComments(read(file));
        Map<String, List<String>> sets = new HashMap<>();
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("!") && line.contains("=")) {
                String name = line.substring(0, line.indexOf('=')).strip();
                List<String> values = new ArrayList<>();
                for (String v : line.substring(line.indexOf('=') + 1).split(",")) {
                    values.add(v.strip());
                }
                sets.put(name, values);
                continue;
            }
            Matcher m = CODE.matcher(line);
            if (!m.find()) {
                continue;
            }
            // ~COP follows the actor's code (ARNCOP), NGO~ precedes it (NGOARN): the coder reads a trailing ~ as a prefix
            String written = m.group(1).strip();
            String code = written.endsWith("~") ? written.replace("~", "") + "~" : written.replace("~", "");
            String head = line.substring(0, m.start()).strip();
            List<String> phrases = new ArrayList<>();
            int brace = head.indexOf('{');
            if (brace >= 0) {
                String plurals = head.substring(brace + 1, head.indexOf('}', brace)).strip();
                head = head.substring(0, brace).strip();
                phrases.add(head);
                if (plurals.isEmpty()) {
                    phrases.add(head + "S");
                } else {
                    phrases.addAll(List.of(plurals.split("\\s+")));
                }
            } else {
                phrases.add(head);
            }
            for (String p : phrases) {
                for (String expanded : expand(p, sets)) {
                    builder.add(new ActorEntry(expanded.replace('_', ' ').toLowerCase(Locale.ROOT).strip(), ActorEntry.Kind.SECTOR,
                            "", code, "", null, null, file.getFileName() + ":" + lineNo));
                }
            }
        }
    }

    private static List<String> expand(String phrase, Map<String, List<String>> sets) {
        for (Map.Entry<String, List<String>> set : sets.entrySet()) {
            if (phrase.contains(set.getKey())) {
                List<String> out = new ArrayList<>();
                for (String v : set.getValue()) {
                    out.addAll(expand(phrase.replace(set.getKey(), v), sets));
                }
                return out;
            }
        }
        return List.of(phrase);
    }

    private static void add(ActorDictionary.Builder builder, String phrase, String entity, String code, LocalDate from, LocalDate to,
            String origin) {
        boolean exact = phrase.endsWith("_");
        String words = phrase.replace('_', ' ').strip();
        if (words.isEmpty()) {
            return;
        }
        ActorEntry entry = new ActorEntry(words, ActorEntry.Kind.STATE, entity, code, "", from, to, origin);
        builder.add(entry);
        if (!exact) {
            builder.addStem(entry);
        }
    }

    private static String stripComments(String text) {
        String noBlocks = text.replaceAll("(?s)<!--.*?-->", "");
        StringBuilder b = new StringBuilder();
        for (String line : noBlocks.split("\n", -1)) {
            int hash = line.indexOf('#');
            b.append(hash >= 0 ? line.substring(0, hash) : line).append('\n');
        }
        return b.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw OrbitException.user("cannot read the PETRARCH dictionary %s: %s", file, e.getMessage());
        }
    }
}
