package orbit.analytics;

import java.util.Locale;
import orbit.core.OrbitException;

/** Which events count for a measure: cooperative (QuadClass 1 and 2), conflictual (3 and 4) or all. */
public enum Valence {
    COOPERATION, CONFLICT, ALL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A WHERE fragment on {@code quad_class} of a table alias ("e." or ""); fixed SQL, no user text. */
    String sql(String alias) {
        return switch (this) {
            case COOPERATION -> alias + "quad_class IN (1, 2)";
            case CONFLICT -> alias + "quad_class IN (3, 4)";
            case ALL -> "TRUE";
        };
    }

    public static Valence parse(String text) {
        for (Valence v : values()) {
            if (v.id().equalsIgnoreCase(text.strip())) {
                return v;
            }
        }
        throw OrbitException.user("'%s' is not a kind of events; use cooperation, conflict or all", text);
    }
}
