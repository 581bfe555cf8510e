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
 * of m₁ − m₀, ranked by it. When there are none (a fall in the count, where every event adds one;
 * a fall from a burst of cooperation to quieter cooperation), the change is what stopped: the
 * evidence is then the events of the last {@code evidencePeriods} periods before it whose
 * contribution has the opposite sign, ranked by it.
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
        return find(relations.dyad(a, b, direction, window), measure, settings, evidence, evidencePeriods);
    }

    /** The shifts of a series {@link Relations#dyad} computed already. */
    public Result find(DyadSeries series, Measure measure, Settings settings, int evidence, int evidencePeriods) {
        if (evidence < 0 || evidencePeriods < 1) {
            throw OrbitException.user("--evidence must be 0 or more and --evidence-periods at least 1");
        }
        Window window = series.window();
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
            List<Driver> drivers = List.of();
            LocalDate from = periods.get(cp.index()).start();
            LocalDate until = period.next(periods.get(Math.min(segmentEnd, cp.index() + evidencePeriods) - 1).start());
            boolean lost = measure == Measure.COUNT && sign < 0;
            if (!lost && evidence > 0) {
                drivers = relations.drivers(series, measure, from, until, sign, evidence);
                lost = drivers.isEmpty();
            }
            if (lost) {
                from = periods.get(Math.max(previousStart, cp.index() - evidencePeriods)).start();
                until = periods.get(cp.index()).start();
                drivers = evidence == 0 ? List.of() : relations.drivers(series, measure, from, until, -sign, evidence);
            }
            DyadPeriod at = periods.get(cp.index());
            shifts.add(new Shift(at.start(), at.label(), cp.index(), cp.before(), cp.after(), cp.significance(), cp.kind(), from, until,
                    lost, drivers));
        }
        return new Result(series, measure, settings, seg, shifts);
    }
}
