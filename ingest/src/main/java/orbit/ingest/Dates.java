package orbit.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them, to the day as written: ISO 8601 dates and date-times
 * ("2024-02-22", "2024-02-22T10:15:00+04:00"), RFC 822/1123 as in RSS ("Thu, 22 Feb 2024 10:15:00
 * GMT", two-digit years too), and compact "20240222".
 *
 * <p>Design decision: the day is the one written, in the time zone the source wrote it in, not
 * converted to UTC: "2024-02-21T23:30:00-05:00" is 21 February, the day the source dated it.
 * Thread-safe (stateless).
 */
final class Dates {
    private Dates() {}

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ]\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern RFC822 = Pattern.compile("^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2}|\\d{4})(?:$|\\s)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** The day {@code text} names, or null when it is blank or not a date in one of the forms read. */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(t);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = RFC822.matcher(t);
            if (m.find()) {
                Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return null;
                }
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    year += year < 70 ? 2000 : 1900;
                }
                return LocalDate.of(year, month, Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
