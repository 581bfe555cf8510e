package orbit.analytics.changepoint;

/**
 * A stretch of the series with no changepoint inside: the indices {@code start} (inclusive) to
 * {@code end} (exclusive), and the mean of the values there, in the series' own units.
 */
public record Segment(int start, int end, double mean) {
    /** The number of values in the segment. */
    public int length() {
        return end - start;
    }
}
