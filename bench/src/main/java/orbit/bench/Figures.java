package orbit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures a benchmark reports, in the order measured: each is echoed to stderr as it comes and
 * all are printed to stdout at the end. Also the small helpers the benchmarks share. Not thread-safe.
 */
final class Figures {
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Records a figure; doubles get three decimals. */
    void put(String key, Object value) {
        String v = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value);
        values.put(key, v);
        System.err.printf(Locale.ROOT, "%s: %s%n", key, v);
    }

    /** A figure recorded earlier, as printed. */
    String get(String key) {
        return values.get(key);
    }

    /** Prints every figure under a heading, the keys padded to {@code width}. */
    void print(String heading, int width) {
        System.out.println("== " + heading + " ==");
        values.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-" + width + "s %s%n", k, v));
    }

    static double secs(long nanos) {
        return nanos / 1e9;
    }

    /** Deletes a DuckDB store file and its write-ahead log. */
    static void deleteStore(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
    }
}
