package orbit.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One published figure about an entity, beside the event measures: a poll result, a trade share,
 * an arms-import share. Observations are imported from indicator CSV files (see docs/store.md).
 *
 * @param date      the day the figure refers to; a month or year given alone means its first day
 * @param entity    the entity the figure is about (ARM)
 * @param partner   the other entity it concerns (RUS in "share of trade with Russia"), or the empty
 *                  string when it concerns no partner
 * @param indicator the indicator's name, lower-case letters, digits and underscores
 *                  ({@code poll_relations_good_pct}, {@code trade_share_pct})
 * @param value     the figure, in the unit the indicator's name says (pct: percent, 0-100)
 * @param source    the publication it comes from (citation and URL)
 */
public record IndicatorObservation(LocalDate date, String entity, String partner, String indicator, double value,
        String source) {
    public IndicatorObservation {
        Objects.requireNonNull(date);
        Objects.requireNonNull(entity);
        partner = partner == null ? "" : partner;
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(source);
    }

    /** Whether the figure concerns a partner entity. */
    public boolean hasPartner() {
        return !partner.isEmpty();
    }
}
