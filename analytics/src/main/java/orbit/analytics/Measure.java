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
     * One event's contribution to the measure of its period: +1 or −1 for net cooperation (by its
     * QuadClass), its Goldstein score, 1 for a count.
     */
    public double contribution(int quadClass, double goldstein) {
        return switch (this) {
            case NETCOOP -> quadClass <= 2 ? 1 : -1;
            case GOLDSTEIN -> goldstein;
            case COUNT -> 1;
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
