package orbit.store;

import java.time.LocalDate;

/**
 * What the store holds of one indicator for one entity and partner.
 *
 * @param indicator    the indicator's name
 * @param entity       the entity the figures are about
 * @param partner      the partner entity, or the empty string for figures without one
 * @param observations how many observations are stored
 * @param first        the earliest observation's date
 * @param last         the latest observation's date
 */
public record IndicatorSummary(String indicator, String entity, String partner, long observations, LocalDate first,
        LocalDate last) {}
