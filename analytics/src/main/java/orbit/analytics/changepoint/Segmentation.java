package orbit.analytics.changepoint;

import java.util.List;

/**
 * A series cut into segments: the segments cover {@code [0, n)} in order without gaps, and there is
 * one changepoint at the start of every segment but the first.
 */
public record Segmentation(List<Segment> segments, List<Changepoint> changepoints) {
    public Segmentation {
        segments = List.copyOf(segments);
        changepoints = List.copyOf(changepoints);
    }

    /** The changepoint indices in increasing order. */
    public int[] indices() {
        return changepoints.stream().mapToInt(Changepoint::index).toArray();
    }
}
