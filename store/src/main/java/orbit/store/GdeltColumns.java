package orbit.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Column layout of GDELT event files: 61 columns in GDELT 2.0; 58 in GDELT 1.0 daily files (no
 * ADM2 codes, DATEADDED as YYYYMMDD) and 57 in the 1.0 back file (no SOURCEURL).
 */
final class GdeltColumns {
    private GdeltColumns() {}

    static final int GDELT2 = 61;
    static final int GDELT1 = 58;
    static final int GDELT1_BACKFILE = 57;

    /** Index of the first Actor1Geo column; the same in both versions. */
    static final int GEO_START = 35;

    static List<String> names(boolean version2) {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String a : new String[] {"Actor1", "Actor2"}) {
            for (String f : new String[] {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : new String[] {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
            c.add(g + "Type");
            c.add(g + "FullName");
            c.add(g + "CountryCode");
            c.add(g + "ADM1Code");
            if (version2) {
                c.add(g + "ADM2Code");
            }
            c.add(g + "Lat");
            c.add(g + "Long");
            c.add(g + "FeatureID");
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        return List.copyOf(c);
    }
}
