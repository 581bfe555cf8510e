package orbit.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * One indicator of one entity and partner, cut into periods: each period's value is the mean of
 * the observations dated in it. Periods without an observation are absent, not zero: a poll not
 * taken is no evidence of anything.
 *
 * @param entity    the entity the figures are about
 * @param partner   the partner entity, or the empty string for figures without one
 * @param indicator the indicator's name
 * @param period    the length of the periods
 * @param points    the periods that hold observations, oldest first
 */
public record IndicatorSeries(String entity, String partner, String indicator, Period period, List<Point> points) {
    public IndicatorSeries {
        points = List.copyOf(points);
    }

    /**
     * One period of the series.
     *
     * @param start        the period's first day
     * @param label        the period's label (2024, 2024-Q1, 2024-02, 2024-W07)
     * @param mean         the mean of the observations in the period
     * @param min          the smallest of them
     * @param max          the largest of them
     * @param observations how many there are
     * @param sources      their distinct sources, sorted
     */
    public record Point(LocalDate start, String label, double mean, double min, double max, long observations,
            List<String> sources) {
        public Point {
            sources = List.copyOf(sources);
        }
    }
}
