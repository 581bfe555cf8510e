package orbit.store;

/**
 * The events of one calendar year that match a query.
 *
 * @param year      calendar year of the event date
 * @param events    number of events
 * @param goldstein mean Goldstein scale value of those events (-10 conflict to +10 cooperation),
 *                  or null when none of them has one
 */
public record YearSummary(int year, long events, Double goldstein) {}
