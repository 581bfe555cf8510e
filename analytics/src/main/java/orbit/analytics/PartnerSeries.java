package orbit.analytics;

import java.util.List;

/**
 * An entity's partner concentration per period.
 *
 * @param entity  the focal entity
 * @param domain  the channel the events were taken from, null for all
 * @param valence cooperative, conflictual or all events
 */
public record PartnerSeries(String entity, Domain domain, Valence valence, Window window, List<Concentration> periods) {
    public PartnerSeries {
        periods = List.copyOf(periods);
    }
}
