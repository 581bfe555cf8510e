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

    /** One row of cells in the events table's column order; absent values are {@link #nul()}. */
    interface Cells {
        void str(String s);

        void i8(int v);

        void i32(int v);

        void f64(double v);

        void bool(boolean v);

        void date(java.time.LocalDate d);

        void timestamp(java.time.LocalDateTime t);

        void nul();

        void end();

        /** Empty strings are stored as NULL so that they cost nothing and read back as empty. */
        default void text(String s) {
            if (s == null || s.isEmpty()) {
                nul();
            } else {
                str(s);
            }
        }

        default void f64(Double d) {
            if (d == null) {
                nul();
            } else {
                f64(d.doubleValue());
            }
        }

        default void nulls(int n) {
            for (int i = 0; i < n; i++) {
                nul();
            }
        }
    }

    static void write(Cells a, Event e, int importId) {
        a.str(e.id());
        a.str(e.dataset());
        a.date(e.date());
        actor(a, e.source());
        actor(a, e.target());
        a.str(e.cameo());
        a.str(e.root());
        a.i8(e.quadClass().number());
        a.f64(e.goldstein());
        a.text(e.plover());
        a.text(e.mode());
        Coverage c = e.coverage();
        if (c == null) {
            a.nulls(5);
        } else {
            a.bool(c.rootEvent());
            a.i32(c.mentions());
            a.i32(c.sources());
            a.i32(c.articles());
            a.f64(c.tone());
        }
        place(a, e.sourcePlace());
        place(a, e.targetPlace());
        place(a, e.actionPlace());
        Evidence v = e.evidence();
        a.text(v.doc());
        if (v.sentence() == null) {
            a.nul();
        } else {
            a.i32(v.sentence());
        }
        a.text(v.text());
        a.text(v.trigger());
        a.text(v.pattern());
        a.f64(v.confidence());
        a.text(String.join(",", v.flags()));
        a.text(v.url());
        if (v.added() == null) {
            a.nul();
        } else {
            a.timestamp(v.added());
        }
        a.text(v.origin());
        a.i32(importId);
        a.end();
    }

    private static void actor(Cells a, Actor x) {
        a.text(x.code());
        a.text(x.name());
        a.text(x.entity());
        a.text(sectors(x));
        a.text(x.country());
        a.text(x.knownGroup());
        a.text(x.ethnic());
        a.text(x.religion1());
        a.text(x.religion2());
        a.text(x.type1());
        a.text(x.type2());
        a.text(x.type3());
    }

    private static String sectors(Actor x) {
        List<Sector> s = x.sectors();
        if (s.isEmpty()) {
            return "";
        }
        if (s.size() == 1) {
            return s.get(0).name();
        }
        return String.join(",", s.stream().map(Sector::name).toList());
    }

    private static void place(Cells a, Place p) {
        if (p == null) {
            a.nulls(8);
            return;
        }
        a.i8(p.type());
        a.text(p.name());
        a.text(p.country());
        a.text(p.adm1());
        a.text(p.adm2());
        a.f64(p.lat());
        a.f64(p.lon());
        a.text(p.featureId());
    }

    /** Cells appended with DuckDB's appender. Not thread-safe. */
    static final class AppenderCells implements Cells {
        private final DuckDBAppender a;
        private boolean inRow;

        AppenderCells(DuckDBAppender a) {
            this.a = a;
        }

        private DuckDBAppender row() throws SQLException {
            if (!inRow) {
                a.beginRow();
                inRow = true;
            }
            return a;
        }

        private static IllegalStateException refused(SQLException e) {
            return new IllegalStateException("the appender refused a value: " + e.getMessage(), e);
        }

        @Override
        public void str(String s) {
            try {
                row().append(s);
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        @Override
        public void i8(int v) {
            try {
                row().append((byte) v);
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        @Override
        public void i32(int v) {
            try {
                row().append(v);
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        @Override
        public void f64(double v) {
            try {
                row().append(v);
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        @Override
        public void bool(boolean v) {
            try {
                row().append(v);
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        @Override
        public void date(LocalDate d) {
            try {
                row().append(d);
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        @Override
        public void timestamp(java.time.LocalDateTime t) {
            try {
                row().append(t);
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        @Override
        public void nul() {
            try {
                row().appendNull();
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        @Override
        public void end() {
            try {
                row().endRow();
                inRow = false;
            } catch (SQLException e) {
                throw refused(e);
            }
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
        Evidence evidence = new Evidence(rs.getString("doc"), intOrNull(rs, "sentence"), rs.getString("text"),
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

    private static Integer intOrNull(ResultSet rs, String col) throws SQLException {
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
