package orbit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import orbit.analytics.changepoint.Changepoints;
import orbit.analytics.changepoint.Cost;
import orbit.analytics.changepoint.Method;
import orbit.analytics.changepoint.Settings;

/**
 * Changepoint speed: {@link Changepoints#detect} with PELT (both costs), binary segmentation and
 * BOCPD on one reproducible piecewise-constant noisy series, against naive optimal partitioning
 * (the same MBIC objective minimised over every candidate, O(n^2), no pruning) in the same JVM, so
 * the figures are also reported as ratios. The naive baseline is written out here from the
 * definitions in {@code docs/changepoints.md}, independently of the library, and must find the
 * same changepoints as PELT.
 *
 * <p>The series: segments of 50 to 499 values (uniform), each mean 1 to 4 noise standard
 * deviations above or below the last, Normal noise with standard deviation 1. Each case runs
 * {@code --warmup} times untimed, then {@code --runs} times; reported are the median CPU time of
 * the running thread (robust when other processes share the cores) and the fastest wall-clock
 * time. Results go to stdout, progress to stderr. Not thread-safe.
 */
public final class ChangepointBench {
    private static final String USAGE = "ChangepointBench [--n 10000] [--seed 42] [--runs 7] [--warmup 3]";

    private ChangepointBench() {}

    /** A case's median thread CPU time, its fastest wall-clock time and what it found. */
    private record Row(String method, String cost, String pValues, double cpuMillis, double wallMillis, int[] found) {}

    public static void main(String[] args) {
        Args a = new Args(args, USAGE);
        int n = (int) a.longValue("--n", 10_000);
        long seed = a.longValue("--seed", 42);
        int runs = (int) a.longValue("--runs", 7);
        int warmup = (int) a.longValue("--warmup", 3);
        a.done();
        Series series = series(n, seed);
        double[] x = series.values();
        Settings base = Settings.defaults().withPermutations(0);

        List<Row> rows = new ArrayList<>();
        int[][] found = new int[1][];
        for (Cost cost : Cost.values()) {
            Settings s = base.withCost(cost);
            rows.add(time("PELT", cost, "-", () -> Changepoints.detect(x, s).indices(), runs, warmup, found));
            int[] pelt = found[0];
            rows.add(time("naive OP", cost, "-", () -> NaiveOptimalPartitioning.changepoints(x, cost, 2), runs, warmup, found));
            if (!Arrays.equals(pelt, found[0])) {
                throw new IllegalStateException("PELT and naive optimal partitioning disagree for " + cost + ": "
                        + Arrays.toString(pelt) + " vs " + Arrays.toString(found[0]));
            }
        }
        Settings full = Settings.defaults();
        rows.add(time("PELT", Cost.L2, full.permutations() + " perms", () -> Changepoints.detect(x, full).indices(), runs, warmup, found));
        for (Cost cost : Cost.values()) {
            Settings s = base.withMethod(Method.BINSEG).withCost(cost);
            rows.add(time("BINSEG", cost, "-", () -> Changepoints.detect(x, s).indices(), runs, warmup, found));
        }
        Settings bocpd = base.withMethod(Method.BOCPD);
        rows.add(time("BOCPD", null, "-", () -> Changepoints.detect(x, bocpd).indices(), runs, warmup, found));

        System.out.printf(Locale.ROOT, "== changepoints: n=%d, seed=%d, %d true changes, %d runs after %d warm-up, %d cores, load %.1f ==%n", n, seed,
                series.changes().length, runs, warmup, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-9s %-16s %-10s %12s %12s %8s %8s %16s%n", "method", "cost", "p-values", "cpu ms med", "wall ms min", "changes",
                "exact", "naive OP / this");
        for (Row r : rows) {
            Row naive = rows.stream().filter(q -> q.method().equals("naive OP") && (r.cost().equals("-") ? q.cost().equals("L2") : q.cost().equals(r.cost())))
                    .findFirst().orElseThrow();
            System.out.printf(Locale.ROOT, "%-9s %-16s %-10s %12.2f %12.2f %8d %8d %16.1f%n", r.method(), r.cost(), r.pValues(), r.cpuMillis(), r.wallMillis(),
                    r.found().length, exact(r.found(), series.changes()), naive.cpuMillis() / r.cpuMillis());
        }
    }

    private static Row time(String method, Cost cost, String pValues, Supplier<int[]> work, int runs, int warmup, int[][] found) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            found[0] = work.get();
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            found[0] = work.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        String name = cost == null ? "-" : cost.name();
        System.err.printf(Locale.ROOT, "%s %s %s: cpu median %.2f ms, wall min %.2f ms%n", method, name, pValues, cpu[runs / 2], wall[0]);
        return new Row(method, name, pValues, cpu[runs / 2], wall[0], found[0]);
    }

    /** How many of the found changepoints are exactly at a true change. */
    private static int exact(int[] found, int[] truth) {
        int k = 0;
        for (int f : found) {
            if (Arrays.binarySearch(truth, f) >= 0) {
                k++;
            }
        }
        return k;
    }

    /** The benchmark series and the indices where its mean really changes. */
    record Series(double[] values, int[] changes) {}

    /** The benchmark series, as the class javadoc describes it. */
    static Series series(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        List<Integer> changes = new ArrayList<>();
        double mean = 0;
        int i = 0;
        while (i < n) {
            if (i > 0) {
                changes.add(i);
            }
            int len = 50 + r.nextInt(450);
            for (int j = 0; j < len && i < n; j++, i++) {
                x[i] = mean + r.nextGaussian();
            }
            mean += (r.nextBoolean() ? 1 : -1) * (1 + 3 * r.nextDouble());
        }
        return new Series(x, changes.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Optimal partitioning without pruning: {@code F(e) = min_t F(t) + C(t, e) + beta} over every
     * {@code t} in {0} and [minSize, e - minSize], with the MBIC objective of docs/changepoints.md.
     */
    static final class NaiveOptimalPartitioning {
        private NaiveOptimalPartitioning() {}

        static int[] changepoints(double[] x, Cost cost, int minSize) {
            int n = x.length;
            double mean = Arrays.stream(x).sum() / n;
            double[] s1 = new double[n + 1];
            double[] s2 = new double[n + 1];
            for (int i = 0; i < n; i++) {
                double c = x[i] - mean;
                s1[i + 1] = s1[i] + c;
                s2[i + 1] = s2[i] + c * c;
            }
            double noise = noiseVariance(x);
            double beta = (cost.parameters() + 2) * Math.log(n);
            double[] logLength = new double[n + 1];
            for (int m = 1; m <= n; m++) {
                logLength[m] = Math.log(m);
            }
            double[] f = new double[n + 1];
            int[] last = new int[n + 1];
            f[0] = -beta;
            for (int e = minSize; e <= n; e++) {
                double best = Double.POSITIVE_INFINITY;
                int arg = 0;
                for (int t = 0; t <= e - minSize; t = t == 0 ? minSize : t + 1) {
                    int m = e - t;
                    double s = s1[e] - s1[t];
                    double sse = Math.max(0, s2[e] - s2[t] - s * s / m);
                    double c = switch (cost) {
                        case L2 -> sse / noise;
                        case NORMAL_MEAN_VAR -> m * (Math.log(2 * Math.PI) + 1 + Math.log(sse / m + 1e-3 * noise));
                    };
                    double v = f[t] + c + logLength[m];
                    if (v < best) {
                        best = v;
                        arg = t;
                    }
                }
                f[e] = best + beta;
                last[e] = arg;
            }
            List<Integer> out = new ArrayList<>();
            for (int e = last[n]; e > 0; e = last[e]) {
                out.add(0, e);
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        /** (1.4826 MAD of the first differences)^2 / 2, else mean squared difference / 2, else 1. */
        static double noiseVariance(double[] x) {
            double[] d = new double[x.length - 1];
            double sq = 0;
            for (int i = 0; i < d.length; i++) {
                d[i] = x[i + 1] - x[i];
                sq += d[i] * d[i];
            }
            double med = median(d);
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.abs(d[i] - med);
            }
            double sd = 1.4826 * median(d);
            if (sd > 0) {
                return sd * sd / 2;
            }
            return sq > 0 ? sq / d.length / 2 : 1;
        }

        private static double median(double[] v) {
            double[] s = v.clone();
            Arrays.sort(s);
            int m = s.length;
            return m % 2 == 1 ? s[m / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
        }
    }
}
