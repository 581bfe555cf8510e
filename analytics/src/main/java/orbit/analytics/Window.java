package orbit.analytics;

import java.time.LocalDate;
import orbit.core.OrbitException;

/**
 * The time frame and cut of a series: periods of {@link #period()} from {@link #from()} to
 * {@link #to()} (inclusive days; null for the first or last event's day), from one dataset or all
 * ({@code dataset} null), periods with fewer than {@code minEvents} events flagged low-coverage.
 */
public record Window(Period period, LocalDate from, LocalDate to, String dataset, int minEvents) {
    public Window {
        if (period == null) {
            throw OrbitException.user("a series needs a period: week, month, quarter or year");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw OrbitException.user("the range %s to %s is empty: --from must not be after --to", from, to);
        }
        if (minEvents < 0) {
            throw OrbitException.user("--min-events %d is negative; use 0 to flag no period", minEvents);
        }
    }

    /** Monthly periods over all dates and datasets, periods with fewer than 5 events flagged. */
    public static Window monthly() {
        return new Window(Period.MONTH, null, null, null, 5);
    }

    public Window by(Period p) {
        return new Window(p, from, to, dataset, minEvents);
    }

    public Window between(LocalDate f, LocalDate t) {
        return new Window(period, f, t, dataset, minEvents);
    }
}
