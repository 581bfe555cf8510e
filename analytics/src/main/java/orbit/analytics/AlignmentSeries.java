package orbit.analytics;

import java.util.List;

/** An entity's alignment between pole A (score −1) and pole B (+1) per period, from one measure. */
public record AlignmentSeries(String entity, Pole a, Pole b, Measure measure, Window window, List<AlignmentPeriod> periods) {
    public AlignmentSeries {
        periods = List.copyOf(periods);
    }
}
