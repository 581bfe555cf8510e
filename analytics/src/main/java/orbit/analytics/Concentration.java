package orbit.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * How concentrated an entity's relations are on its partners in one period: the
 * Herfindahl-Hirschman index of partner shares of events, the effective number of partners, the
 * top partner. A period without events has NaN measures.
 *
 * @param shares every partner's share, largest first (ties by id)
 */
public record Concentration(LocalDate start, String label, long events, List<PartnerShare> shares, boolean lowCoverage) {
    public Concentration {
        shares = List.copyOf(shares);
    }

    public int partners() {
        return shares.size();
    }

    /** HHI = Σ share², in (0, 1]: 1 when one partner has all events, 1/n for n equal partners. */
    public double hhi() {
        if (events == 0) {
            return Double.NaN;
        }
        double h = 0;
        for (PartnerShare s : shares) {
            h += s.share() * s.share();
        }
        return h;
    }

    /** The HHI on the antitrust scale, 0 to 10,000 (shares in percent). */
    public double hhi10000() {
        return hhi() * 10_000;
    }

    /** 1 / HHI: the number of equal partners that would give the same concentration. */
    public double effectivePartners() {
        return 1 / hhi();
    }

    /** The largest partner, or null in a period without events. */
    public PartnerShare top() {
        return shares.isEmpty() ? null : shares.get(0);
    }
}
