package orbit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import orbit.store.EventStore;
import orbit.store.ImportOptions;
import orbit.store.ImportReport;

/**
 * End-to-end import and query benchmark, in one run on the same generated GDELT 2.0 files:
 *
 * <ol>
 *   <li>{@code scan}: DuckDB's own CSV reader over the files, as the yardstick: {@code count(*)}
 *       over all-VARCHAR columns, and materialising all 61 columns into a table of a scratch
 *       database file, as VARCHAR and with DuckDB's detected types (median of {@code --scan-runs},
 *       {@code --table-runs} for the tables);
 *   <li>{@code import}: {@link EventStore#importFiles} into a fresh store;
 *   <li>{@code reimport}: the same files again, which must add nothing;
 *   <li>{@code query}: a frequent, a rare and the ARM-RUS dyad's monthly series, and every dyad's
 *       monthly series (median of {@code --query-runs} after one warm-up run);
 *   <li>{@code commit-profile} (not by default): the statements of one import's commit, timed one by
 *       one against the full store, each undone afterwards.
 * </ol>
 *
 * <p>Files live in {@code --work}; with {@code --keep} the generated files and the store are kept
 * and reused by later runs with the same settings, so that a 100-million-row store is built once
 * ({@code --phases import --keep}) and queried many times ({@code --phases query --keep}).
 * Times are wall-clock seconds; progress goes to stderr and results to stdout.
 */
public final class ImportBench {
    private static final String USAGE = "ImportBench [--rows N] [--rows-per-file M] [--work DIR] [--seed S] [--gzip] [--keep] "
            + "[--phases scan,import,reimport,query,commit-profile] [--scan-runs 3] [--table-runs 1] [--query-runs 5] [--threads T]";
    private static final Set<String> PHASES = Set.of("scan", "import", "reimport", "query", "commit-profile");

    private final GdeltGenerator.Settings settings;
    private final Path work;
    private final boolean keep;
    private final List<String> phases;
    private final int scanRuns;
    private final int tableRuns;
    private final int queryRuns;
    private final Figures results = new Figures();
    private double scanCount = Double.NaN;
    private double scanTable = Double.NaN;

    private ImportBench(GdeltGenerator.Settings settings, Path work, boolean keep, List<String> phases, int scanRuns, int tableRuns, int queryRuns) {
        this.settings = settings;
        this.work = work;
        this.keep = keep;
        this.phases = phases;
        this.scanRuns = scanRuns;
        this.tableRuns = tableRuns;
        this.queryRuns = queryRuns;
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, USAGE);
        long rows = a.longValue("--rows", 2_000_000);
        GdeltGenerator.Settings s = new GdeltGenerator.Settings(rows, a.longValue("--rows-per-file", Math.min(rows, 1_000_000)),
                a.longValue("--seed", 42), a.flag("--gzip"), (int) a.longValue("--threads", Runtime.getRuntime().availableProcessors()));
        Path work = Path.of(a.value("--work", "/tmp/orbit-bench"));
        boolean keep = a.flag("--keep");
        List<String> phases = Arrays.asList(a.value("--phases", "scan,import,reimport,query").split(","));
        for (String p : phases) {
            if (!PHASES.contains(p)) {
                System.err.println("phase '" + p + "' not found; phases are " + PHASES);
                System.exit(2);
            }
        }
        int scanRuns = (int) a.longValue("--scan-runs", 3);
        int tableRuns = (int) a.longValue("--table-runs", 1);
        int queryRuns = (int) a.longValue("--query-runs", 5);
        a.done();
        new ImportBench(s, work, keep, phases, scanRuns, tableRuns, queryRuns).run();
    }

    private String tag() {
        return settings.rows() + "-" + settings.rowsPerFile() + "-" + settings.seed() + (settings.gzip() ? "-gz" : "");
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        Path dataDir = work.resolve("gdelt-" + tag());
        Path store = work.resolve("store-" + tag() + ".duckdb");
        results.put("rows requested", settings.rows());
        results.put("rows per file", settings.rowsPerFile());
        results.put("seed", settings.seed());
        results.put("java", System.getProperty("java.version") + " " + System.getProperty("java.vm.name"));
        results.put("cpus", Runtime.getRuntime().availableProcessors());
        results.put("max heap GB", String.format(Locale.ROOT, "%.1f", Runtime.getRuntime().maxMemory() / 1e9));

        boolean needFiles = phases.contains("scan") || phases.contains("import") || phases.contains("reimport");
        List<Path> files = needFiles ? data(dataDir) : List.of();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        if (needFiles) {
            results.put("files", files.size());
            results.put("file MB", String.format(Locale.ROOT, "%.0f", bytes / 1e6));
        }

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            results.put("duckdb", query1(duck, "SELECT version()"));
            results.put("duckdb threads", query1(duck, "SELECT current_setting('threads')"));
            if (phases.contains("scan")) {
                scan(duck, files);
            }
        }
        if (phases.contains("import")) {
            importPhase(files, store);
        }
        if (phases.contains("reimport")) {
            reimport(files, store);
        }
        if (phases.contains("query")) {
            queries(store);
        }
        if (phases.contains("commit-profile")) {
            commitProfile(store);
        }
        if (Files.exists(store)) {
            results.put("store MB", String.format(Locale.ROOT, "%.0f", Files.size(store) / 1e6));
        }
        if (!keep) {
            Figures.deleteStore(store);
            deleteTree(dataDir);
        }
        System.out.println();
        results.print("results (" + tag() + ")", 42);
    }

    private List<Path> data(Path dir) throws IOException {
        if (keep) {
            var existing = GdeltGenerator.existing(settings, dir);
            if (existing.isPresent()) {
                System.err.println("reusing the generated files in " + dir);
                results.put("generate s", "reused");
                return existing.get();
            }
        }
        deleteTree(dir);
        GdeltGenerator gen = new GdeltGenerator(settings);
        System.err.println("generating " + settings.rows() + " rows into " + dir + " (CAMEO codes from " + gen.cameoSource() + ")");
        long t0 = System.nanoTime();
        List<Path> files = gen.writeAll(dir);
        results.put("generate s", Figures.secs(System.nanoTime() - t0));
        return files;
    }

    // ---- (a) DuckDB's own CSV scan -----------------------------------------------------------

    private static String readCsv(List<Path> files, boolean allVarchar) {
        String list = files.stream().map(f -> "'" + f.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        String columns = Stream.iterate(0, i -> i + 1).limit(61).map(i -> "'c" + i + "': 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
        return "read_csv(" + list + ", delim = '\\t', header = false, quote = '', escape = '', "
                + (allVarchar ? "auto_detect = false, columns = " + columns : "sample_size = 20480") + ")";
    }

    private void scan(Connection duck, List<Path> files) throws Exception {
        double[] count = new double[scanRuns];
        long n = 0;
        for (int r = 0; r < scanRuns; r++) {
            long t0 = System.nanoTime();
            n = Long.parseLong(query1(duck, "SELECT count(*) FROM " + readCsv(files, true)));
            count[r] = (System.nanoTime() - t0) / 1e9;
            System.err.printf(Locale.ROOT, "scan count(*) run %d: %d rows in %.2f s%n", r + 1, n, count[r]);
        }
        results.put("scan rows", n);
        results.put("scan count(*) s (median)", median(count));
        results.put("scan count(*) rows/s", rate(n, median(count)));

        scanCount = median(count);
        if (tableRuns == 0) {
            scanTable = Double.NaN;
            return;
        }
        Path scratch = work.resolve("scan-" + tag() + ".duckdb");
        for (String kind : List.of("varchar", "typed")) {
            double[] t = new double[tableRuns];
            Figures.deleteStore(scratch);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + scratch.toAbsolutePath()); Statement st = c.createStatement()) {
                for (int r = 0; r < tableRuns; r++) {
                    st.execute("DROP TABLE IF EXISTS scan_t");
                    st.execute("CHECKPOINT");
                    long t0 = System.nanoTime();
                    st.execute("CREATE TABLE scan_t AS SELECT * FROM " + readCsv(files, kind.equals("varchar")));
                    st.execute("CHECKPOINT");
                    t[r] = (System.nanoTime() - t0) / 1e9;
                    System.err.printf(Locale.ROOT, "scan into a table (%s) run %d: %.2f s%n", kind, r + 1, t[r]);
                }
                st.execute("DROP TABLE IF EXISTS scan_t");
            }
            Figures.deleteStore(scratch);
            results.put("scan into table, " + kind + " s (median)", median(t));
            results.put("scan into table, " + kind + " rows/s", rate(n, median(t)));
        }
        scanCount = median(count);
        scanTable = Double.parseDouble(results.get("scan into table, varchar s (median)"));
    }

    // ---- (b) Orbit import, (c) re-import -------------------------------------------------------

    private void importPhase(List<Path> files, Path store) throws Exception {
        if (keep && Files.exists(store)) {
            try (EventStore es = EventStore.open(store)) {
                long have = Long.parseLong(query1(es.connection(), "SELECT count(*) FROM events"));
                if (have == settings.rows()) {
                    System.err.println("reusing the store " + store + " (" + have + " events)");
                    results.put("import s", "reused store");
                    return;
                }
            }
        }
        Figures.deleteStore(store);
        PhaseClock clock = new PhaseClock(files.size());
        ImportReport report;
        long t0 = System.nanoTime();
        try (EventStore es = EventStore.open(store)) {
            report = es.importFiles(files, new ImportOptions(null, null, clock::update));
            clock.end();
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        results.put("import rows read", report.rowsRead());
        results.put("import imported", report.imported());
        results.put("import rejected", report.rejected());
        if (report.rejected() > 0) {
            results.put("import first reject", report.files().stream().flatMap(f -> f.firstRejects().stream()).findFirst()
                    .map(Object::toString).orElse(""));
        }
        results.put("import s", sec);
        results.put("import rows/s", rate(report.rowsRead(), sec));
        results.put("import: read+parse+append s (sum over files)", clock.parse);
        results.put("import: commit s (sum over files)", clock.commit);
        results.put("import: first file commit s", clock.firstCommit);
        results.put("import: last file commit s", clock.lastCommit);
        if (!Double.isNaN(scanCount)) {
            results.put("ratio import / scan count(*)", String.format(Locale.ROOT, "%.1f", sec / scanCount));
            results.put("ratio import / scan into table", String.format(Locale.ROOT, "%.1f", sec / scanTable));
        }
    }

    private void reimport(List<Path> files, Path store) throws Exception {
        long t0 = System.nanoTime();
        ImportReport report;
        try (EventStore es = EventStore.open(store)) {
            report = es.importFiles(files, ImportOptions.defaults());
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        results.put("reimport imported (must be 0)", report.imported());
        results.put("reimport already present", report.alreadyPresent());
        results.put("reimport s", sec);
        results.put("reimport rows/s", rate(report.rowsRead(), sec));
        if (report.imported() != 0) {
            throw new IllegalStateException("re-import added " + report.imported() + " events; it must add none");
        }
    }

    /**
     * Splits an import's wall time by watching its progress callbacks: a file is being read,
     * parsed and appended from its first to its last callback; from then until the next file's
     * first callback the importer runs its commit (count distinct, INSERT ... ANTI JOIN ...
     * ORDER BY, the imports row).
     */
    private static final class PhaseClock {
        final long start = System.nanoTime();
        String file;
        long first;
        long last;
        double parse;
        double commit;
        double firstCommit = -1;
        double lastCommit;
        int seen;
        final int total;

        PhaseClock(int total) {
            this.total = total;
        }

        void update(String name, long done, long all) {
            long now = System.nanoTime();
            if (!name.equals(file)) {
                if (file != null) {
                    closeFile(now);
                }
                file = name;
                first = now;
                seen++;
            }
            last = now;
        }

        private void closeFile(long now) {
            parse += (last - first) / 1e9;
            double c = (now - last) / 1e9;
            commit += c;
            if (firstCommit < 0) {
                firstCommit = c;
            }
            lastCommit = c;
            System.err.printf(Locale.ROOT, "imported %s (%d of %d): read+parse+append %.1f s, commit %.1f s, %.0f s elapsed%n",
                    Path.of(file).getFileName(), seen, total, (last - first) / 1e9, c, (now - start) / 1e9);
        }

        void end() {
            if (file != null) {
                closeFile(System.nanoTime());
            }
        }
    }

    // ---- (d) queries -----------------------------------------------------------------------------

    /** One directed dyad's monthly count and Goldstein sum: the bare aggregate the analytics benchmark compares with. */
    static final String DYAD_SERIES = "SELECT date_trunc('month', date) m, count(*), sum(goldstein) FROM events "
            + "WHERE source_entity = ? AND target_entity = ? GROUP BY m ORDER BY m";
    /** Every dyad's monthly count and Goldstein sum. */
    static final String ALL_SERIES = "SELECT source_entity, target_entity, date_trunc('month', date) m, count(*), "
            + "sum(goldstein) FROM events GROUP BY source_entity, target_entity, m";

    private void queries(Path store) throws Exception {
        if (!Files.exists(store)) {
            throw new IllegalStateException("no store at " + store + "; run the import phase first (with --keep to keep it)");
        }
        try (EventStore es = EventStore.open(store)) {
            Connection c = es.connection();
            results.put("store events", query1(c, "SELECT count(*) FROM events"));
            Map<String, String[]> dyads = probeDyads(c);
            results.put("dyads in store", query1(c, "SELECT count(*) FROM (SELECT DISTINCT source_entity, target_entity FROM events)"));
            for (var d : dyads.entrySet()) {
                String[] row = d.getValue();
                double[] t = new double[queryRuns];
                int months = 0;
                double cold = 0;
                for (int r = -1; r < queryRuns; r++) {
                    long t0 = System.nanoTime();
                    months = 0;
                    try (PreparedStatement ps = c.prepareStatement(DYAD_SERIES)) {
                        ps.setString(1, row[0]);
                        ps.setString(2, row[1]);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getObject(1);
                                rs.getLong(2);
                                rs.getDouble(3);
                                months++;
                            }
                        }
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    if (r < 0) {
                        cold = s;
                    } else {
                        t[r] = s;
                    }
                }
                String key = "query dyad " + d.getKey() + " " + row[0] + "-" + row[1] + " (" + row[2] + " events, " + months + " months)";
                results.put(key + " s (median)", median(t));
                results.put(key + " s (first run)", cold);
            }
            double[] t = new double[Math.max(1, Math.min(queryRuns, 3))];
            long rows = 0;
            for (int r = -1; r < t.length; r++) {
                long t0 = System.nanoTime();
                rows = 0;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(ALL_SERIES)) {
                    while (rs.next()) {
                        rs.getString(1);
                        rs.getString(2);
                        rs.getObject(3);
                        rs.getLong(4);
                        rs.getDouble(5);
                        rows++;
                    }
                }
                if (r >= 0) {
                    t[r] = (System.nanoTime() - t0) / 1e9;
                }
            }
            results.put("query all-dyad monthly series (" + rows + " rows fetched) s (median)", median(t));
            double[] agg = new double[t.length];
            for (int r = -1; r < agg.length; r++) {
                long t0 = System.nanoTime();
                query1(c, "SELECT count(*) FROM (" + ALL_SERIES + ")");
                if (r >= 0) {
                    agg[r] = (System.nanoTime() - t0) / 1e9;
                }
            }
            results.put("query all-dyad monthly series, not fetched s (median)", median(agg));
        }
    }

    // ---- commit profile ----------------------------------------------------------------------------

    /**
     * Times the statements of one import's commit against the full store: a staging table holding
     * one file's worth of rows (the last import's rows under new ids), then each statement alone,
     * best of two. Each INSERT is committed (the commit writes the rows, which is part of the cost)
     * and its rows are deleted again, so the store keeps the same events, plus deleted row versions.
     */
    private void commitProfile(Path store) throws Exception {
        try (EventStore es = EventStore.open(store)) {
            Connection c = es.connection();
            try (Statement st = c.createStatement()) {
                long t0 = System.nanoTime();
                st.execute("CREATE OR REPLACE TEMP TABLE staging_profile AS SELECT * REPLACE ('gdelt:x' || id AS id) FROM events "
                        + "WHERE import_id = (SELECT max(import_id) FROM events)");
                results.put("profile: staging rows", query1(c, "SELECT count(*) FROM staging_profile"));
                results.put("profile: build staging s", Figures.secs(System.nanoTime() - t0));
                Map<String, String> sql = new LinkedHashMap<>();
                sql.put("count(DISTINCT id) on staging", "SELECT count(DISTINCT id) FROM staging_profile");
                sql.put("ANTI JOIN events only (count)", "SELECT count(*) FROM staging_profile s ANTI JOIN events e ON s.id = e.id");
                sql.put("INSERT unsorted, no anti join", "INSERT INTO events SELECT * FROM staging_profile");
                sql.put("INSERT ORDER BY dyad, date, no anti join",
                        "INSERT INTO events SELECT * FROM staging_profile ORDER BY source_entity, target_entity, date");
                sql.put("INSERT ANTI JOIN ORDER BY (as the importer)", "INSERT INTO events SELECT s.* FROM staging_profile s "
                        + "ANTI JOIN events e ON s.id = e.id ORDER BY s.source_entity, s.target_entity, s.date");
                c.setAutoCommit(false);
                try {
                    for (var e : sql.entrySet()) {
                        double[] t = new double[2];
                        for (int r = 0; r < t.length; r++) {
                            long s0 = System.nanoTime();
                            st.execute(e.getValue());
                            if (e.getValue().startsWith("INSERT")) {
                                c.commit(); // the commit writes the rows; time it, then undo below
                            }
                            t[r] = (System.nanoTime() - s0) / 1e9;
                            if (e.getValue().startsWith("INSERT")) {
                                st.execute("DELETE FROM events WHERE id LIKE 'gdelt:x%'");
                                c.commit();
                            }
                        }
                        results.put("profile: " + e.getKey() + " s", Math.min(t[0], t[1]));
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                st.execute("DROP TABLE staging_profile");
                st.execute("CHECKPOINT");
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static String rate(long rows, double sec) {
        return String.format(Locale.ROOT, "%.0f", rows / sec);
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /**
     * The dyads the query benchmarks time, as (source, target, events): the most frequent, ARM-RUS,
     * and the rarest with at least 12 events.
     */
    static Map<String, String[]> probeDyads(Connection c) throws SQLException {
        Map<String, String[]> d = new java.util.LinkedHashMap<>();
        d.put("frequent", firstRow(c, "SELECT source_entity, target_entity, count(*) n FROM events "
                + "WHERE source_entity <> target_entity GROUP BY ALL ORDER BY n DESC, 1, 2 LIMIT 1"));
        d.put("ARM-RUS", firstRow(c, "SELECT 'ARM', 'RUS', count(*) FROM events WHERE source_entity = 'ARM' AND target_entity = 'RUS'"));
        d.put("rare", firstRow(c, "SELECT source_entity, target_entity, count(*) n FROM events "
                + "WHERE source_entity <> target_entity GROUP BY ALL HAVING count(*) >= 12 ORDER BY n, 1, 2 LIMIT 1"));
        return d;
    }

    static String query1(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String[] firstRow(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no rows for " + sql);
            }
            int n = rs.getMetaData().getColumnCount();
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                row[i] = rs.getString(i + 1);
            }
            return row;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.delete(all.get(i));
        }
    }
}
