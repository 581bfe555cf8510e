package orbit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import orbit.core.OrbitException;

/**
 * A result table printed as an aligned text table, CSV or JSON, the three {@code --format}s of the
 * analysis commands. Numbers keep their type in JSON; a value that is undefined (NaN, no events)
 * prints as an empty cell and as JSON null.
 */
final class Tabular {
    enum Format {
        TABLE, CSV, JSON;

        static Format parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
            throw OrbitException.user("'%s' is not an output format here; use table, csv or json", text);
        }
    }

    /** A column: its name, whether it holds numbers, and for decimals the digits shown in tables and CSV (-1 otherwise). */
    record Column(String name, boolean numeric, int digits) {}

    private final List<Column> columns = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final Map<String, Object> meta = new LinkedHashMap<>();

    Tabular text(String name) {
        columns.add(new Column(name, false, -1));
        return this;
    }

    Tabular number(String name, int digits) {
        columns.add(new Column(name, true, digits));
        return this;
    }

    /** A field printed above the table, in the CSV's comment header and at the top level of the JSON object. */
    Tabular meta(String key, Object value) {
        meta.put(key, value);
        return this;
    }

    Tabular row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(out);
            case CSV -> csv(out);
            case JSON -> json(out);
        }
        out.flush();
    }

    private String cell(Object v, Column c) {
        if (v == null || (v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return "";
        }
        if (v instanceof Double d && c.digits() >= 0) {
            return String.format(Locale.ROOT, "%." + c.digits() + "f", d);
        }
        if (v instanceof Boolean b) {
            return b ? "yes" : "";
        }
        if (v instanceof java.util.Collection<?> list) {
            return String.join(", ", list.stream().map(Object::toString).toList());
        }
        return v.toString();
    }

    private void table(PrintWriter out) {
        for (Map.Entry<String, Object> m : meta.entrySet()) {
            out.println(m.getKey() + ": " + m.getValue());
        }
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).name().length();
            for (Object[] r : rows) {
                width[i] = Math.max(width[i], cell(r[i], columns.get(i)).length());
            }
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            head.append(pad(columns.get(i).name(), width[i], !columns.get(i).numeric())).append(i + 1 < width.length ? "  " : "");
        }
        out.println(head.toString().stripTrailing());
        for (Object[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                line.append(pad(cell(r[i], columns.get(i)), width[i], !columns.get(i).numeric())).append(i + 1 < width.length ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return left ? s + fill : fill + s;
    }

    private void csv(PrintWriter out) {
        for (Map.Entry<String, Object> m : meta.entrySet()) {
            out.println("# " + m.getKey() + ": " + m.getValue());
        }
        out.println(String.join(",", columns.stream().map(c -> quote(c.name())).toList()));
        for (Object[] r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.length; i++) {
                cells.add(quote(cell(r[i], columns.get(i))));
            }
            out.println(String.join(",", cells));
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private void json(PrintWriter out) {
        Map<String, Object> doc = new LinkedHashMap<>(meta);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < r.length; i++) {
                o.put(columns.get(i).name(), jsonValue(r[i]));
            }
            list.add(o);
        }
        doc.put("rows", list);
        writeJson(doc, out);
    }

    static Object jsonValue(Object v) {
        return v instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : v;
    }

    /** Pretty JSON of maps, lists, strings and numbers, ending with a newline. */
    static void writeJson(Object value, PrintWriter out) {
        try {
            ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            mapper.writerWithDefaultPrettyPrinter().writeValue(out, value);
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
