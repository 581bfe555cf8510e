package orbit.analytics;

import java.util.Locale;

/**
 * The change bands of ACLED Trendfinder's country change levels: the current week's events against
 * the mean of the baseline weeks. Thresholds: above +25% large increase, +10% to +25% moderate
 * increase, −25% to +10% limited change, below −25% large decrease.
 */
public enum Band {
    LARGE_INCREASE, MODERATE_INCREASE, LARGE_DECREASE, LIMITED_CHANGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The band of a change. Low-baseline guard (as Trendfinder's): a baseline mean of at most 2
     * events and at most 5 events now is a limited change whatever the percentage. A baseline of
     * zero with more than 5 events now is a large increase.
     */
    public static Band of(long current, double baselineMean) {
        if (baselineMean <= 2 && current <= 5) {
            return LIMITED_CHANGE;
        }
        if (baselineMean == 0) {
            return LARGE_INCREASE;
        }
        double change = (current - baselineMean) / baselineMean;
        if (change > 0.25) {
            return LARGE_INCREASE;
        }
        if (change > 0.10) {
            return MODERATE_INCREASE;
        }
        if (change < -0.25) {
            return LARGE_DECREASE;
        }
        return LIMITED_CHANGE;
    }
}
