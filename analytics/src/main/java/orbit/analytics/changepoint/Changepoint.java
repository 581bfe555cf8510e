package orbit.analytics.changepoint;

/**
 * A change in the series: {@code index} is the first index of the new segment, {@code before} and
 * {@code after} are the means of the segments either side (in the series' units), and
 * {@code significance} is a p-value or a posterior probability, as {@code kind} says.
 */
public record Changepoint(int index, double before, double after, double significance, Significance kind) {
    /** {@code after - before}, in the series' units. */
    public double shift() {
        return after - before;
    }
}
