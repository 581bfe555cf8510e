package orbit.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.analytics.changepoint.Changepoint;
import orbit.analytics.changepoint.Changepoints;
import orbit.analytics.changepoint.Segmentation;
import orbit.analytics.changepoint.Settings;
import orbit.core.OrbitException;

/**
 * Turning points of a dyad: changepoints of one measure's series, each dated and explained by
 * the events that drive it.
 *
 * <p>Evidence for a change from mean m₀ to m₁ is drawn from the first {@code evidencePeriods}
 * periods after it (fewer if the segment is shorter): the events whose contribution has the sign
 * of m₁ − m₀, ranked by it. A fall in the count has no such events (every event adds one), so
 * its evidence is the events of the last periods before the change, which stopped.
 *
 * <p>Not thread-safe: it shares the store's connection through {@link Relations}.
 */
public final class Shifts {
    private final Relations relations;

    public Shifts(Relations relations) {
        this.relations = relations;
    }

    /** What {@link #find} found: the series, its segmentation, and the shifts. */
    public record Result(DyadSeries series, Measure measure, Settings settings, Segmentation segmentation, List<Shift> shifts) {
        public Result {
            shifts = List.copyOf(shifts);
        }
    }

    public Result find(String a, String b, Direction direction, Window window, Measure measure, Settings settings, int evidence,
            int evidencePeriods) {
        if (evidence < 0 || evidencePeriods < 1) {
            throw OrbitException.user("--evidence must be 0 or more and --evidence-periods at least 1");
        }
        DyadSeries series = relations.dyad(a, b, direction, window);
        if (series.periods().isEmpty()) {
            throw OrbitException.user("there are no events between %s and %s%s to find changes in", series.a(), series.b(),
                    window.dataset() == null ? "" : " in dataset " + window.dataset());
        }
        Segmentation seg = Changepoints.detect(series.values(measure), settings);
        List<Shift> shifts = new ArrayList<>();
        List<DyadPeriod> periods = series.periods();
        Period period = window.period();
        for (int k = 0; k < seg.changepoints().size(); k++) {
            Changepoint cp = seg.changepoints().get(k);
            int sign = (int) Math.signum(cp.after() - cp.before());
            int segmentEnd = k + 1 < seg.changepoints().size() ? seg.changepoints().get(k + 1).index() : periods.size();
            int previousStart = k > 0 ? seg.changepoints().get(k - 1).index() : 0;
            boolean lost = measure == Measure.COUNT && sign < 0;
            LocalDate from;
            LocalDate until;
            if (lost) {
                int first = Math.max(previousStart, cp.index() - evidencePeriods);
                from = periods.get(first).start();
                until = periods.get(cp.index()).start();
            } else {
                int last = Math.min(segmentEnd, cp.index() + evidencePeriods) - 1;
                from = periods.get(cp.index()).start();
                until = period.next(periods.get(last).start());
            }
            List<Driver> drivers = evidence == 0 ? List.of()
                    : relations.drivers(series, measure, from, until, lost ? 1 : sign, evidence);
            DyadPeriod at = periods.get(cp.index());
            shifts.add(new Shift(at.start(), at.label(), cp.index(), cp.before(), cp.after(), cp.significance(), cp.kind(), from, until,
                    lost, drivers));
        }
        return new Result(series, measure, settings, seg, shifts);
    }
}
