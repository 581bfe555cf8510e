package orbit.analytics;

import java.time.LocalDate;

/** One directed dyad's events in one period, as the all-dyad series streams them. */
public record DyadCell(String source, String target, LocalDate start, long verbalCooperation, long materialCooperation,
        long verbalConflict, long materialConflict, double goldsteinSum) {
    public long events() {
        return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
    }
}
