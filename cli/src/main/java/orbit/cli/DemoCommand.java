package orbit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import orbit.core.OrbitException;
import orbit.ingest.IngestReport;
import orbit.store.EventQuery;
import orbit.store.EventStore;
import orbit.store.IndicatorImportReport;
import orbit.store.StoreStats;
import orbit.store.YearSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code orbit demo}: the main job on the bundled news corpus. Ingests samples/news, codes what is
 * not coded yet (as {@code orbit code} does) and shows the store and Armenia's key dyads year by
 * year. Running it again reads the corpus, finds every document present and coded, and neither
 * stores nor codes anything twice (nor loads the coder's models).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job: ingest the bundled news items (samples/news) into a demo store,",
            "code them into events, and show what the store holds and Armenia's key dyads",
            "per year, then serve the dashboard over it (--no-serve stops after printing).",
            "Safe to run again: nothing is stored or coded twice."})
final class DemoCommand implements Callable<Integer> {
    /** Armenia's partners in the flagship case, in the order the table shows them. */
    static final List<String> PARTNERS = List.of("RUS", "EU", "USA", "FRA", "AZE");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "demo.duckdb",
            description = "The demo store (default: ./${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--samples", paramLabel = "DIR", description = "The samples folder (default: samples/ of the Orbit checkout).")
    Path samples;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ServeCommand.ServeOptions serve;

    @Option(names = "--no-serve", description = "Stop after coding and printing instead of serving the dashboard.")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        Path dir = samplesDir().resolve("news");
        List<Path> files = newsFiles(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestReport ingested;
        DocumentCoding.Totals coded;
        try (EventStore store = EventStore.open(db)) {
            ingested = IngestCommand.ingest(store, files, err);
            IngestCommand.printMessages(err, ingested);
            out.printf("demo: %d news items read from %s: %d stored, %d already present, %d rejected, into %s%n", ingested.read(), dir,
                    ingested.stored(), ingested.alreadyPresent(), ingested.rejected(), db);
            out.flush();
            coded = new DocumentCoding(new CoderOptions(), threads.threads(), 256).run(store, err);
            out.println("demo: " + coded.summary(db));
            List<Path> indicatorFiles = csvFiles(samplesDir().resolve("indicators"));
            if (!indicatorFiles.isEmpty()) {
                IndicatorImportReport figures = store.indicators().importFiles(indicatorFiles);
                out.printf("demo: %d indicator figures read from %s: %d new, %d unchanged, %d updated%n", figures.rows(),
                        samplesDir().resolve("indicators"), figures.added(), figures.unchanged(), figures.updated());
            }
            out.println();
            StoreStats stats = store.stats(10);
            StatsCommand.print(stats, out);
            if (stats.imports() > 0) {
                err.printf("orbit: note: %s also holds events from %d run(s) of `orbit import` (demos before the coder imported "
                        + "samples/events); delete %s and run the demo again to see the coded news alone%n", db, stats.imports(), db);
            }
            out.println();
            printDyads(out, perYear(store));
            out.println();
            out.printf("Try: ./orbit alignment ARM --poles RUS,EU --members EU=FRA,DEU --by year --db %s%n", db);
            out.printf("     ./orbit shifts ARM RUS --by quarter --penalty bic --db %s%n", db);
            out.printf("     ./orbit panel ARM RUS --db %s%n", db);
            out.printf("     ./orbit report ARM --members EU=FRA,DEU --db %s --out report.html%n", db);
            out.printf("     ./orbit events --db %s --dyad ARM:RUS --both%n", db);
            store.events(new EventQuery(null, "ARM", "RUS", true, null, null, List.of(), null, "orbit", 1))
                    .forEach(e -> out.printf("     ./orbit explain --db %s '%s'%n", db, e.id()));
        }
        out.flush();
        err.flush();
        if (coded.failed() > 0) {
            return Orbit.FAILURE;
        }
        if (!ingested.clean()) {
            return Orbit.BAD_INPUT;
        }
        if (!noServe) {
            out.println();
            ServeCommand.run(serve.config(db, new CoderOptions()), out, err);
        }
        return Orbit.OK;
    }

    /** The .csv files of a folder, sorted; none when the folder is absent. */
    static List<Path> csvFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw OrbitException.external(e, "cannot list %s: %s", dir, e.getMessage());
        }
    }

    /** Events between Armenia and each partner, both directions, per year. */
    static Map<String, List<YearSummary>> perYear(EventStore store) {
        Map<String, List<YearSummary>> dyads = new LinkedHashMap<>();
        for (String partner : PARTNERS) {
            dyads.put("ARM-" + partner,
                    store.perYear(new EventQuery(null, "ARM", partner, true, null, null, List.of(), null, null, 0)));
        }
        return dyads;
    }

    /**
     * One line per dyad, one column per year from the first to the last year any dyad has events:
     * the number of events and their mean Goldstein value; "." for a year without events.
     */
    static void printDyads(PrintWriter out, Map<String, List<YearSummary>> dyads) {
        int first = dyads.values().stream().flatMap(List::stream).mapToInt(YearSummary::year).min().orElse(0);
        int last = dyads.values().stream().flatMap(List::stream).mapToInt(YearSummary::year).max().orElse(-1);
        if (first > last) {
            out.println("no events between Armenia and " + String.join(", ", PARTNERS) + " in the store");
            return;
        }
        out.println("Armenia's key dyads: events per year, both directions, and their mean Goldstein value");
        out.println("(-10 most conflictual, +10 most cooperative)");
        StringBuilder header = new StringBuilder(String.format("%-8s", "dyad"));
        for (int y = first; y <= last; y++) {
            header.append(String.format("  %9d", y));
        }
        out.println(header.append(String.format("  %9s", "all")));
        for (Map.Entry<String, List<YearSummary>> d : dyads.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-8s", d.getKey()));
            Map<Integer, YearSummary> byYear = new LinkedHashMap<>();
            d.getValue().forEach(s -> byYear.put(s.year(), s));
            for (int y = first; y <= last; y++) {
                line.append("  ").append(cell(byYear.get(y)));
            }
            line.append("  ").append(cell(all(d.getValue())));
            out.println(line);
        }
    }

    private static String cell(YearSummary s) {
        if (s == null || s.events() == 0) {
            return String.format("%9s", ".");
        }
        return s.goldstein() == null ? String.format("%3d %5s", s.events(), "") : String.format("%3d %+5.1f", s.events(), s.goldstein());
    }

    /** The years together: all their events, and the mean Goldstein value over those that have one. */
    private static YearSummary all(List<YearSummary> years) {
        long events = 0;
        long weighed = 0;
        double sum = 0;
        for (YearSummary y : years) {
            events += y.events();
            if (y.goldstein() != null) {
                weighed += y.events();
                sum += y.goldstein() * y.events();
            }
        }
        return new YearSummary(0, events, weighed == 0 ? null : sum / weighed);
    }

    private static List<Path> newsFiles(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw OrbitException.user("cannot list the sample news in %s: %s; run from the Orbit checkout or pass --samples DIR",
                    dir, e.getMessage());
        }
        if (files.isEmpty()) {
            throw OrbitException.user("no sample news files (*.jsonl) in %s", dir);
        }
        return new ArrayList<>(files);
    }

    private Path samplesDir() {
        if (samples != null) {
            return samples;
        }
        String home = System.getProperty("orbit.home");
        return (home == null ? Path.of(".") : Path.of(home)).resolve("samples");
    }
}
