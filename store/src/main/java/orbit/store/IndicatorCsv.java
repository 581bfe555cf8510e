package orbit.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import orbit.core.EntityDictionary;
import orbit.core.IndicatorObservation;
import orbit.core.OrbitException;

/**
 * Reads and checks indicator CSV files: a header naming the columns {@code date, entity, partner,
 * indicator, value, source} (any order), then one observation per line, RFC 4180 quoting.
 *
 * <p>Design decision: every line of every file is checked before anything is written, and all the
 * problems found (up to {@link #MAX_PROBLEMS}) are reported together, each with its file, line,
 * field and fix; so a file is imported whole or not at all, and one run shows everything to fix.
 * Not thread-safe; one instance reads the files of one import.
 */
final class IndicatorCsv {
    static final List<String> COLUMNS = List.of("date", "entity", "partner", "indicator", "value", "source");
    static final int MAX_PROBLEMS = 20;

    private static final String HEADER = String.join(",", COLUMNS);
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** One checked row, with where it came from. */
    record Row(IndicatorObservation observation, String file, int line) {}

    private record Key(LocalDate date, String entity, String partner, String indicator, String source) {}

    private record Place(String file, int line) {}

    private final EntityDictionary entities;
    private final List<String> problems = new ArrayList<>();
    private int more;
    private final Map<Key, Place> seen = new HashMap<>();

    IndicatorCsv(EntityDictionary entities) {
        this.entities = entities;
    }

    /**
     * Reads and checks every file; returns their rows per file (in the order given), or fails with
     * a USER error listing the problems, one a line, when any file or line is bad.
     */
    Map<String, List<Row>> read(List<Path> files) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Path p : files) {
            String name = p.toString();
            out.put(name, readOne(p, name));
        }
        if (!problems.isEmpty()) {
            StringBuilder b = new StringBuilder(String.join("\n", problems));
            if (more > 0) {
                b.append("\nand ").append(more).append(more == 1 ? " more problem" : " more problems");
            }
            throw OrbitException.user("%s", b);
        }
        return out;
    }

    private void problem(String format, Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(String.format(Locale.ROOT, format, args));
        } else {
            more++;
        }
    }

    private List<Row> readOne(Path p, String name) {
        List<Row> rows = new ArrayList<>();
        if (Files.isDirectory(p)) {
            problem("%s is a folder; give the CSV files in it", name);
            return rows;
        }
        if (!Files.exists(p)) {
            problem("%s does not exist; check the path", name);
            return rows;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(p))).toString();
        } catch (CharacterCodingException e) {
            problem("%s is not UTF-8 text; save it as UTF-8 CSV", name);
            return rows;
        } catch (IOException e) {
            throw OrbitException.external(e, "cannot read %s: %s", name, e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = split(text, name);
        if (records == null) {
            return rows;
        }
        if (records.isEmpty()) {
            problem("%s is empty; an indicator file starts with the header %s", name, HEADER);
            return rows;
        }
        Record header = records.get(0);
        int[] at = columns(header, name);
        if (at == null) {
            return rows;
        }
        for (Record r : records.subList(1, records.size())) {
            Row row = check(r, at, header.fields().size(), name);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A record of the file: its fields and the line it starts on. */
    private record Record(int line, List<String> fields) {}

    /** Splits the text into records (RFC 4180), skipping blank lines; null after reporting a quoting problem. */
    private List<Record> split(String text, String name) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean blank = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                field.append(c);
                i++;
                continue;
            }
            if (c == '"') {
                if (!field.toString().isBlank() || wasQuoted) {
                    problem("line %d of %s: a quote inside field %d; quote the whole value and double the quotes in it, "
                            + "as in \"the \"\"main friend\"\" question\"", line, name, fields.size() + 1);
                    return null;
                }
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
                blank = false;
                i++;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
                blank = false;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (!blank || !field.toString().isBlank()) {
                    fields.add(field.toString().strip());
                    records.add(new Record(start, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                blank = true;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                start = line;
                continue;
            }
            if (wasQuoted && !Character.isWhitespace(c)) {
                problem("line %d of %s: text after the closing quote of field %d; quote the whole value and double the "
                        + "quotes in it, as in \"the \"\"main friend\"\" question\"", line, name, fields.size() + 1);
                return null;
            }
            field.append(c);
            if (!Character.isWhitespace(c)) {
                blank = false;
            }
            i++;
        }
        if (quoted) {
            problem("line %d of %s: a quoted value is not closed; end it with a quote", start, name);
            return null;
        }
        if (!blank || !field.toString().isBlank()) {
            fields.add(field.toString().strip());
            records.add(new Record(start, List.copyOf(fields)));
        }
        return records;
    }

    /** The position of each of {@link #COLUMNS} in the header, or null after reporting the problem. */
    private int[] columns(Record header, String name) {
        int[] at = new int[COLUMNS.size()];
        java.util.Arrays.fill(at, -1);
        boolean any = false;
        for (String f : header.fields()) {
            any |= COLUMNS.contains(f.toLowerCase(Locale.ROOT));
        }
        if (!any) {
            problem("line %d of %s: the file has no header; its first line must name the columns %s (any order)",
                    header.line(), name, HEADER);
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < header.fields().size(); i++) {
            String f = header.fields().get(i);
            int c = COLUMNS.indexOf(f.toLowerCase(Locale.ROOT));
            if (c < 0) {
                problem("line %d of %s: the header has an unknown column '%s'; the columns are %s", header.line(), name, f,
                        words(COLUMNS));
                ok = false;
            } else if (at[c] >= 0) {
                problem("line %d of %s: the header names the column '%s' twice; name it once", header.line(), name,
                        COLUMNS.get(c));
                ok = false;
            } else {
                at[c] = i;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < at.length; c++) {
            if (at[c] < 0) {
                missing.add("'" + COLUMNS.get(c) + "'");
            }
        }
        if (!missing.isEmpty()) {
            problem("line %d of %s: the header lacks the column%s %s; the header names %s (any order)", header.line(), name,
                    missing.size() == 1 ? "" : "s", words(missing), HEADER);
            ok = false;
        }
        return ok ? at : null;
    }

    private static String words(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private Row check(Record r, int[] at, int width, String name) {
        int line = r.line();
        if (r.fields().size() != width) {
            problem("line %d of %s has %d fields, the header has %d; quote a value that holds a comma, as in "
                    + "\"Caucasus Barometer, 2019\"", line, name, r.fields().size(), width);
            return null;
        }
        String dateText = r.fields().get(at[0]);
        String entity = r.fields().get(at[1]);
        String partner = r.fields().get(at[2]);
        String indicator = r.fields().get(at[3]);
        String valueText = r.fields().get(at[4]);
        String source = r.fields().get(at[5]);
        int before = problems.size() + more;

        LocalDate date = null;
        if (dateText.isEmpty()) {
            problem("line %d of %s: date is empty; write YYYY-MM-DD, YYYY-MM or YYYY, such as 2024-03-15, 2024-03 or 2024",
                    line, name);
        } else {
            date = date(dateText);
            if (date == null) {
                problem("line %d of %s: date '%s' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, such as 2024-03-15, "
                        + "2024-03 or 2024", line, name, dateText);
            }
        }
        if (entity.isEmpty()) {
            problem("line %d of %s: entity is empty; write an entity id such as ARM", line, name);
        } else {
            entity(line, name, "entity", entity);
        }
        if (!partner.isEmpty()) {
            entity(line, name, "partner", partner);
            if (partner.equals(entity)) {
                problem("line %d of %s: partner '%s' is the entity itself; leave partner empty for a figure about %s alone",
                        line, name, partner, entity);
            }
        }
        if (indicator.isEmpty()) {
            problem("line %d of %s: indicator is empty; write a name such as poll_trust_russia_pct", line, name);
        } else if (!NAME.matcher(indicator).matches()) {
            problem("line %d of %s: indicator '%s' is not a name; use lower-case letters, digits and underscores, "
                    + "starting with a letter, such as poll_trust_russia_pct", line, name, indicator);
        }
        double value = Double.NaN;
        if (valueText.isEmpty()) {
            problem("line %d of %s: value is empty; write a number such as 31.5 or leave the line out", line, name);
        } else if (!NUMBER.matcher(valueText).matches() || Double.isInfinite(Double.parseDouble(valueText))) {
            problem("line %d of %s: value '%s' is not a number; write a number such as 31.5 or leave the line out",
                    line, name, valueText);
        } else {
            value = Double.parseDouble(valueText);
        }
        if (source.isEmpty()) {
            problem("line %d of %s: source is empty; name the publication the figure comes from, with its URL if it has one",
                    line, name);
        }
        if (problems.size() + more > before) {
            return null;
        }
        Key key = new Key(date, entity, partner, indicator, source);
        Place first = seen.putIfAbsent(key, new Place(name, line));
        if (first != null) {
            String where = first.file().equals(name) ? "line " + first.line() : "line " + first.line() + " of " + first.file();
            problem("line %d of %s repeats the date, entity, partner, indicator and source of %s; keep one of the two lines",
                    line, name, where);
            return null;
        }
        return new Row(new IndicatorObservation(date, entity, partner, indicator, value, source), name, line);
    }

    private void entity(int line, String name, String field, String id) {
        if (entities.byId(id).isPresent()) {
            return;
        }
        List<String> close = entities.closest(id, 3);
        String hint = close.isEmpty()
                ? "`orbit entities` lists the known ids"
                : "did you mean " + String.join(" or ", close) + "? (`orbit entities` lists the known ids)";
        problem("line %d of %s: %s '%s' is not a known entity id; %s", line, name, field, id, hint);
    }

    /** The date of YYYY-MM-DD, YYYY-MM (its first day) or YYYY (its first day), or null. */
    static LocalDate date(String text) {
        var m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
