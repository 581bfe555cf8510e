package orbit.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import orbit.core.Actor;
import orbit.core.Coverage;
import orbit.core.Event;
import orbit.core.Place;

/**
 * Writes GDELT 2.0 event rows (61 tab-separated columns, no header). Fields GDELT derives
 * (MonthYear, Year, FractionDate, EventBaseCode, EventRootCode) are computed as GDELT does;
 * events from other datasets get a stable numeric GLOBALEVENTID derived from their id.
 */
final class GdeltWriter extends TextEventWriter {
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private final StringBuilder row = new StringBuilder(512);

    GdeltWriter(Writer out) {
        super(out);
    }

    @Override
    void writeEvent(Event e) throws IOException {
        row.setLength(0);
        LocalDate d = e.date();
        add(globalEventId(e));
        add(String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        add(String.format("%04d%02d", d.getYear(), d.getMonthValue()));
        add(Integer.toString(d.getYear()));
        add(fractionDate(d));
        actor(e.source());
        actor(e.target());
        Coverage c = e.coverage();
        add(c == null ? "0" : c.rootEvent() ? "1" : "0");
        add(e.cameo());
        add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
        add(e.root());
        add(Integer.toString(e.quadClass().number()));
        add(goldstein(e.goldstein()));
        add(c == null ? "" : Integer.toString(c.mentions()));
        add(c == null ? "" : Integer.toString(c.sources()));
        add(c == null ? "" : Integer.toString(c.articles()));
        add(c == null ? "" : shortest(c.tone()));
        place(e.sourcePlace());
        place(e.targetPlace());
        place(e.actionPlace());
        add(e.evidence().added() == null ? "" : ADDED.format(e.evidence().added()));
        String url = e.evidence().url();
        row.append(e.dataset().equals("gdelt") || url.startsWith("http") ? url : "").append('\n');
        out.write(row.toString());
    }

    /** GDELT's FractionDate: year + ((month - 1) * 30 + day) / 365, to four decimals. */
    static String fractionDate(LocalDate d) {
        double f = d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
        return String.format(java.util.Locale.ROOT, "%.4f", f);
    }

    static String globalEventId(Event e) {
        if (e.dataset().equals("gdelt") && !e.nativeId().isEmpty() && e.nativeId().chars().allMatch(Character::isDigit)) {
            return e.nativeId();
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(e.id().getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 7; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return Long.toString(v);
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    private void actor(Actor a) {
        add(a.code());
        add(a.name());
        add(a.country());
        add(a.knownGroup());
        add(a.ethnic());
        add(a.religion1());
        add(a.religion2());
        add(a.type1());
        add(a.type2());
        add(a.type3());
    }

    private void place(Place p) {
        if (p == null) {
            add("0");
            for (int i = 0; i < 7; i++) {
                add("");
            }
            return;
        }
        add(Integer.toString(p.type()));
        add(p.name());
        add(p.country());
        add(p.adm1());
        add(p.adm2());
        add(p.lat() == null ? "" : shortest(p.lat()));
        add(p.lon() == null ? "" : shortest(p.lon()));
        add(p.featureId());
    }

    private void add(String field) {
        row.append(field.replace('\t', ' ').replace('\n', ' ')).append('\t');
    }
}
