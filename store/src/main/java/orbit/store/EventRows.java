package orbit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import orbit.core.Actor;
import orbit.core.Coverage;
import orbit.core.Event;
import orbit.core.Evidence;
import orbit.core.Place;
import orbit.core.QuadClass;
import orbit.core.Sector;
import org.duckdb.DuckDBAppender;

/** Moves {@link Event}s into and out of rows of the events table, column for column with {@link Schema}. */
final class EventRows {
    private EventRows() {}

    static void append(DuckDBAppender a, Event e, int importId) throws SQLException {
        a.beginRow();
        a.append(e.id());
        a.append(e.dataset());
        a.append(e.date());
        appendActor(a, e.source());
        appendActor(a, e.target());
        a.append(e.cameo());
        a.append(e.root());
        a.append((byte) e.quadClass().number());
        a.append(e.goldstein());
        str(a, e.plover());
        str(a, e.mode());
        Coverage c = e.coverage();
        if (c == null) {
            for (int i = 0; i < 5; i++) {
                a.appendNull();
            }
        } else {
            a.append(c.rootEvent());
            a.append(c.mentions());
            a.append(c.sources());
            a.append(c.articles());
            a.append(c.tone());
        }
        appendPlace(a, e.sourcePlace());
        appendPlace(a, e.targetPlace());
        appendPlace(a, e.actionPlace());
        Evidence v = e.evidence();
        str(a, v.doc());
        if (v.sentence() == null) {
            a.appendNull();
        } else {
            a.append(v.sentence().intValue());
        }
        str(a, v.text());
        str(a, v.trigger());
        str(a, v.pattern());
        if (v.confidence() == null) {
            a.appendNull();
        } else {
            a.append(v.confidence().doubleValue());
        }
        str(a, String.join(",", v.flags()));
        str(a, v.url());
        if (v.added() == null) {
            a.appendNull();
        } else {
            a.append(v.added());
        }
        str(a, v.origin());
        a.append(importId);
        a.endRow();
    }

    private static void appendActor(DuckDBAppender a, Actor x) throws SQLException {
        str(a, x.code());
        str(a, x.name());
        str(a, x.entity());
        str(a, String.join(",", x.sectors().stream().map(Sector::name).toList()));
        str(a, x.country());
        str(a, x.knownGroup());
        str(a, x.ethnic());
        str(a, x.religion1());
        str(a, x.religion2());
        str(a, x.type1());
        str(a, x.type2());
        str(a, x.type3());
    }

    private static void appendPlace(DuckDBAppender a, Place p) throws SQLException {
        if (p == null) {
            for (int i = 0; i < 8; i++) {
                a.appendNull();
            }
            return;
        }
        a.append((byte) p.type());
        str(a, p.name());
        str(a, p.country());
        str(a, p.adm1());
        str(a, p.adm2());
        dbl(a, p.lat());
        dbl(a, p.lon());
        str(a, p.featureId());
    }

    /** Empty strings are stored as NULL so that they cost nothing and read back as empty. */
    private static void str(DuckDBAppender a, String s) throws SQLException {
        if (s == null || s.isEmpty()) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }

    private static void dbl(DuckDBAppender a, Double d) throws SQLException {
        if (d == null) {
            a.appendNull();
        } else {
            a.append(d.doubleValue());
        }
    }

    /** Reads the event in the current row of a {@code SELECT *} over the events table. */
    static Event read(ResultSet rs) throws SQLException {
        Coverage coverage = null;
        Object isRoot = rs.getObject("is_root");
        if (isRoot != null) {
            coverage = new Coverage(rs.getBoolean("is_root"), rs.getInt("mentions"), rs.getInt("sources"),
                    rs.getInt("articles"), rs.getDouble("tone"));
        }
        Timestamp added = rs.getTimestamp("added");
        Evidence evidence = new Evidence(rs.getString("doc"), (Integer) intOrNull(rs, "sentence"), rs.getString("text"),
                rs.getString("trigger"), rs.getString("pattern"), doubleOrNull(rs, "confidence"), list(rs.getString("flags")),
                rs.getString("url"), added == null ? null : added.toLocalDateTime(), rs.getString("origin"));
        return new Event(rs.getString("id"), rs.getString("dataset"), rs.getObject("date", LocalDate.class),
                actor(rs, "source_"), actor(rs, "target_"), rs.getString("cameo"), QuadClass.of(rs.getInt("quad_class")),
                rs.getDouble("goldstein"), rs.getString("plover"), rs.getString("mode"), coverage,
                place(rs, "source_geo_"), place(rs, "target_geo_"), place(rs, "action_geo_"), evidence);
    }

    private static Actor actor(ResultSet rs, String p) throws SQLException {
        List<Sector> sectors = new ArrayList<>();
        for (String s : list(rs.getString(p + "sectors"))) {
            Sector.fromCode(s).ifPresent(sectors::add);
        }
        return new Actor(rs.getString(p + "code"), rs.getString(p + "name"), rs.getString(p + "entity"), sectors,
                rs.getString(p + "country"), rs.getString(p + "known_group"), rs.getString(p + "ethnic"),
                rs.getString(p + "religion1"), rs.getString(p + "religion2"), rs.getString(p + "type1"),
                rs.getString(p + "type2"), rs.getString(p + "type3"));
    }

    private static Place place(ResultSet rs, String p) throws SQLException {
        Object type = rs.getObject(p + "type");
        if (type == null) {
            return null;
        }
        return new Place(rs.getInt(p + "type"), rs.getString(p + "name"), rs.getString(p + "country"),
                rs.getString(p + "adm1"), rs.getString(p + "adm2"), doubleOrNull(rs, p + "lat"),
                doubleOrNull(rs, p + "lon"), rs.getString(p + "feature"));
    }

    private static Object intOrNull(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    private static List<String> list(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
