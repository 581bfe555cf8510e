package orbit.analytics;

import java.time.LocalDate;

/**
 * An event behind a change in a series, with what it adds to its period's value of the measure.
 *
 * @param contribution the event's term in the measure (+1/−1 for net cooperation, its Goldstein
 *                     score, 1 for a count)
 * @param text         the sentence it was coded from, empty for imported events without one
 * @param url          the source URL or publisher, empty when unknown
 */
public record Driver(String id, LocalDate date, String source, String target, String cameo, int quadClass, double goldstein,
        double contribution, String text, String url, String doc) {}
