package orbit.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which indicator observations to read: one entity's, optionally narrowed to a partner, an
 * indicator and a date range (both ends included). Immutable; build with {@link #of} and the
 * {@code with...} methods.
 *
 * @param entity    the entity the figures are about (required)
 * @param partner   null for any partner, the empty string for figures without a partner, else an entity id
 * @param indicator null for every indicator, else its name
 * @param from      first day, or null
 * @param to        last day, or null
 */
public record IndicatorQuery(String entity, String partner, String indicator, LocalDate from, LocalDate to) {
    public IndicatorQuery {
        Objects.requireNonNull(entity, "entity");
    }

    public static IndicatorQuery of(String entity) {
        return new IndicatorQuery(entity, null, null, null, null);
    }

    public IndicatorQuery withPartner(String p) {
        return new IndicatorQuery(entity, p, indicator, from, to);
    }

    public IndicatorQuery withIndicator(String name) {
        return new IndicatorQuery(entity, partner, name, from, to);
    }

    public IndicatorQuery between(LocalDate first, LocalDate last) {
        return new IndicatorQuery(entity, partner, indicator, first, last);
    }

    /**
     * The query as an SQL condition over the {@code indicators} table (columns unqualified) and the
     * values to bind to its {@code ?} in order, for analyses that aggregate with their own SQL.
     */
    public Where where() {
        StringBuilder sql = new StringBuilder("entity = ?");
        List<Object> params = new ArrayList<>(List.of(entity));
        if (partner != null) {
            sql.append(" AND partner = ?");
            params.add(partner);
        }
        if (indicator != null) {
            sql.append(" AND indicator = ?");
            params.add(indicator);
        }
        if (from != null) {
            sql.append(" AND date >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND date <= ?");
            params.add(to);
        }
        return new Where(sql.toString(), params);
    }

    /** An SQL condition with its bound values; the condition holds no user text. */
    public record Where(String sql, List<Object> params) {
        public Where {
            params = List.copyOf(params);
        }
    }
}
