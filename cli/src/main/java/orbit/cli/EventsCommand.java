package orbit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import orbit.core.OrbitException;
import orbit.store.EventQuery;
import orbit.store.EventStore;
import orbit.store.EventWriter;
import orbit.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Query stored events and export them.",
            "Formats: table (default on screen), csv, tsv, jsonl (Orbit), gdelt2, plover; --out FILE.parquet writes Parquet."})
final class EventsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--actor", paramLabel = "ID", description = "Events with this entity on either side (ARM).")
    String actor;

    @Option(names = "--dyad", paramLabel = "SRC:TGT", description = "Events from SRC to TGT (ARM:RUS).")
    String dyad;

    @Option(names = "--both", description = "With --dyad: both directions.")
    boolean both;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
    String to;

    @Option(names = "--root", split = ",", paramLabel = "ROOT", description = "CAMEO roots, 01 to 20 (19 or 18,19).")
    List<String> roots = new ArrayList<>();

    @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.")
    Integer quad;

    @Option(names = "--source", paramLabel = "DATASET", description = "gdelt, icews, plover or orbit.")
    String dataset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N events (0: all).")
    long limit;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, tsv, jsonl, gdelt2 or plover (default: table, or from the --out extension).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout; .parquet writes Parquet.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (EventStore s = store.open()) {
            EventQuery q = query(s);
            PrintWriter err = spec.commandLine().getErr();
            if (out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
                if (format != null) {
                    throw OrbitException.user("--format %s and --out %s disagree; a .parquet file is always Parquet", format, out);
                }
                long n = s.exportParquet(q, out);
                err.printf("wrote %d events to %s%n", n, out);
                err.flush();
                return Orbit.OK;
            }
            ExportFormat fmt = ExportFormat.named(format != null ? format : out == null ? "table" : fromExtension(out));
            long[] n = {0};
            if (out == null) {
                PrintWriter pw = spec.commandLine().getOut();
                write(s, q, fmt, pw, n);
            } else {
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
                    write(s, q, fmt, w, n);
                } catch (IOException e) {
                    throw OrbitException.user("cannot write %s: %s", out, e.getMessage());
                }
                err.printf("wrote %d events to %s%n", n[0], out);
                err.flush();
            }
            return Orbit.OK;
        }
    }

    private static void write(EventStore s, EventQuery q, ExportFormat fmt, Writer w, long[] n) {
        try (EventWriter ew = fmt.open(w)) {
            s.events(q, e -> {
                ew.write(e);
                n[0]++;
            });
        }
    }

    private static String fromExtension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return "csv";
        }
        if (n.endsWith(".tsv")) {
            return "tsv";
        }
        if (n.endsWith(".jsonl") || n.endsWith(".json")) {
            return "jsonl";
        }
        throw OrbitException.user("cannot tell the format of %s from its name; add --format (csv, tsv, jsonl, gdelt2, plover)", p);
    }

    EventQuery query(EventStore s) {
        var entities = s.ontology().entities();
        String a = actor == null ? null : entities.require(actor.toUpperCase(Locale.ROOT)).id();
        String ds = null;
        String dt = null;
        if (dyad != null) {
            String[] parts = EventQuery.dyad(dyad);
            ds = entities.require(parts[0].toUpperCase(Locale.ROOT)).id();
            dt = entities.require(parts[1].toUpperCase(Locale.ROOT)).id();
        } else if (both) {
            throw OrbitException.user("--both needs --dyad SOURCE:TARGET");
        }
        LocalDate f = date("--from", from);
        LocalDate t = date("--to", to);
        if (f != null && t != null && f.isAfter(t)) {
            throw OrbitException.user("--from %s is after --to %s; swap them", f, t);
        }
        List<String> rs = new ArrayList<>();
        for (String r : roots) {
            rs.add(EventQuery.root(r));
        }
        if (quad != null && (quad < 1 || quad > 4)) {
            throw OrbitException.user("--quad %d is not a QuadClass; use 1, 2, 3 or 4", quad);
        }
        String dset = null;
        if (dataset != null) {
            dset = dataset.toLowerCase(Locale.ROOT);
            if (!EventQuery.DATASETS.contains(dset)) {
                throw OrbitException.user("--source %s is not a dataset; use gdelt, icews, plover or orbit", dataset);
            }
        }
        if (limit < 0) {
            throw OrbitException.user("--limit %d is negative; use 0 for all events", limit);
        }
        return new EventQuery(a, ds, dt, both, f, t, rs, quad, dset, limit);
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw OrbitException.user("%s %s is not a date; write it as YYYY-MM-DD", option, value);
        }
    }
}
