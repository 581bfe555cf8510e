package orbit.analytics;

import orbit.core.OrbitException;

/** A dyad measure that forms a series, as {@code orbit shifts --series} names it. */
public enum Measure {
    /** Net cooperation, (Q1 + Q2) − (Q3 + Q4) events. */
    NETCOOP("netcoop"),
    /** Sum of Goldstein scores. */
    GOLDSTEIN("goldstein"),
    /** Number of events. */
    COUNT("count");

    private final String name;

    Measure(String name) {
        this.name = name;
    }

    public String id() {
        return name;
    }

    public double of(DyadPeriod p) {
        return switch (this) {
            case NETCOOP -> p.netCooperation();
            case GOLDSTEIN -> p.goldsteinSum();
            case COUNT -> p.events();
        };
    }

    /**
     * One event's contribution to the measure of its period, as SQL over the columns of a table
     * alias ("e." or ""): +1 or −1 for net cooperation (by its QuadClass), its Goldstein score, 1
     * for a count. Fixed SQL, no user text; the sum over a period's events is {@link #of}.
     */
    String eventSql(String alias) {
        return switch (this) {
            case NETCOOP -> "CASE WHEN " + alias + "quad_class <= 2 THEN 1.0 ELSE -1.0 END";
            case GOLDSTEIN -> alias + "goldstein";
            case COUNT -> "1.0";
        };
    }

    public static Measure parse(String text) {
        for (Measure m : values()) {
            if (m.name.equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw OrbitException.user("'%s' is not a series; use netcoop, goldstein or count", text);
    }
}
