package orbit.analytics;

import java.time.LocalDate;

/**
 * One period of a dyad's series.
 *
 * @param start                 the period's first day
 * @param label                 2024-03, 2024-Q1, 2024-W07, 2024
 * @param verbalCooperation     events of QuadClass 1
 * @param materialCooperation   events of QuadClass 2
 * @param verbalConflict        events of QuadClass 3
 * @param materialConflict      events of QuadClass 4
 * @param goldsteinSum          sum of the events' Goldstein scores (−10 to +10 each)
 * @param actorEvents           all events of the dyad's first entity with another entity in the period
 *                              (as source for a directed dyad, on either side otherwise): the
 *                              denominator of {@link #share()}
 * @param lowCoverage           fewer events than the window's minimum: read the period's measures with care
 */
public record DyadPeriod(LocalDate start, String label, long verbalCooperation, long materialCooperation,
        long verbalConflict, long materialConflict, double goldsteinSum, long actorEvents, boolean lowCoverage) {

    /** All events of the dyad in the period. */
    public long events() {
        return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
    }

    /** Mean Goldstein score per event; NaN when the period has no events. */
    public double goldsteinMean() {
        return events() == 0 ? Double.NaN : goldsteinSum / events();
    }

    /** Net cooperation: (Q1 + Q2) − (Q3 + Q4). */
    public long netCooperation() {
        return verbalCooperation + materialCooperation - verbalConflict - materialConflict;
    }

    /** Net cooperation divided by the dyad's volume, in [−1, 1]; NaN when the period has no events. */
    public double netCooperationRatio() {
        return events() == 0 ? Double.NaN : (double) netCooperation() / events();
    }

    /** The dyad's share of the first entity's events in the period, in [0, 1]; NaN when it has none. */
    public double share() {
        return actorEvents == 0 ? Double.NaN : (double) events() / actorEvents;
    }
}
