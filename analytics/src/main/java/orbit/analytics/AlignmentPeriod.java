package orbit.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where an entity's relations sit between two poles in one period.
 *
 * <p>With r<sub>c</sub>(P) the sum of the measure (Goldstein scores, or +1/−1 per cooperative /
 * conflictual event) over the events between the entity and pole P in channel c, both directions:
 * score = Σ<sub>c</sub> (r<sub>c</sub>(B) − r<sub>c</sub>(A)) / Σ<sub>c</sub> (|r<sub>c</sub>(A)| + |r<sub>c</sub>(B)|),
 * in [−1, 1]: −1 when all relations point to pole A (cooperation with A, conflict with B),
 * +1 for pole B, 0 balanced. Each channel's contribution is its own term of the sum, so the
 * contributions add up to the score exactly. NaN when there is nothing to weigh.
 *
 * @param contributions each channel's term, all six channels present
 * @param relationA     Σ<sub>c</sub> r<sub>c</sub>(A)
 * @param relationB     Σ<sub>c</sub> r<sub>c</sub>(B)
 * @param eventsA       events between the entity and pole A
 * @param eventsB       events between the entity and pole B
 * @param lowCoverage   fewer events with both poles together than the window's minimum
 */
public record AlignmentPeriod(LocalDate start, String label, double score, Map<Channel, Double> contributions,
        double relationA, double relationB, long eventsA, long eventsB, boolean lowCoverage) {
    public AlignmentPeriod {
        contributions = Map.copyOf(contributions);
    }
}
