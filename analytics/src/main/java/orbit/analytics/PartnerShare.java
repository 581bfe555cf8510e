package orbit.analytics;

import java.util.Locale;

/** One partner's events with the focal entity in a period and their share of all its partners' events. */
public record PartnerShare(String partner, long events, double share) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.1f%%", partner, 100 * share);
    }
}
