package orbit.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes realistic, reproducible GDELT 2.0 export files (61 tab-separated columns, no header) for
 * benchmarks: about a hundred states with a dozen and more sector actors each plus known-group
 * actors, Zipf-like dyad frequencies, ten years of dates (2015-2024) advancing with the files,
 * every CAMEO root with GDELT-like frequencies, Goldstein values from the CAMEO table.
 *
 * <p>The same settings give byte-identical files: file {@code f} is drawn from its own random
 * stream (seed, f), so files can be written in parallel and GLOBALEVENTIDs still rise across files.
 * Memory is constant (one 1 MB buffer per writing thread), whatever the number of rows.
 *
 * <pre>
 * java -cp 'bench/target/orbit-bench.jar:bench/target/lib/*' orbit.bench.GdeltGenerator \
 *     --rows 100000000 --rows-per-file 1000000 --out DIR --seed 42 [--gzip] [--threads 2]
 * </pre>
 */
public final class GdeltGenerator {
    /** GDELT 2.0 GLOBALEVENTIDs started near here in February 2015. */
    public static final long FIRST_ID = 410_000_000L;
    static final String MANIFEST = "manifest.properties";
    /** Bump when the output for given settings changes, so that --keep regenerates. */
    static final int VERSION = 1;

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2025, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
    private static final long SPAN_SECONDS = DAYS * 86_400L;

    /**
     * What to write.
     *
     * @param rows        rows in all files
     * @param rowsPerFile rows per file (the last file may hold fewer)
     * @param seed        the random seed; the same seed gives the same files
     * @param gzip        write {@code .CSV.gz} (fast deflate) instead of plain {@code .CSV}
     * @param threads     files written at once
     */
    public record Settings(long rows, long rowsPerFile, long seed, boolean gzip, int threads) {
        public Settings {
            if (rows < 1 || rowsPerFile < 1) {
                throw new IllegalArgumentException("--rows and --rows-per-file must be positive, not " + rows + " and " + rowsPerFile);
            }
            threads = Math.max(1, threads);
        }

        int files() {
            return (int) ((rows + rowsPerFile - 1) / rowsPerFile);
        }

        Properties manifest() {
            Properties p = new Properties();
            p.setProperty("version", Integer.toString(VERSION));
            p.setProperty("rows", Long.toString(rows));
            p.setProperty("rowsPerFile", Long.toString(rowsPerFile));
            p.setProperty("seed", Long.toString(seed));
            p.setProperty("gzip", Boolean.toString(gzip));
            return p;
        }
    }

    private final Settings settings;
    private final GdeltWorld world;
    private final byte[][] dayFields = new byte[DAYS][];
    private final byte[][] dayYmd = new byte[DAYS][];
    private final byte[][] dayPath = new byte[DAYS][];

    public GdeltGenerator(Settings settings) {
        this.settings = settings;
        this.world = new GdeltWorld(settings.seed());
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = FIRST_DAY.plusDays(d);
            int y = date.getYear();
            int m = date.getMonthValue();
            int dd = date.getDayOfMonth();
            String ymd = String.format(Locale.ROOT, "%04d%02d%02d", y, m, dd);
            double fraction = Math.round(((m - 1) * 30 + dd) / 365.0 * 10000) / 10000.0;
            dayFields[d] = ascii(String.format(Locale.ROOT, "%s\t%04d%02d\t%04d\t%.4f", ymd, y, m, y, y + fraction));
            dayYmd[d] = ascii(ymd);
            dayPath[d] = ascii(String.format(Locale.ROOT, "%04d/%02d/%02d/", y, m, dd));
        }
    }

    /** Where the CAMEO codes came from, for the benchmark's report. */
    public String cameoSource() {
        return world.cameoSource;
    }

    /** Files already in {@code dir} written with the same settings, if every one is there. */
    public static Optional<List<Path>> existing(Settings settings, Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(manifest)) {
            p.load(in);
        }
        for (String k : settings.manifest().stringPropertyNames()) {
            if (!settings.manifest().getProperty(k).equals(p.getProperty(k))) {
                return Optional.empty();
            }
        }
        List<Path> files = new ArrayList<>();
        for (String name : p.getProperty("files", "").split(",")) {
            Path f = dir.resolve(name);
            if (name.isEmpty() || !Files.isRegularFile(f)) {
                return Optional.empty();
            }
            files.add(f);
        }
        return Optional.of(files);
    }

    /** Writes every file into {@code dir} (created if needed) and a manifest; returns the files in order. */
    public List<Path> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(MANIFEST));
        int n = settings.files();
        List<String> names = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            String name = fileName(f);
            if (!names.isEmpty() && names.get(names.size() - 1).equals(name)) {
                throw new IllegalArgumentException("--rows-per-file " + settings.rowsPerFile() + " is too small: two files would "
                        + "start in the same second; use at least " + (settings.rows() / SPAN_SECONDS + 1));
            }
            names.add(name);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), n));
        long t0 = System.nanoTime();
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                int file = f;
                Path target = dir.resolve(names.get(f));
                done.add(pool.submit(() -> {
                    long bytes = writeFile(file, target);
                    System.err.printf(Locale.ROOT, "generated %s (%d of %d, %.0f MB) at %.1f s%n", target.getFileName(), file + 1, n,
                            bytes / 1e6, (System.nanoTime() - t0) / 1e9);
                    return bytes;
                }));
            }
            for (Future<Long> d : done) {
                d.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Properties p = settings.manifest();
        p.setProperty("files", String.join(",", names));
        try (var out = Files.newOutputStream(dir.resolve(MANIFEST))) {
            p.store(out, "written by orbit.bench.GdeltGenerator");
        }
        return names.stream().map(dir::resolve).toList();
    }

    private long firstRow(int file) {
        return file * settings.rowsPerFile();
    }

    /** Seconds after 2015-01-01 at which global row {@code g} was added; rises with g. */
    private long addedSecond(long g) {
        return SPAN_SECONDS * g / settings.rows(); // exact up to 29 billion rows
    }

    private String fileName(int file) {
        long s = addedSecond(firstRow(file));
        LocalDate day = FIRST_DAY.plusDays(s / 86_400);
        int sec = (int) (s % 86_400);
        return String.format(Locale.ROOT, "%04d%02d%02d%02d%02d%02d.export.CSV%s", day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), sec / 3600, sec / 60 % 60, sec % 60, settings.gzip() ? ".gz" : "");
    }

    /** Writes one file atomically (via a .part file); returns its size in uncompressed bytes. */
    long writeFile(int file, Path target) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
        OutputStream os = settings.gzip() ? new GZIPOutputStream(raw, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        } : raw;
        long bytes;
        try (AsciiOut out = new AsciiOut(os)) {
            long from = firstRow(file);
            long to = Math.min(settings.rows(), from + settings.rowsPerFile());
            writeRows(out, file, from, to);
            bytes = out.written();
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return bytes;
    }

    /** Writes global rows [from, to) drawn from file {@code file}'s random stream. */
    void writeRows(AsciiOut out, int file, long from, long to) throws IOException {
        GdeltWorld w = world;
        SplittableRandom rnd = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + file * 0xBF58476D1CE4E5B9L + 1);
        byte[] url = new byte[512];
        int urlLength = 0;
        int articleLeft = 0;
        int lastActor1Geo = 0;
        for (long g = from; g < to; g++) {
            long added = addedSecond(g);
            added -= added % 900;
            int addDay = (int) (added / 86_400);
            int sec = (int) (added % 86_400);
            int r = rnd.nextInt(100);
            int lag = r < 78 ? 0 : r < 90 ? 1 : r < 95 ? 2 + rnd.nextInt(6) : r < 98 ? 8 + rnd.nextInt(53) : 61 + rnd.nextInt(670);
            int day = Math.max(0, addDay - lag);

            if (articleLeft == 0) {
                articleLeft = 1 + (int) (-Math.log(1 - rnd.nextDouble()) * 2.5);
                urlLength = url(url, rnd, addDay, g);
            }
            articleLeft--;

            int dyad = w.dyads.next(rnd);
            int s1 = dyad / w.states;
            int s2 = dyad % w.states;
            int a1 = w.stateActors[s1][w.stateActorPick[s1].next(rnd)];
            int a2 = w.stateActors[s2][w.stateActorPick[s2].next(rnd)];
            r = rnd.nextInt(1000);
            if (r < 25) {
                a1 = w.groupActors[rnd.nextInt(w.groupActors.length)];
            } else if (r < 50) {
                a2 = w.groupActors[rnd.nextInt(w.groupActors.length)];
            } else if (r < 90) {
                a1 = w.plainActors[rnd.nextInt(w.plainActors.length)];
            } else if (r < 130) {
                a2 = w.plainActors[rnd.nextInt(w.plainActors.length)];
            }
            r = rnd.nextInt(100);
            if (r < 4) {
                a1 = -1;
            } else if (r < 12) {
                a2 = -1;
            }
            int code = w.codes.next(rnd);
            int quad = w.codeQuad[code];

            out.reserve(2048);
            out.number(FIRST_ID + g);
            out.tab();
            out.bytes(dayFields[day]);
            out.tab();
            actor(out, a1);
            out.tab();
            actor(out, a2);
            out.tab();
            out.b(rnd.nextInt(100) < 55 ? '1' : '0');
            out.tab();
            out.bytes(w.codeFields[code]);
            out.tab();

            int articles = 1 + (int) (-Math.log(1 - rnd.nextDouble()) * 1.2);
            if (rnd.nextInt(50) == 0) {
                articles += rnd.nextInt(200);
            }
            int sources = articles == 1 ? 1 : 1 + rnd.nextInt(articles);
            int mentions = articles * (rnd.nextInt(3) == 0 ? 2 : 1) + rnd.nextInt(3);
            out.number(mentions);
            out.tab();
            out.number(sources);
            out.tab();
            out.number(articles);
            out.tab();
            double mean = quad == 1 ? -0.5 : quad == 2 ? 0.8 : quad == 3 ? -3.0 : -5.5;
            double tone = mean + 6 * (rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5);
            int words = 150 + rnd.nextInt(1800);
            out.ratio(Math.round(tone * words / 100) * 100, words, 14);
            out.tab();

            int geo1 = geo(rnd, a1, s1);
            int geo2 = geo(rnd, a2, s2);
            geoOut(out, geo1);
            out.tab();
            geoOut(out, geo2);
            out.tab();
            r = rnd.nextInt(100);
            int action = r < 55 ? geo1 : r < 90 ? geo2 : lastActor1Geo;
            if (action == 0) {
                action = geo1 != 0 ? geo1 : geo2;
            }
            geoOut(out, action);
            lastActor1Geo = geo1;
            out.tab();
            out.bytes(dayYmd[addDay]);
            out.fixed(sec / 3600, 2);
            out.fixed(sec / 60 % 60, 2);
            out.fixed(sec % 60, 2);
            out.tab();
            out.bytes(url, urlLength);
            out.b('\n');
        }
    }

    private static final byte[] NO_ACTOR = ascii("\t\t\t\t\t\t\t\t\t");

    private void actor(AsciiOut out, int a) throws IOException {
        out.bytes(a < 0 ? NO_ACTOR : world.actorFields[a]);
    }

    /** A place as +1 + 2 * state (+1 for the capital), or 0 for none. */
    private int geo(SplittableRandom rnd, int actor, int dyadState) {
        if (actor < 0) {
            return 0;
        }
        int s = world.actorState[actor] >= 0 ? world.actorState[actor] : dyadState;
        return 1 + 2 * s + (rnd.nextInt(100) < 55 ? 0 : 1);
    }

    private void geoOut(AsciiOut out, int geo) throws IOException {
        if (geo == 0) {
            out.bytes(GdeltWorld.GEO_NONE);
        } else {
            int s = (geo - 1) / 2;
            out.bytes((geo - 1) % 2 == 0 ? world.geoCountry[s] : world.geoCapital[s]);
        }
    }

    private int url(byte[] url, SplittableRandom rnd, int day, long g) {
        int n = 0;
        n = put(url, n, HTTPS);
        n = put(url, n, world.domains[zipf(rnd, world.domains.length)]);
        url[n++] = '/';
        n = put(url, n, world.sections[rnd.nextInt(world.sections.length)]);
        url[n++] = '/';
        n = put(url, n, dayPath[day]);
        int words = 3 + rnd.nextInt(6);
        for (int i = 0; i < words; i++) {
            n = put(url, n, world.words[rnd.nextInt(world.words.length)]);
            url[n++] = '-';
        }
        long v = g * 7 + 1_000_000;
        int start = n;
        while (v > 0) {
            url[n++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = n - 1; i < j; i++, j--) {
            byte t = url[i];
            url[i] = url[j];
            url[j] = t;
        }
        return n;
    }

    private static final byte[] HTTPS = ascii("https://www.");

    private static int zipf(SplittableRandom rnd, int n) {
        // P(i) ~ 1/(i+1): inverse of the continuous approximation
        double u = rnd.nextDouble();
        int i = (int) Math.exp(u * Math.log(n + 1)) - 1;
        return Math.min(n - 1, Math.max(0, i));
    }

    private static int put(byte[] dst, int at, byte[] src) {
        System.arraycopy(src, 0, dst, at, src.length);
        return at + src.length;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) throws IOException {
        Args a = new Args(args, "GdeltGenerator --rows N [--rows-per-file M] --out DIR [--seed S] [--gzip] [--threads T]");
        long rows = a.longValue("--rows", 1_000_000);
        Settings s = new Settings(rows, a.longValue("--rows-per-file", Math.min(rows, 1_000_000)), a.longValue("--seed", 42),
                a.flag("--gzip"), (int) a.longValue("--threads", Runtime.getRuntime().availableProcessors()));
        Path out = Path.of(a.value("--out", null));
        a.done();
        GdeltGenerator gen = new GdeltGenerator(s);
        System.err.println("CAMEO codes from " + gen.cameoSource());
        long t0 = System.nanoTime();
        List<Path> files = gen.writeAll(out);
        double sec = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d rows in %d files written to %s in %.1f s (%.0f rows/s)%n", rows, files.size(), out, sec,
                rows / sec);
    }
}
