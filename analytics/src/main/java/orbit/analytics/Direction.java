package orbit.analytics;

/** Which events of a dyad A–B count: A's acts towards B only, or both sides' acts towards each other. */
public enum Direction {
    /** Events with source A and target B. */
    DIRECTED,
    /** Events from A to B and from B to A. */
    BOTH
}
