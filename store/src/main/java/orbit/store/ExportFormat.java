package orbit.store;

import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import orbit.core.OrbitException;

/** The text formats events can be written in, found by name ("gdelt2"). Parquet is written by the store itself. */
public enum ExportFormat {
    TABLE("table"),
    CSV("csv"),
    TSV("tsv"),
    JSONL("jsonl"),
    GDELT2("gdelt2"),
    PLOVER("plover");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ExportFormat named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.id.equals(n)) {
                return f;
            }
        }
        throw OrbitException.user("format %s not found; formats are %s (and --out FILE.parquet for Parquet)", name,
                String.join(", ", Arrays.stream(values()).map(ExportFormat::id).toList()));
    }

    /** A writer of this format onto {@code out}; closing it flushes but does not close {@code out}. */
    public EventWriter open(Writer out) {
        return switch (this) {
            case TABLE -> new TableWriter(out);
            case CSV -> new DelimitedWriter(out, ',');
            case TSV -> new DelimitedWriter(out, '\t');
            case JSONL -> new OrbitJsonWriter(out);
            case GDELT2 -> new GdeltWriter(out);
            case PLOVER -> new PloverWriter(out);
        };
    }
}
