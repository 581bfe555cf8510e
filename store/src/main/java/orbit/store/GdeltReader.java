package orbit.store;

import java.util.List;
import orbit.core.Actor;
import orbit.core.CameoCode;
import orbit.core.Coverage;
import orbit.core.Event;
import orbit.core.Evidence;
import orbit.core.Ontology;
import orbit.core.Place;
import orbit.core.QuadClass;
import orbit.core.Sector;

/**
 * Reads GDELT 1.0 and 2.0 event files (tab-separated, no header). Keeps every column but the five
 * GDELT derives from others (MonthYear, Year, FractionDate, EventBaseCode, EventRootCode), which
 * the writer computes again; maps actor codes onto entities and sectors. Not thread-safe.
 */
final class GdeltReader extends LineFormatReader {
    private final boolean version2;
    private final int geoWidth;
    private final List<String> names;

    GdeltReader(Ontology ontology, boolean version2) {
        super(ontology);
        this.version2 = version2;
        this.geoWidth = version2 ? 8 : 7;
        this.names = GdeltColumns.names(version2);
    }

    @Override
    Event parse(String line, String origin) {
        String[] f = Fields.splitTabs(line, names.size());
        checkWidth(f.length);
        String id = f[0];
        if (id.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
            throw Rejection.of("GLOBALEVENTID '%s' is not a number; is this line a header or from another file?", Fields.cut(id));
        }
        var date = Fields.yyyymmdd(f[1], "SQLDATE");
        String code = f[26];
        CameoCode cameo = ontology.cameo().find(code).orElseThrow(() -> Rejection.of(
                "EventCode '%s' is not in the CAMEO code table; codes have 2 to 4 digits with leading zeros (042); "
                        + "the full table is in docs/formats.md", Fields.cut(code)));
        int quad = Fields.integer(f[29], "QuadClass");
        if (quad < 1 || quad > 4) {
            throw Rejection.of("QuadClass '%s' is not 1, 2, 3 or 4", f[29]);
        }
        double goldstein = f[30].isEmpty() ? cameo.goldstein() : Fields.decimal(f[30], "GoldsteinScale");
        Coverage coverage = new Coverage("1".equals(f[25]), Fields.integer(f[31], "NumMentions"),
                Fields.integer(f[32], "NumSources"), Fields.integer(f[33], "NumArticles"),
                Fields.decimal(f[34], "AvgTone"));
        int g = GdeltColumns.GEO_START;
        Place p1 = place(f, g);
        Place p2 = place(f, g + geoWidth);
        Place p3 = place(f, g + 2 * geoWidth);
        int tail = g + 3 * geoWidth;
        var added = f[tail].isEmpty() ? null : Fields.yyyymmddhhmmss(f[tail], "DATEADDED");
        String url = f.length > tail + 1 ? f[tail + 1] : "";
        Evidence evidence = new Evidence("", null, "", "", "", null, List.of(), url, added, origin);
        return new Event("gdelt:" + id, "gdelt", date, actor(f, 5), actor(f, 15), code, QuadClass.of(quad), goldstein,
                cameo.plover(), cameo.mode(), coverage, p1, p2, p3, evidence);
    }

    private void checkWidth(int n) {
        if (version2 && n != GdeltColumns.GDELT2) {
            String hint = n == GdeltColumns.GDELT1 || n == GdeltColumns.GDELT1_BACKFILE
                    ? "is this a GDELT 1.0 file? try --format gdelt1"
                    : n < GdeltColumns.GDELT2 ? "the line looks truncated" : "is a tab inside a field?";
            throw Rejection.of("the row has %d fields, a GDELT 2.0 row has 61; %s", n, hint);
        }
        if (!version2 && n != GdeltColumns.GDELT1 && n != GdeltColumns.GDELT1_BACKFILE) {
            String hint = n == GdeltColumns.GDELT2 ? "is this a GDELT 2.0 file? try --format gdelt2"
                    : n < GdeltColumns.GDELT1_BACKFILE ? "the line looks truncated" : "is a tab inside a field?";
            throw Rejection.of("the row has %d fields, a GDELT 1.0 row has 57 or 58; %s", n, hint);
        }
    }

    private Actor actor(String[] f, int at) {
        String code = f[at];
        String country = f[at + 2];
        String group = f[at + 3];
        String entity = ontology.entities().byCameo(country).map(e -> e.id())
                .or(() -> group.isEmpty() ? java.util.Optional.empty() : ontology.knownGroupEntity(group))
                .or(() -> code.length() >= 3 && country.isEmpty()
                        ? ontology.entities().byCameo(code.substring(0, 3)).map(e -> e.id())
                        : java.util.Optional.empty())
                .orElse("");
        List<Sector> sectors = new java.util.ArrayList<>(3);
        for (int i = 7; i <= 9; i++) {
            Sector.fromCode(f[at + i]).filter(s -> !sectors.contains(s)).ifPresent(sectors::add);
        }
        return new Actor(code, f[at + 1], entity, sectors, country, group, f[at + 4], f[at + 5], f[at + 6],
                f[at + 7], f[at + 8], f[at + 9]);
    }

    private Place place(String[] f, int at) {
        String type = f[at];
        boolean empty = true;
        for (int i = at + 1; i < at + geoWidth; i++) {
            if (!f[i].isEmpty()) {
                empty = false;
                break;
            }
        }
        if (empty && (type.isEmpty() || type.equals("0"))) {
            return null;
        }
        int k = at + 1;
        String name = f[k++];
        String country = f[k++];
        String adm1 = f[k++];
        String adm2 = version2 ? f[k++] : "";
        String lat = f[k++];
        String lon = f[k++];
        String feature = f[k];
        String col = names.get(at);
        String prefix = col.substring(0, col.indexOf('_') + 1);
        return new Place(type.isEmpty() ? 0 : Fields.integer(type, prefix + "Type"), name, country, adm1, adm2,
                Fields.optionalDecimal(lat, prefix + "Lat"), Fields.optionalDecimal(lon, prefix + "Long"), feature);
    }
}
