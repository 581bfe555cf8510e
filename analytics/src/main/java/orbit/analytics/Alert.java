package orbit.analytics;

import java.time.LocalDate;

/**
 * A dyad's events in the current week against its baseline weeks.
 *
 * @param a, b          the dyad's entities in alphabetical order (both directions count)
 * @param current       events in the current week
 * @param baselineMean  mean events per week over the baseline weeks
 * @param band          the change band
 * @param lastAsHigh    the latest week before the current one with at least as many events; null if none
 * @param firstWeek     the dyad's first week with events of this kind in the store
 */
public record Alert(String a, String b, long current, double baselineMean, Band band, LocalDate lastAsHigh, LocalDate firstWeek) {
    /** (current − baseline) / baseline; NaN for a zero baseline. */
    public double change() {
        return baselineMean == 0 ? Double.NaN : (current - baselineMean) / baselineMean;
    }

    /**
     * "highest in 3 years", "highest on record" (no earlier week as high, the dyad's record at least a
     * year long), or empty: reached only by a non-zero week at least a year above every week since.
     */
    public String record(LocalDate week) {
        if (current == 0) {
            return "";
        }
        if (lastAsHigh == null) {
            return firstWeek != null && !firstWeek.isAfter(week.minusWeeks(52)) ? "highest on record" : "";
        }
        long years = java.time.temporal.ChronoUnit.DAYS.between(lastAsHigh, week) / 365;
        return years >= 1 ? "highest in " + years + (years == 1 ? " year" : " years") : "";
    }
}
