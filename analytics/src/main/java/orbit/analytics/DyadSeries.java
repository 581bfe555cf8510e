package orbit.analytics;

import java.util.List;

/**
 * A dyad's measures per period, every period of the window present (periods without events
 * carry zeros and are flagged low-coverage when the window asks for a minimum).
 *
 * @param a         the dyad's first entity (the source when directed)
 * @param b         the second entity
 * @param direction which events count
 * @param window    the periods and filters the series was computed for
 * @param periods   in time order
 */
public record DyadSeries(String a, String b, Direction direction, Window window, List<DyadPeriod> periods) {
    public DyadSeries {
        periods = List.copyOf(periods);
    }

    /** The series of one measure, for changepoint detection: one value per period, NaN where undefined. */
    public double[] values(Measure measure) {
        double[] v = new double[periods.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = measure.of(periods.get(i));
        }
        return v;
    }
}
