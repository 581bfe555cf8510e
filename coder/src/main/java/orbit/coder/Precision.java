package orbit.coder;

/**
 * How exactly a {@link DateMention} names its date: the period the text names contains the
 * mention's date, and the date is a fixed, documented day of that period, so that mentions group
 * and sort by date.
 */
public enum Precision {
    /** The day itself: "on Tuesday", "March 12, 2024", "yesterday". */
    DAY,
    /**
     * A week, dated its Monday (ISO weeks): "last week", "two weeks ago". A weekend ("last
     * weekend") is dated its Saturday; "early/mid/late" move the date to the week's Monday,
     * Wednesday or Friday.
     */
    WEEK,
    /**
     * A month, dated its first day: "in May", "May 2024", "three months ago", the middle month of a
     * season. "early/mid/late May" move the date to the 5th, 15th or 25th.
     */
    MONTH,
    /**
     * A quarter, dated its first day: "the first quarter of 2024" is 2024-01-01. "early/late 2023"
     * are the year's first and fourth quarter; "mid-2023" is dated July 1, the year's middle.
     */
    QUARTER,
    /** A year, dated January 1: "in 2020", "last year". */
    YEAR
}
