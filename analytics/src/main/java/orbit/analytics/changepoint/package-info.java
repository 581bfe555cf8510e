/**
 * Changepoints in a series of values per period: {@link orbit.analytics.changepoint.Changepoints#detect}
 * with PELT, binary segmentation or Bayesian online changepoint detection, each changepoint with a
 * permutation p-value or a posterior probability. Plain Java over {@code double[]}; no I/O.
 */
package orbit.analytics.changepoint;
