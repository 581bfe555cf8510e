package orbit.analytics;

import java.time.LocalDate;
import java.util.List;
import orbit.analytics.changepoint.Significance;

/**
 * A changepoint in a dyad's series, dated and with the events that drive it.
 *
 * @param start         the first day of the first period after the change
 * @param label         that period's label
 * @param index         that period's index in the series
 * @param before        the mean of the segment before
 * @param after         the mean of the segment after
 * @param significance  a permutation p-value (PELT, binary segmentation) or the posterior
 *                      probability of a change there (BOCPD), as {@code kind} says
 * @param evidenceFrom  first day of the periods the evidence was drawn from
 * @param evidenceUntil the day after the last of them
 * @param lost          whether the evidence lists events of the periods before the change, which
 *                      stopped, rather than events after it (see {@link Shifts})
 * @param evidence      the events, strongest contribution in the direction of the change first
 */
public record Shift(LocalDate start, String label, int index, double before, double after, double significance, Significance kind,
        LocalDate evidenceFrom, LocalDate evidenceUntil, boolean lost, List<Driver> evidence) {
    public Shift {
        evidence = List.copyOf(evidence);
    }
}
