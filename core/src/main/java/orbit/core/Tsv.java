package orbit.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads Orbit's dictionary files: UTF-8, tab-separated, one header row, '#' comment lines,
 * '|' inside list-valued fields. Rows are maps from header name to value. Errors name the file and
 * line. Used by the core dictionaries and by the coder's (persons, sectors, lexicon).
 */
public final class Tsv {
    private Tsv() {}

    public static <T> List<T> read(InputStream in, String name, List<String> required, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (header == null) {
                    header = fields;
                    if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                        header[0] = header[0].substring(1);
                    }
                    List<String> have = Arrays.asList(header);
                    for (String col : required) {
                        if (!have.contains(col)) {
                            throw OrbitException.user(
                                    "%s has no column '%s' in its header (has %s); the header must name %s",
                                    name, col, have, required);
                        }
                    }
                    continue;
                }
                if (fields.length != header.length) {
                    throw OrbitException.user(
                            "line %d of %s has %d fields, the header has %d; check for a missing or extra tab",
                            lineNo, name, fields.length, header.length);
                }
                Map<String, String> row = new java.util.HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], fields[i].strip());
                }
                try {
                    out.add(mapper.apply(new Row(row, name, lineNo)));
                } catch (RuntimeException e) {
                    if (e instanceof OrbitException) {
                        throw e;
                    }
                    throw OrbitException.user("line %d of %s: %s", lineNo, name, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    /** One data row; {@link #list} splits '|'-separated fields. */
    public record Row(Map<String, String> fields, String file, int line) {
        public String get(String column) {
            return fields.getOrDefault(column, "");
        }

        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String s : v.split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return List.copyOf(out);
        }
    }
}
