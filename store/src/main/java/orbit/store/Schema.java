package orbit.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The DuckDB layout of the store. One wide {@code events} table, kept sorted by
 * (source_entity, target_entity, date) within each import so that DuckDB's zone maps let a
 * dyad's series skip almost every row group; an {@code imports} table records every import run;
 * a {@code documents} table holds the texts to code, one row per distinct normalised text; an
 * {@code indicators} table holds external figures (polls, trade and arms-import shares) beside the
 * event measures, one row per (date, entity, partner, indicator, source).
 *
 * <p>Layout versions: 1 events and imports; 2 adds documents; 3 adds indicators. Every statement in {@link #CREATE}
 * is idempotent, so a store of any older layout is brought up to date by running them all.
 */
final class Schema {
    private Schema() {}

    /** Bumped whenever the layout changes; {@link EventStore} migrates older files. */
    static final int VERSION = 3;

    private static final String[] ACTOR_COLUMNS = {
        "code VARCHAR", "name VARCHAR", "entity VARCHAR", "sectors VARCHAR", "country VARCHAR",
        "known_group VARCHAR", "ethnic VARCHAR", "religion1 VARCHAR", "religion2 VARCHAR",
        "type1 VARCHAR", "type2 VARCHAR", "type3 VARCHAR"
    };
    private static final String[] PLACE_COLUMNS = {
        "type TINYINT", "name VARCHAR", "country VARCHAR", "adm1 VARCHAR", "adm2 VARCHAR",
        "lat DOUBLE", "lon DOUBLE", "feature VARCHAR"
    };

    /** Column definitions of the events table, in storage order (the appender relies on it). */
    static final List<String> EVENT_COLUMNS = eventColumns();

    private static List<String> eventColumns() {
        List<String> c = new ArrayList<>(List.of("id VARCHAR NOT NULL", "dataset VARCHAR NOT NULL", "date DATE NOT NULL"));
        for (String a : ACTOR_COLUMNS) {
            c.add("source_" + a);
        }
        for (String a : ACTOR_COLUMNS) {
            c.add("target_" + a);
        }
        c.addAll(List.of("cameo VARCHAR NOT NULL", "root VARCHAR NOT NULL", "quad_class TINYINT NOT NULL",
                "goldstein DOUBLE NOT NULL", "plover VARCHAR", "mode VARCHAR",
                "is_root BOOLEAN", "mentions INTEGER", "sources INTEGER", "articles INTEGER", "tone DOUBLE"));
        for (String prefix : new String[] {"source_geo_", "target_geo_", "action_geo_"}) {
            for (String p : PLACE_COLUMNS) {
                c.add(prefix + p);
            }
        }
        c.addAll(List.of("doc VARCHAR", "sentence INTEGER", "text VARCHAR", "trigger VARCHAR", "pattern VARCHAR",
                "confidence DOUBLE", "flags VARCHAR", "url VARCHAR", "added TIMESTAMP", "origin VARCHAR",
                "import_id INTEGER"));
        return List.copyOf(c);
    }

    static String createEvents(String table, boolean temp) {
        return "CREATE " + (temp ? "TEMP " : "") + "TABLE IF NOT EXISTS " + table + " (" + String.join(", ", EVENT_COLUMNS) + ")";
    }

    static final List<String> CREATE = List.of(
            "CREATE TABLE IF NOT EXISTS orbit_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
            createEvents("events", false),
            """
            CREATE TABLE IF NOT EXISTS imports (
              id INTEGER PRIMARY KEY,
              file VARCHAR NOT NULL,
              bytes BIGINT NOT NULL,
              format VARCHAR NOT NULL,
              started TIMESTAMP NOT NULL,
              finished TIMESTAMP NOT NULL,
              rows_read BIGINT NOT NULL,
              imported BIGINT NOT NULL,
              already_present BIGINT NOT NULL,
              rejected BIGINT NOT NULL,
              sha256 VARCHAR)""",
            "CREATE SEQUENCE IF NOT EXISTS import_ids START 1",
            """
            CREATE TABLE IF NOT EXISTS documents (
              id VARCHAR PRIMARY KEY,
              content_hash VARCHAR NOT NULL UNIQUE,
              url VARCHAR,
              title VARCHAR,
              published DATE,
              source VARCHAR,
              text VARCHAR NOT NULL,
              origin VARCHAR NOT NULL,
              ingested_at TIMESTAMP NOT NULL,
              coded_at TIMESTAMP)""",
            // Design decision: an observation without a partner stores partner = '' rather than NULL,
            // because the partner is part of the key and NULLs never compare equal, so NULL would
            // let the same figure be stored twice.
            """
            CREATE TABLE IF NOT EXISTS indicators (
              date DATE NOT NULL,
              entity VARCHAR NOT NULL,
              partner VARCHAR NOT NULL,
              indicator VARCHAR NOT NULL,
              value DOUBLE NOT NULL,
              source VARCHAR NOT NULL,
              file VARCHAR NOT NULL,
              line INTEGER NOT NULL,
              added TIMESTAMP NOT NULL,
              PRIMARY KEY (date, entity, partner, indicator, source))""");
}
