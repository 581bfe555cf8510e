package orbit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orbit.core.OrbitException;

/**
 * Rows of a report written as an aligned table, CSV (RFC 4180, with a header) or a JSON array of
 * objects. Cells are strings, numbers, lists of strings (joined with "; " in a table and in CSV) or
 * null (shown as "-" in a table, empty in CSV, null in JSON).
 */
final class Rows {
    enum Format {
        TABLE,
        CSV,
        JSON;

        static Format named(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            throw OrbitException.user("format %s not found; formats are table, csv, json", name);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    Rows(String... columns) {
        this.columns = List.of(columns);
    }

    void add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(cells);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void write(Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(out);
            case CSV -> csv(out);
            case JSON -> json(out);
        }
        out.flush();
    }

    private void table(PrintWriter out) {
        int[] width = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        Arrays.fill(numeric, true);
        List<String[]> text = new ArrayList<>();
        for (Object[] r : rows) {
            String[] t = new String[r.length];
            for (int i = 0; i < r.length; i++) {
                t[i] = r[i] == null ? "-" : r[i] instanceof Number n ? tableNumber(n) : text(r[i]);
                numeric[i] &= r[i] == null || r[i] instanceof Number;
            }
            text.add(t);
        }
        for (int i = 0; i < columns.size(); i++) {
            width[i] = columns.get(i).length();
            for (String[] t : text) {
                width[i] = Math.max(width[i], t[i].length());
            }
        }
        line(out, columns.toArray(String[]::new), width, numeric);
        for (String[] t : text) {
            line(out, t, width, numeric);
        }
    }

    private static void line(PrintWriter out, String[] cells, int[] width, boolean[] numeric) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append("  ");
            }
            String pad = " ".repeat(width[i] - cells[i].length());
            b.append(numeric[i] ? pad + cells[i] : i == cells.length - 1 ? cells[i] : cells[i] + pad);
        }
        out.println(b.toString().stripTrailing());
    }

    /** A number as a table shows it: at most two decimals, no trailing zeros. */
    static String tableNumber(Number n) {
        if (n instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    /** A number as CSV writes it: in full, integral values without ".0". */
    static String fullNumber(Number n) {
        if (n instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        return n.toString();
    }

    private void csv(PrintWriter out) {
        out.println(String.join(",", columns.stream().map(Rows::csvCell).toList()));
        for (Object[] r : rows) {
            List<String> cells = new ArrayList<>();
            for (Object c : r) {
                cells.add(c == null ? "" : c instanceof Number n ? fullNumber(n) : csvCell(text(c)));
            }
            out.println(String.join(",", cells));
        }
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private void json(PrintWriter out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < r.length; i++) {
                Object c = r[i];
                o.put(columns.get(i), c == null || c instanceof Number || c instanceof List<?> ? c : c.toString());
            }
            objects.add(o);
        }
        try {
            out.println(JSON.writeValueAsString(objects));
        } catch (JsonProcessingException e) {
            throw OrbitException.internal(e, "cannot write JSON: %s", e.getMessage());
        }
    }

    /** A list cell (sources) as text: its items joined with "; ". */
    private static String text(Object c) {
        return c instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList()) : c.toString();
    }
}
