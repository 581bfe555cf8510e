package orbit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import orbit.core.Document;
import orbit.server.OrbitServer;
import orbit.server.ServerConfig;
import orbit.store.EventStore;
import orbit.store.ImportOptions;
import orbit.store.ImportReport;

/**
 * Load on Orbit's real HTTP server, in one process: {@code --clients} concurrent clients on
 * 127.0.0.1 read what a dashboard reads (dyad series by month and quarter, alignment, partners,
 * shifts, a page of a dyad's events, the network around an entity) for a fixed list of
 * {@code --requests} requests, first with nothing else running (the baseline, "idle"), then while a
 * writer POSTs generated news documents to {@code /api/documents}, which codes them with the real
 * CoreNLP coder in the server and stores their events ("ingest"). The same request list is read in
 * both phases, so the two are compared request for request; each is repeated {@code --rounds}
 * times.
 *
 * <p>The store is built by the benchmark (generated GDELT-like events plus the Armenia sample
 * events) unless {@code --store} names one; either way the server runs on a copy, so the source
 * store is left as it was and every run posts into the same starting state.
 *
 * <p>Every non-2xx answer and every exception is an error; the first few are printed in full and
 * the exit status is 1 when there was any. The writer's first POST loads the coder's models
 * (10-20 s): the readers start only when it has returned, and the output says how much of the read
 * phase the writer was busy coding, so the overlap is shown rather than assumed.
 *
 * <pre>java -Xmx6g -cp 'bench/target/orbit-bench.jar:bench/target/lib/*' orbit.bench.ServerLoadBench [--quick]</pre>
 *
 * <p>Exit status: 0 all requests answered 2xx and ingest overlapped the reads; 1 some request
 * failed, or the store's counts after the run disagree with what the POSTs reported; 2 bad
 * arguments; 3 no document was stored during a read phase (the ingest did not overlap).
 */
public final class ServerLoadBench {
    private static final String USAGE = "ServerLoadBench [--events 1000000 | --store FILE] [--requests 1500] [--clients 50] "
            + "[--rounds 2] [--warmup 500] [--solo 140] [--docs 5000] [--seed 42] [--work /tmp/orbit-bench] [--sample FILE] [--cache-mb 64] [--keep] [--quick]";
    private static final int ERRORS_SHOWN = 5;
    /** Endpoints and their share of the read mix, in the order reported. */
    private static final Map<String, Integer> MIX = mix();

    private final Figures figures = new Figures();
    private final ObjectMapper json = new ObjectMapper();
    private final long events;
    private final Path sourceStore;
    private final Path work;
    private final Path sample;
    private final boolean keep;
    private final int requests;
    private final int clients;
    private final int solo;
    private final int rounds;
    private final int warmup;
    private final int maxDocs;
    private final long seed;
    private final long cacheBytes;
    private final List<String> errorsShown = new ArrayList<>();
    private long errorCount;
    private HttpClient http;
    private String base;

    private ServerLoadBench(long events, Path sourceStore, Path work, Path sample, boolean keep, int requests, int clients, int rounds,
            int warmup, int solo, int maxDocs, long seed, long cacheBytes) {
        this.events = events;
        this.sourceStore = sourceStore;
        this.work = work;
        this.sample = sample;
        this.keep = keep;
        this.requests = requests;
        this.clients = clients;
        this.rounds = rounds;
        this.warmup = warmup;
        this.solo = solo;
        this.maxDocs = maxDocs;
        this.seed = seed;
        this.cacheBytes = cacheBytes;
    }

    private static Map<String, Integer> mix() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("dyad by=month", 20);
        m.put("dyad by=quarter", 10);
        m.put("alignment RUS,EU", 15);
        m.put("partners", 15);
        m.put("shifts by=quarter", 10);
        m.put("events dyad both", 20);
        m.put("network focus", 10);
        return m;
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, USAGE);
        boolean quick = a.flag("--quick");
        long events = a.longValue("--events", quick ? 100_000 : 1_000_000);
        String store = a.value("--store", "");
        Path work = Path.of(a.value("--work", "/tmp/orbit-bench"));
        Path sample = Path.of(a.value("--sample", "samples/events/armenia-2018-2025.jsonl"));
        boolean keep = a.flag("--keep");
        int requests = (int) a.longValue("--requests", quick ? 500 : 1500);
        int clients = (int) a.longValue("--clients", 50);
        int rounds = (int) a.longValue("--rounds", quick ? 1 : 2);
        int warmup = (int) a.longValue("--warmup", quick ? 100 : 500);
        int solo = (int) a.longValue("--solo", quick ? 35 : 140);
        int docs = (int) a.longValue("--docs", 5000);
        long seed = a.longValue("--seed", 42);
        long cacheMb = a.longValue("--cache-mb", ServerConfig.DEFAULT_CACHE_BYTES >> 20);
        a.done();
        if (events < 1 || requests < 1 || clients < 1 || rounds < 1 || warmup < 0 || solo < 0 || docs < 2) {
            System.err.println("--events, --requests, --clients and --rounds must be positive, --warmup and --solo at least 0, --docs at least 2\nusage: "
                    + USAGE);
            System.exit(2);
        }
        Path source = store.isEmpty() ? null : Path.of(store);
        if (source != null && !Files.isRegularFile(source)) {
            System.err.println("no store at '" + store + "'; leave out --store to build one from generated events");
            System.exit(2);
        }
        if (source == null && !Files.isRegularFile(sample)) {
            System.err.println("the sample events '" + sample + "' are missing; run from the repository root or give --sample FILE");
            System.exit(2);
        }
        System.exit(new ServerLoadBench(events, source, work, sample, keep, requests, clients, rounds, warmup, solo, docs, seed,
                cacheMb << 20).run());
    }

    // ---- the run ---------------------------------------------------------------------------------

    private int run() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(work);
        figures.put("java", System.getProperty("java.version") + " " + System.getProperty("java.vm.name"));
        figures.put("cpus", Runtime.getRuntime().availableProcessors());
        figures.put("max heap GB", String.format(Locale.ROOT, "%.1f", Runtime.getRuntime().maxMemory() / 1e9));
        Path served = work.resolve("server-load-run.duckdb");
        Figures.deleteStore(served);
        Path from = sourceStore != null ? sourceStore : builtStore();
        Files.copy(from, served, StandardCopyOption.REPLACE_EXISTING);
        Path wal = from.resolveSibling(from.getFileName() + ".wal");
        if (Files.exists(wal)) {
            Files.copy(wal, served.resolveSibling(served.getFileName() + ".wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        figures.put("store (served from a copy)", from);
        figures.put("store MB", String.format(Locale.ROOT, "%.0f", Files.size(served) / 1e6));
        Targets targets;
        try (EventStore s = EventStore.open(served)) {
            figures.put("store events", ImportBench.query1(s.connection(), "SELECT count(*) FROM events"));
            targets = Targets.of(s.connection());
        }
        figures.put("dyads read", targets.dyads.size() + " (from " + String.join(":", targets.dyads.get(0)) + " down to "
                + String.join(":", targets.dyads.get(targets.dyads.size() - 1)) + ")");
        figures.put("entities read", targets.entities.size());

        int exit = 0;
        long t0 = System.nanoTime();
        try (OrbitServer server = OrbitServer.start(ServerConfig.local(served, 0).withCache(cacheBytes))) {
            figures.put("server start s", Figures.secs(System.nanoTime() - t0));
            figures.put("server readers (store connections)", ServerConfig.defaultReaders());
            figures.put("server answer cache MB (0: every read computed)", cacheBytes >> 20);
            base = "http://127.0.0.1:" + server.port();
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            long[] before = storeCounts();
            List<Read> reads = readList(targets, requests, seed);
            List<Document> docs = new NewsGenerator(seed).documents(maxDocs);
            Writer writer = new Writer(docs);

            if (warmup > 0) {
                Phase w = readPhase("warm-up", readList(targets, warmup, seed + 1), null, clients);
                System.err.printf(Locale.ROOT, "warm-up: %d requests in %.1f s, %d errors%n", warmup, w.seconds(), w.errors());
            }
            if (solo > 0) {
                report(readPhase("one client, idle (service time, no queueing)", readList(targets, solo, seed + 2), null, 1));
            }
            List<Phase[]> results = new ArrayList<>();
            boolean overlapped = true;
            for (int r = 1; r <= rounds; r++) {
                Phase idle = readPhase("round " + r + " idle", reads, null, clients);
                report(idle);
                Phase ingest = readPhase("round " + r + " during ingest", reads, writer, clients);
                report(ingest);
                compare(r, idle, ingest);
                overlapped &= ingest.ingest().storedDuringReads() > 0;
                results.add(new Phase[] {idle, ingest});
            }
            summary(results);
            long[] after = storeCounts();
            long posted = writer.posts.stream().filter(p -> "stored".equals(p.outcome())).count();
            long added = writer.posts.stream().mapToLong(Post::eventsAdded).sum();
            figures.put("documents posted (all phases)", writer.posts.size() + " (" + posted + " stored, "
                    + writer.posts.stream().filter(p -> "already_present".equals(p.outcome())).count() + " already present)");
            figures.put("events added by the POSTs (all phases)", added);
            long[] cached = server.cacheCounts();
            figures.put("reads answered from the cache / computed", cached[0] + " / " + cached[1]);
            figures.put("coder load: first POST s", writer.posts.isEmpty() ? "none" : Figures.secs(writer.posts.get(0).nanos()));
            boolean consistent = after[0] - before[0] == added && after[1] - before[1] == posted;
            figures.put("store check: events / documents before -> after", before[0] + " / " + before[1] + " -> " + after[0] + " / "
                    + after[1] + (consistent ? " (as the POSTs reported)" : " (MISMATCH with the POSTs' reports)"));
            if (!consistent) {
                exit = 1;
            }
            if (!overlapped) {
                System.err.println("the ingest did not overlap the reads: no document was stored during a read phase");
                exit = Math.max(exit, 3);
            }
        } finally {
            Figures.deleteStore(served);
        }
        figures.put("requests failed (reads and POSTs, all phases)", errorCount);
        if (!errorsShown.isEmpty()) {
            System.out.println("\n== first " + errorsShown.size() + " errors ==");
            errorsShown.forEach(e -> System.out.println(e + "\n"));
        }
        figures.put("total wall s", Figures.secs(System.nanoTime() - started));
        System.out.println();
        figures.print("server load", 48);
        return errorCount > 0 ? 1 : exit;
    }

    /** Generated GDELT-like events plus the sample events, imported by the real importer; kept and reused with --keep. */
    private Path builtStore() throws IOException, SQLException {
        Path store = work.resolve("server-load-" + events + "-" + seed + ".duckdb");
        if (keep && Files.isRegularFile(store)) {
            System.err.println("reusing the store " + store);
            figures.put("store build s", "reused");
            return store;
        }
        Figures.deleteStore(store);
        Path dir = work.resolve("gdelt-server-load-" + events + "-" + seed);
        GdeltGenerator.Settings settings = new GdeltGenerator.Settings(events, Math.min(events, 1_000_000), seed, false,
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        System.err.println("generating " + events + " GDELT-like events into " + dir);
        List<Path> files = new ArrayList<>(new GdeltGenerator(settings).writeAll(dir));
        files.add(sample);
        ImportReport report;
        try (EventStore s = EventStore.open(store)) {
            System.err.println("importing " + files.size() + " files into " + store);
            report = s.importFiles(files, ImportOptions.defaults());
            try (var st = s.connection().createStatement()) {
                st.execute("CHECKPOINT");
            }
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        figures.put("store build s (generate + import)", Figures.secs(System.nanoTime() - t0));
        figures.put("store imported / rejected", report.imported() + " / " + report.rejected());
        if (!keep) {
            store.toFile().deleteOnExit();
            store.resolveSibling(store.getFileName() + ".wal").toFile().deleteOnExit();
        }
        return store;
    }

    // ---- what is read ----------------------------------------------------------------------------

    /** One GET: the endpoint it is reported under and its path with query. */
    record Read(String endpoint, String path) {}

    /** Dyads (most events first) and entities (most events first, without the poles RUS and EU) that the store holds. */
    record Targets(List<String[]> dyads, List<String> entities) {
        static Targets of(Connection c) throws SQLException {
            List<String[]> dyads = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT source_entity, target_entity, count(*) n FROM events "
                    + "WHERE source_entity IS NOT NULL AND target_entity IS NOT NULL AND source_entity <> target_entity "
                    + "GROUP BY ALL HAVING count(*) >= 50 ORDER BY n DESC, source_entity, target_entity LIMIT 60");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dyads.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            List<String> entities = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e, count(*) n FROM (SELECT source_entity e FROM events "
                    + "UNION ALL SELECT target_entity FROM events) WHERE e IS NOT NULL AND e NOT IN ('RUS', 'EU') "
                    + "GROUP BY e ORDER BY n DESC, e LIMIT 30"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entities.add(rs.getString(1));
                }
            }
            if (dyads.isEmpty() || entities.isEmpty()) {
                throw new IllegalStateException("the store has no dyad with 50 events or more; give a larger --events or another --store");
            }
            return new Targets(dyads, entities);
        }
    }

    /** {@code n} reads drawn from the mix with {@code seed}: the same arguments give the same list. */
    static List<Read> readList(Targets t, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int total = MIX.values().stream().mapToInt(Integer::intValue).sum();
        List<Read> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(total);
            String endpoint = null;
            for (Map.Entry<String, Integer> e : MIX.entrySet()) {
                pick -= e.getValue();
                if (pick < 0) {
                    endpoint = e.getKey();
                    break;
                }
            }
            String[] d = t.dyads().get(random.nextInt(t.dyads().size()));
            String a = enc(d[0]);
            String b = enc(d[1]);
            String entity = enc(t.entities().get(random.nextInt(t.entities().size())));
            String path = switch (endpoint) {
                case "dyad by=month" -> "/api/dyads/" + a + "/" + b + "?by=month";
                case "dyad by=quarter" -> "/api/dyads/" + a + "/" + b + "?by=quarter";
                case "alignment RUS,EU" -> "/api/entities/" + entity + "/alignment?poles=RUS,EU";
                case "partners" -> "/api/entities/" + entity + "/partners";
                case "shifts by=quarter" -> "/api/dyads/" + a + "/" + b + "/shifts?by=quarter";
                case "events dyad both" -> "/api/events?dyad=" + a + ":" + b + "&both=true&limit=50";
                case "network focus" -> "/api/network?focus=" + entity;
                default -> throw new IllegalStateException("endpoint " + endpoint + " not found in the mix");
            };
            out.add(new Read(endpoint, path));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** One phase: every read's latency (ns) and whether it failed, the phase's wall time, and the ingest beside it if any. */
    record Phase(String name, int clients, List<Read> reads, long[] nanos, boolean[] failed, long wallNanos, Ingest ingest) {
        double seconds() {
            return Figures.secs(wallNanos);
        }

        long errors() {
            long n = 0;
            for (boolean f : failed) {
                n += f ? 1 : 0;
            }
            return n;
        }

        /** Latencies of the successful reads of {@code endpoint}, all endpoints when null. */
        Latencies latencies(String endpoint) {
            long[] l = new long[nanos.length];
            int k = 0;
            for (int i = 0; i < nanos.length; i++) {
                if (!failed[i] && (endpoint == null || reads.get(i).endpoint().equals(endpoint))) {
                    l[k++] = nanos[i];
                }
            }
            return new Latencies(Arrays.copyOf(l, k));
        }

        long count(String endpoint) {
            return reads.stream().filter(r -> endpoint == null || r.endpoint().equals(endpoint)).count();
        }

        long errors(String endpoint) {
            long n = 0;
            for (int i = 0; i < failed.length; i++) {
                n += failed[i] && (endpoint == null || reads.get(i).endpoint().equals(endpoint)) ? 1 : 0;
            }
            return n;
        }
    }

    /**
     * Runs every read in {@code reads} on {@code clients} threads, each taking the next read until none
     * is left. With a writer, starts it first and waits for its first POST (the coder's model load)
     * before the clock starts; stops it when the last read has returned.
     */
    private Phase readPhase(String name, List<Read> reads, Writer writer, int clients) throws Exception {
        Thread writing = null;
        if (writer != null) {
            writer.reset();
            writing = new Thread(writer, "orbit-bench-writer");
            writing.start();
            System.err.println(name + ": waiting for the writer's first POST (the first one loads the coder's models)");
            writer.first.await();
        }
        int n = reads.size();
        long[] nanos = new long[n];
        boolean[] failed = new boolean[n];
        AtomicInteger next = new AtomicInteger();
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "orbit-bench-reader");
            t.setDaemon(true);
            return t;
        });
        pool.prestartAllCoreThreads();
        CountDownLatch go = new CountDownLatch(1);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    Read r = reads.get(i);
                    long s = System.nanoTime();
                    String error = get(r);
                    nanos[i] = System.nanoTime() - s;
                    if (error != null) {
                        failed[i] = true;
                        error(name + ": GET " + r.path() + " after " + String.format(Locale.ROOT, "%.0f ms", nanos[i] / 1e6) + ": " + error);
                    }
                }
            });
        }
        System.err.println(name + ": " + n + " reads by " + clients + " clients");
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException(name + ": the readers did not finish within an hour");
        }
        long end = System.nanoTime();
        Ingest ingest = null;
        if (writer != null) {
            writer.stop = true;
            writing.join();
            ingest = Ingest.of(writer.posts.subList(writer.roundStart, writer.posts.size()), start, end);
        }
        return new Phase(name, clients, reads, nanos, failed, end - start, ingest);
    }

    /** Sends one GET; null when it answered 2xx with a body, else what went wrong. */
    private String get(Read r) {
        try {
            HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() / 100 != 2) {
                return "HTTP " + res.statusCode() + " " + new String(res.body(), StandardCharsets.UTF_8);
            }
            if (res.body().length == 0) {
                return "HTTP " + res.statusCode() + " with an empty body";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return stackTrace(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stackTrace(e);
        }
    }

    private synchronized void error(String message) {
        errorCount++;
        if (errorsShown.size() < ERRORS_SHOWN) {
            errorsShown.add(message);
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter s = new StringWriter();
        e.printStackTrace(new PrintWriter(s));
        return s.toString().strip();
    }

    /** Events and documents in the store, by GET /api/stats. */
    private long[] storeCounts() throws IOException, InterruptedException {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stats?top=1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("GET /api/stats answered " + res.statusCode() + ": " + res.body());
        }
        JsonNode n = json.readTree(res.body());
        return new long[] {n.get("events").asLong(), n.get("documents").asLong()};
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** One POST /api/documents: when it ran (System.nanoTime), how it ended and what it stored. */
    record Post(long start, long end, int status, String outcome, long eventsAdded, int sentences) {
        long nanos() {
            return end - start;
        }
    }

    /** POSTs the documents one after another, each new, until stopped; shared by the rounds so no document is posted twice. */
    private final class Writer implements Runnable {
        final List<Document> docs;
        final List<Post> posts = new ArrayList<>();
        volatile boolean stop;
        CountDownLatch first;
        int next;
        int roundStart;

        Writer(List<Document> docs) {
            this.docs = docs;
        }

        void reset() {
            stop = false;
            first = new CountDownLatch(1);
            roundStart = posts.size();
        }

        @Override
        public void run() {
            try {
                while (!stop && next < docs.size()) {
                    posts.add(post(docs.get(next++)));
                    first.countDown();
                }
                if (next >= docs.size()) {
                    System.err.println("the writer ran out of documents (--docs " + docs.size() + "); the rest of the reads ran without ingest");
                }
            } finally {
                first.countDown();
            }
        }

        private Post post(Document d) {
            long s = System.nanoTime();
            try {
                Map<String, String> body = new LinkedHashMap<>();
                body.put("title", "Orbit server load benchmark " + d.id());
                body.put("published", d.published().toString());
                body.put("text", d.text());
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                        .timeout(Duration.ofSeconds(300)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
                long e = System.nanoTime();
                if (res.statusCode() / 100 != 2) {
                    error("POST /api/documents (" + d.id() + ") after " + String.format(Locale.ROOT, "%.0f ms", (e - s) / 1e6) + ": HTTP "
                            + res.statusCode() + " " + res.body());
                    return new Post(s, e, res.statusCode(), "error", 0, 0);
                }
                JsonNode n = json.readTree(res.body());
                return new Post(s, e, res.statusCode(), n.path("status").asText(), n.path("events_added").asLong(), n.path("sentences_coded").asInt());
            } catch (IOException | RuntimeException e) {
                error("POST /api/documents (" + d.id() + "): " + stackTrace(e));
                return new Post(s, System.nanoTime(), 0, "error", 0, 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop = true;
                return new Post(s, System.nanoTime(), 0, "error", 0, 0);
            }
        }
    }

    /**
     * The ingest seen from a read phase running from {@code start} to {@code end}: documents whose POST
     * returned inside it and their events, how much of it the writer spent inside a POST, and when
     * the writer began and ended relative to it.
     */
    record Ingest(int storedDuringReads, long eventsDuringReads, int sentencesDuringReads, double busyShare, double startedBefore,
            double endedAfter, Latencies postLatency, int posts) {
        static Ingest of(List<Post> posts, long start, long end) {
            int stored = 0;
            long events = 0;
            int sentences = 0;
            long busy = 0;
            List<Long> during = new ArrayList<>();
            for (Post p : posts) {
                busy += Math.max(0, Math.min(p.end(), end) - Math.max(p.start(), start));
                if (p.end() >= start && p.end() <= end && p.status() / 100 == 2) {
                    stored += "stored".equals(p.outcome()) ? 1 : 0;
                    events += p.eventsAdded();
                    sentences += p.sentences();
                    during.add(p.nanos());
                }
            }
            double before = posts.isEmpty() ? Double.NaN : Figures.secs(start - posts.get(0).start());
            double after = posts.isEmpty() ? Double.NaN : Figures.secs(posts.get(posts.size() - 1).end() - end);
            return new Ingest(stored, events, sentences, (double) busy / (end - start), before, after,
                    new Latencies(during.stream().mapToLong(Long::longValue).toArray()), posts.size());
        }
    }

    // ---- reporting -------------------------------------------------------------------------------

    private static void report(Phase p) {
        System.out.printf(Locale.ROOT, "%n== %s: %d reads, %d concurrent clients, %.1f s, %.1f reads/s, %d errors ==%n", p.name(), p.reads().size(),
                p.clients(), p.seconds(), p.reads().size() / p.seconds(), p.errors());
        System.out.printf(Locale.ROOT, "%-20s %8s %6s %8s %8s %8s %8s %8s%n", "endpoint", "requests", "errors", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "req/s");
        List<String> rows = new ArrayList<>(MIX.keySet());
        rows.add(null);
        for (String e : rows) {
            Latencies l = p.latencies(e);
            System.out.printf(Locale.ROOT, "%-20s %8d %6d %8.1f %8.1f %8.1f %8.1f %8.1f%n", e == null ? "all" : e, p.count(e), p.errors(e),
                    l.millis(50), l.millis(90), l.millis(99), l.maxMillis(), p.count(e) / p.seconds());
        }
        Ingest i = p.ingest();
        if (i != null) {
            System.out.printf(Locale.ROOT, "ingest during the reads: %d documents stored (%d sentences coded), %d events added; "
                    + "the writer was inside a POST for %.1f%% of the %.1f s of reads (its first POST of this phase started %.1f s before "
                    + "the reads, its last ended %.1f s after them); POSTs returned during the reads: %d, p50 %.0f ms, max %.0f ms%n",
                    i.storedDuringReads(), i.sentencesDuringReads(), i.eventsDuringReads(), 100 * i.busyShare(), p.seconds(), i.startedBefore(),
                    i.endedAfter(), i.postLatency().count(), i.postLatency().millis(50), i.postLatency().maxMillis());
        }
    }

    private static void compare(int round, Phase idle, Phase ingest) {
        System.out.printf(Locale.ROOT, "%n== round %d: during ingest against idle (same reads) ==%n", round);
        System.out.printf(Locale.ROOT, "%-20s %9s %9s %6s %9s %9s %6s%n", "endpoint", "p50 idle", "p50 ingst", "ratio", "p99 idle", "p99 ingst",
                "ratio");
        List<String> rows = new ArrayList<>(MIX.keySet());
        rows.add(null);
        for (String e : rows) {
            Latencies a = idle.latencies(e);
            Latencies b = ingest.latencies(e);
            System.out.printf(Locale.ROOT, "%-20s %9.1f %9.1f %6.2f %9.1f %9.1f %6.2f%n", e == null ? "all" : e, a.millis(50), b.millis(50),
                    b.millis(50) / a.millis(50), a.millis(99), b.millis(99), b.millis(99) / a.millis(99));
        }
        System.out.printf(Locale.ROOT, "%-20s %9.1f %9.1f %6.2f  (reads/s)%n", "throughput", idle.reads().size() / idle.seconds(),
                ingest.reads().size() / ingest.seconds(), idle.seconds() / ingest.seconds());
    }

    /** Medians over the rounds of each round's p50 and p99, idle and during ingest, and of the ratios. */
    private void summary(List<Phase[]> results) {
        boolean table = results.size() > 1;
        if (table) {
            System.out.printf(Locale.ROOT, "%n== medians over %d rounds (ms; ratio = median of the rounds' ratios) ==%n", results.size());
            System.out.printf(Locale.ROOT, "%-20s %9s %9s %6s %9s %9s %6s%n", "endpoint", "p50 idle", "p50 ingst", "ratio", "p99 idle",
                    "p99 ingst", "ratio");
        }
        List<String> rows = new ArrayList<>(MIX.keySet());
        rows.add(null);
        for (String e : rows) {
            double[][] v = new double[6][results.size()];
            for (int r = 0; r < results.size(); r++) {
                Latencies a = results.get(r)[0].latencies(e);
                Latencies b = results.get(r)[1].latencies(e);
                v[0][r] = a.millis(50);
                v[1][r] = b.millis(50);
                v[2][r] = b.millis(50) / a.millis(50);
                v[3][r] = a.millis(99);
                v[4][r] = b.millis(99);
                v[5][r] = b.millis(99) / a.millis(99);
            }
            if (table) {
                System.out.printf(Locale.ROOT, "%-20s %9.1f %9.1f %6.2f %9.1f %9.1f %6.2f%n", e == null ? "all" : e, median(v[0]),
                        median(v[1]), median(v[2]), median(v[3]), median(v[4]), median(v[5]));
            }
            if (e == null) {
                figures.put("all reads p50 ms idle / during ingest (median of rounds)", String.format(Locale.ROOT, "%.1f / %.1f (x%.2f)",
                        median(v[0]), median(v[1]), median(v[2])));
                figures.put("all reads p99 ms idle / during ingest (median of rounds)", String.format(Locale.ROOT, "%.1f / %.1f (x%.2f)",
                        median(v[3]), median(v[4]), median(v[5])));
            }
        }
    }

    /** The median; the mean of the two middle values for an even count. */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
