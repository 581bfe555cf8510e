package orbit.analytics;

import java.time.LocalDate;
import java.util.List;
import orbit.store.EventStore;
import orbit.store.IndicatorQuery;

/**
 * A dyad's event measures and the indicators about the pair side by side per period: the dyad's
 * series over every period from the first event or figure to the last, and each indicator of the
 * first entity towards the second (a poll on Russia among Armenians, Armenia's trade share with
 * Russia) with its mean where the period has observations.
 *
 * @param series     the dyad's measures, both directions
 * @param indicators the indicators of {@code series.a()} with partner {@code series.b()}
 */
public record Panel(DyadSeries series, List<IndicatorSeries> indicators) {
    public Panel {
        indicators = List.copyOf(indicators);
    }

    /** The indicator's point in the period starting on {@code start}, or null. */
    public static IndicatorSeries.Point at(IndicatorSeries s, LocalDate start) {
        for (IndicatorSeries.Point p : s.points()) {
            if (p.start().equals(start)) {
                return p;
            }
        }
        return null;
    }

    /** Builds the panel; the window's open ends stretch to cover both the events and the figures. */
    public static Panel of(EventStore store, String a, String b, Window window) {
        Relations relations = new Relations(store);
        String ea = relations.entity(a);
        String eb = relations.entity(b);
        List<IndicatorSeries> indicators = new Indicators(store).series(
                IndicatorQuery.of(ea).withPartner(eb).between(window.from(), window.to()), window.period());
        DyadSeries events = relations.dyad(ea, eb, Direction.BOTH, window);
        if (window.from() != null && window.to() != null) {
            return new Panel(events, indicators);
        }
        // an open end stretches over the figures too; the dyad is read again only if they reach past its events
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        indicators.forEach(s -> s.points().forEach(p -> dates.add(p.start())));
        events.periods().forEach(p -> dates.add(p.start()));
        if (dates.isEmpty() || (!events.periods().isEmpty() && dates.first().equals(events.periods().get(0).start())
                && dates.last().equals(events.periods().get(events.periods().size() - 1).start()))) {
            return new Panel(events, indicators);
        }
        LocalDate from = window.from() != null ? window.from() : dates.first();
        LocalDate to = window.to() != null ? window.to() : window.period().next(dates.last()).minusDays(1);
        return new Panel(relations.dyad(ea, eb, Direction.BOTH, window.between(from, to)), indicators);
    }
}
