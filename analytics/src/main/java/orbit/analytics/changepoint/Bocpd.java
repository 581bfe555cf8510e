package orbit.analytics.changepoint;

import java.util.Arrays;

/**
 * Bayesian online changepoint detection (Adams and MacKay 2007) with a constant hazard {@code h}
 * and a Normal model of unknown mean and variance per segment.
 *
 * <p>The series is first put in noise units, {@code z = (x - median(x)) / s} with {@code s^2} the
 * robust noise variance of {@link Cost#L2}, so that the result does not depend on the series'
 * unit or offset. Each segment draws {@code sigma^2 ~ InvGamma(alpha0 = 1, beta0 = 1)} (noise of
 * about one noise unit) and {@code mu ~ N(0, sigma^2 / kappa0)} with
 * {@code kappa0 = min(1, 1 / var(z))}, so segment means may wander as far as the whole series
 * does. The predictive of a run is then Student-t with {@code 2 alpha} degrees of freedom, location
 * {@code mu} and squared scale {@code beta (kappa + 1) / (alpha kappa)}.
 *
 * <p>Before each value a new run starts with probability {@code h}, and every run goes on with
 * probability {@code 1 - h}; the value then reweights each run by its predictive density. Runs
 * whose posterior falls below {@link #DROP} are forgotten, and at most {@link #MAX_RUNS} are kept
 * (the least probable go first), so each value costs O(MAX_RUNS).
 *
 * <p>The segmentation follows the most probable (MAP) run back from the end: the MAP run after the
 * last value starts at {@code s_k}, the MAP run after value {@code s_k - 1} starts at
 * {@code s_(k-1)}, and so on to 0, so every reported index is one where the MAP run length drops.
 * Only runs of {@code minSize} or more values that start at 0 or at {@code minSize} or later take
 * part, so every segment has {@code minSize} values or more. The significance of a change at
 * {@code s} is the largest posterior probability, over all later times, that the current run
 * started exactly at {@code s}. Stateless.
 */
final class Bocpd {
    /** Runs with a smaller posterior probability are dropped. */
    static final double DROP = 1e-8;
    /** The most runs kept at once. */
    static final int MAX_RUNS = 300;

    private static final double ALPHA0 = 1;
    private static final double BETA0 = 1;

    private Bocpd() {}

    /** Changepoint indices in increasing order, and the posterior of each. */
    record Result(int[] indices, double[] posterior) {}

    static Result run(double[] x, double hazard, int minSize) {
        int n = x.length;
        double[] z = standardise(x);
        double mean = 0;
        for (double v : z) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : z) {
            var += (v - mean) * (v - mean);
        }
        var /= n;
        double kappa0 = Math.min(1, 1 / Math.max(var, 1e-12));

        // log Gamma((nu + 1) / 2) - log Gamma(nu / 2) for nu = 2 alpha0 + len, len = 0..n, by
        // Gamma(a + 1) = a Gamma(a): g(len + 1) = log(alpha0 + len / 2) - g(len)
        double[] gammaRatio = new double[n + 1];
        gammaRatio[0] = 0.5 * Math.log(Math.PI) - Math.log(2); // log Gamma(3/2) - log Gamma(1) for alpha0 = 1
        for (int len = 0; len < n; len++) {
            gammaRatio[len + 1] = Math.log(ALPHA0 + len / 2.0) - gammaRatio[len];
        }

        int cap = Math.min(MAX_RUNS, n) + 1;
        int[] start = new int[cap];
        double[] mu = new double[cap];
        double[] kappa = new double[cap];
        double[] beta = new double[cap];
        double[] w = new double[cap];
        double[] logp = new double[cap];
        int[] start2 = new int[cap];
        double[] mu2 = new double[cap];
        double[] kappa2 = new double[cap];
        double[] beta2 = new double[cap];
        double[] w2 = new double[cap];
        int runs = 0;

        double[] peak = new double[n];
        int[] mapStart = new int[n];
        double logH = Math.log(hazard);
        double log1mH = Math.log1p(-hazard);

        for (int t = 0; t < n; t++) {
            double v = z[t];
            // the new run, evaluated with the prior predictive; then every old run
            double lpNew = logH + logStudent(v, 0, kappa0, BETA0, 0, gammaRatio);
            double max = lpNew;
            for (int i = 0; i < runs; i++) {
                int len = t - start[i];
                double lp = Math.log(w[i]) + log1mH + logStudent(v, mu[i], kappa[i], beta[i], len, gammaRatio);
                logp[i] = lp;
                if (lp > max) {
                    max = lp;
                }
            }
            double wNew = Math.exp(lpNew - max);
            double total = wNew;
            for (int i = 0; i < runs; i++) {
                double e = Math.exp(logp[i] - max);
                logp[i] = e;
                total += e;
            }
            // normalise, update, drop improbable runs; the new run goes first (latest start first)
            int kept = 0;
            start2[kept] = t;
            mu2[kept] = v / (kappa0 + 1);
            kappa2[kept] = kappa0 + 1;
            beta2[kept] = BETA0 + kappa0 * v * v / (2 * (kappa0 + 1));
            w2[kept] = wNew / total;
            kept++;
            for (int i = 0; i < runs; i++) {
                double p = logp[i] / total;
                if (p < DROP) {
                    continue;
                }
                double k = kappa[i];
                double d = v - mu[i];
                start2[kept] = start[i];
                mu2[kept] = mu[i] + d / (k + 1);
                kappa2[kept] = k + 1;
                beta2[kept] = beta[i] + k * d * d / (2 * (k + 1));
                w2[kept] = p;
                kept++;
            }
            while (kept > MAX_RUNS) {
                int min = 0;
                for (int i = 1; i < kept; i++) {
                    if (w2[i] < w2[min]) {
                        min = i;
                    }
                }
                kept--;
                System.arraycopy(start2, min + 1, start2, min, kept - min);
                System.arraycopy(mu2, min + 1, mu2, min, kept - min);
                System.arraycopy(kappa2, min + 1, kappa2, min, kept - min);
                System.arraycopy(beta2, min + 1, beta2, min, kept - min);
                System.arraycopy(w2, min + 1, w2, min, kept - min);
            }
            int[] si = start;
            start = start2;
            start2 = si;
            double[] tmp = mu;
            mu = mu2;
            mu2 = tmp;
            tmp = kappa;
            kappa = kappa2;
            kappa2 = tmp;
            tmp = beta;
            beta = beta2;
            beta2 = tmp;
            tmp = w;
            w = w2;
            w2 = tmp;
            runs = kept;

            // the MAP admissible run after x[t], and the best posterior each start has had
            double top = -1;
            int arg = 0;
            for (int i = 0; i < runs; i++) {
                int s = start[i];
                double p = w[i];
                if (p > peak[s]) {
                    peak[s] = p;
                }
                if (t - s + 1 >= minSize && (s == 0 || s >= minSize) && p > top) {
                    top = p;
                    arg = s;
                }
            }
            mapStart[t] = arg;
        }

        int count = 0;
        for (int s = mapStart[n - 1]; s > 0; s = mapStart[s - 1]) {
            count++;
        }
        int[] indices = new int[count];
        double[] posterior = new double[count];
        for (int s = mapStart[n - 1]; s > 0; s = mapStart[s - 1]) {
            count--;
            indices[count] = s;
            posterior[count] = peak[s];
        }
        return new Result(indices, posterior);
    }

    /** The Student-t log density of {@code v} under a run of {@code len} values so far. */
    private static double logStudent(double v, double mu, double kappa, double beta, int len, double[] gammaRatio) {
        double alpha = ALPHA0 + len / 2.0;
        double nu = 2 * alpha;
        double scale2 = beta * (kappa + 1) / (alpha * kappa);
        double d = v - mu;
        return gammaRatio[len] - 0.5 * Math.log(nu * Math.PI * scale2) - (nu + 1) / 2 * Math.log1p(d * d / (nu * scale2));
    }

    /** {@code (x - median(x)) / s} with {@code s^2} the robust noise variance. */
    static double[] standardise(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double centre = NoiseScale.median(sorted);
        double scale = Math.sqrt(NoiseScale.variance(x));
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - centre) / scale;
        }
        return z;
    }
}
