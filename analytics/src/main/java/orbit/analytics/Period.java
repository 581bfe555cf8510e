package orbit.analytics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import orbit.core.OrbitException;

/**
 * The length of the periods a series is cut into. Periods start on Monday (ISO weeks), the first
 * day of the month, of the quarter or of the year, as DuckDB's {@code date_trunc} cuts them.
 */
public enum Period {
    WEEK("week"),
    MONTH("month"),
    QUARTER("quarter"),
    YEAR("year");

    private final String sql;

    Period(String sql) {
        this.sql = sql;
    }

    /** The part name DuckDB's {@code date_trunc} takes; a fixed word, never user text. */
    public String sqlPart() {
        return sql;
    }

    /** The first day of the period that holds {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> date.with(TemporalAdjusters.firstDayOfYear());
        };
    }

    /** The first day of the period after the one that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** A period's label: 2024-W07, 2024-02, 2024-Q1, 2024. */
    public String label(LocalDate start) {
        return switch (this) {
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** Parses week, month, quarter or year (any case). */
    public static Period parse(String text) {
        for (Period p : values()) {
            if (p.sql.equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw OrbitException.user("'%s' is not a period; use week, month, quarter or year", text);
    }
}
