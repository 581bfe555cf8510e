package orbit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import orbit.core.Event;
import orbit.core.OrbitException;
import orbit.core.Ontology;
import org.duckdb.DuckDBConnection;

/**
 * The embedded event store: one DuckDB file holding events, the record of every import, the
 * documents to code ({@link #documents()}) and external indicators ({@link #indicators()}).
 *
 * <p>One process may have a store open for writing at a time (DuckDB's file lock). An instance
 * is not thread-safe; open one per thread or guard it.
 */
public final class EventStore implements AutoCloseable {
    private final DuckDBConnection conn;
    private final Path file;
    private final Ontology ontology;
    private final DocumentStore documents;
    private final IndicatorStore indicators;

    private EventStore(DuckDBConnection conn, Path file, Ontology ontology) {
        this.conn = conn;
        this.file = file;
        this.ontology = ontology;
        this.documents = new DocumentStore(conn, file);
        this.indicators = new IndicatorStore(conn, file, ontology.entities());
    }

    /**
     * Another handle on this store's database, with its own connection: for a server that reads on
     * many threads at once, one handle per thread. It sees what the others commit (DuckDB's MVCC),
     * and closing it leaves this store and the other handles open.
     */
    public EventStore session() {
        try {
            return new EventStore((DuckDBConnection) conn.duplicate(), file, ontology);
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot open another connection to %s: %s", file, firstLine(String.valueOf(e.getMessage())));
        }
    }

    /** Opens (creating if needed) the store in {@code file} with the bundled dictionaries. */
    public static EventStore open(Path file) {
        return open(file, Ontology.standard());
    }

    public static EventStore open(Path file, Ontology ontology) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw OrbitException.user("cannot create the store %s: folder %s does not exist", file, parent);
        }
        if (Files.isDirectory(file)) {
            throw OrbitException.user("the store %s is a directory; give a file path such as %s/orbit.duckdb", file, file);
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Properties props = new Properties();
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
            EventStore store = new EventStore(c, file, ontology);
            store.migrate();
            return store;
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw OrbitException.user("the store %s is in use by another Orbit process (%s); stop it or use another --db",
                        file, firstLine(m));
            }
            throw OrbitException.external(e, "cannot open the store %s: %s; is it a DuckDB file written by Orbit?", file,
                    firstLine(m));
        } catch (ClassNotFoundException e) {
            throw OrbitException.internal(e, "the DuckDB driver is missing from the distribution");
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void migrate() throws SQLException {
        try (Statement st = conn.createStatement()) {
            boolean fresh;
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'orbit_meta'")) {
                rs.next();
                fresh = rs.getLong(1) == 0;
            }
            if (!fresh) {
                try (ResultSet rs = st.executeQuery("SELECT value FROM orbit_meta WHERE key = 'schema_version'")) {
                    int version = rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
                    if (version > Schema.VERSION) {
                        throw OrbitException.user("the store %s has layout %d, written by a newer Orbit; this one reads up to %d",
                                file, version, Schema.VERSION);
                    }
                    if (version == Schema.VERSION) {
                        return;
                    }
                }
            }
            conn.setAutoCommit(false);
            try {
                for (String ddl : Schema.CREATE) {
                    st.execute(ddl);
                }
                st.execute("INSERT OR REPLACE INTO orbit_meta VALUES ('schema_version', '" + Schema.VERSION + "')");
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        }
    }

    public Path file() {
        return file;
    }

    public Ontology ontology() {
        return ontology;
    }

    /** The documents in this store, to add, list and mark coded. */
    public DocumentStore documents() {
        return documents;
    }

    /** The external indicators in this store (polls, trade and arms-import shares), to import, list and read. */
    public IndicatorStore indicators() {
        return indicators;
    }

    /** Imports files; see {@link Importer} for the guarantees. */
    public ImportReport importFiles(List<Path> files, ImportOptions options) {
        return new Importer(conn, ontology).run(files, options);
    }

    /** Work done inside {@link #add}'s transaction, on its connection. */
    @FunctionalInterface
    public interface InTransaction {
        void run() throws SQLException;
    }

    /**
     * Stores the events whose ids are not stored yet, and runs {@code also} (for example marking the
     * documents they were coded from) in the same transaction: after a crash either both are stored
     * or neither, so coding again resumes without duplicates. Returns how many events were new.
     */
    public long add(java.util.Collection<Event> events, InTransaction also) {
        String temp = "coded_events";
        try {
            try (Statement st = conn.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + temp);
                st.execute(Schema.createEvents(temp, true));
            }
            try (org.duckdb.DuckDBAppender appender = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, temp)) {
                EventRows.Cells cells = new EventRows.AppenderCells(appender);
                for (Event e : events) {
                    EventRows.write(cells, e, 0);
                }
            }
            long added = Transactions.inTransaction(conn, () -> {
                try (Statement st = conn.createStatement()) {
                    long n = st.executeUpdate("INSERT INTO events SELECT s.* FROM (SELECT * FROM " + temp
                            + " QUALIFY row_number() OVER (PARTITION BY id) = 1) s ANTI JOIN events e ON s.id = e.id"
                            + " ORDER BY s.source_entity, s.target_entity, s.date");
                    if (also != null) {
                        also.run();
                    }
                    return n;
                }
            });
            try (Statement st = conn.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + temp);
            }
            return added;
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot store coded events in %s: %s", file, e.getMessage());
        }
    }

    /**
     * Stores the events coded from documents and marks those documents coded, in one transaction:
     * a crash leaves a document either coded with all its events or uncoded with none, so
     * {@code orbit code} resumes where it stopped without duplicates. Returns how many events were new.
     */
    public long addCoded(java.util.Collection<Event> events, java.util.Collection<String> documentIds) {
        java.sql.Timestamp now = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now());
        return add(events, () -> documents.markCodedWithin(documentIds, now));
    }

    /** The publication date of a stored document, if it has one. */
    public java.util.Optional<LocalDate> publishedDate(String documentId) {
        return documents.find(documentId).map(orbit.core.Document::published);
    }

    /** The stored event with this id. */
    public java.util.Optional<Event> event(String id) {
        try (PreparedStatement ps = prepare("SELECT * FROM events WHERE id = ?", List.of(id)); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? java.util.Optional.of(EventRows.read(rs)) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read events from %s: %s", file, e.getMessage());
        }
    }

    public long count(EventQuery query) {
        EventQuery.Sql where = query.where();
        return queryLong("SELECT count(*) FROM events" + where.text(), where.whereParams());
    }

    /** Streams the matching events, ordered by date and id, to {@code consumer}. */
    public void events(EventQuery query, Consumer<Event> consumer) {
        EventQuery.Sql where = query.where();
        try (PreparedStatement ps = prepare("SELECT * FROM events" + where.text() + " ORDER BY date, id" + where.limit(), where.params());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                consumer.accept(EventRows.read(rs));
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read events from %s: %s", file, e.getMessage());
        }
    }

    public List<Event> events(EventQuery query) {
        List<Event> out = new ArrayList<>();
        events(query, out::add);
        return out;
    }

    /**
     * One page of the matching events, ordered by date and id as {@link #events(EventQuery, Consumer)}
     * streams them: at most {@code limit} events after skipping {@code offset}. The query's own
     * limit does not apply.
     */
    public List<Event> page(EventQuery query, long offset, int limit) {
        EventQuery.Sql where = query.where();
        List<Object> params = new ArrayList<>(where.whereParams());
        params.add(limit);
        params.add(offset);
        return list("SELECT * FROM events" + where.text() + " ORDER BY date, id LIMIT ? OFFSET ?", params);
    }

    /** How many events each entity takes part in, on either side; entities without events are absent. */
    public java.util.Map<String, Long> entityCounts() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = prepare("""
                SELECT entity, count(*) FROM (
                  SELECT source_entity AS entity FROM events WHERE source_entity IS NOT NULL AND source_entity <> ''
                  UNION ALL
                  SELECT target_entity FROM events WHERE target_entity IS NOT NULL AND target_entity <> '' AND target_entity IS DISTINCT FROM source_entity)
                GROUP BY entity ORDER BY entity""", List.of()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read events from %s: %s", file, e.getMessage());
        }
        return out;
    }

    /** The events coded from one document, by sentence and id. */
    public List<Event> eventsOfDocument(String documentId) {
        return list("SELECT * FROM events WHERE doc = ? ORDER BY sentence, id", List.of(documentId));
    }

    private List<Event> list(String sql, List<Object> params) {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(EventRows.read(rs));
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read events from %s: %s", file, e.getMessage());
        }
        return out;
    }

    /**
     * The matching events counted per calendar year, with their mean Goldstein value, oldest year
     * first; years without a matching event are absent. The query's limit does not apply.
     */
    public List<YearSummary> perYear(EventQuery query) {
        EventQuery.Sql where = query.where();
        List<YearSummary> years = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT year(date) y, count(*), avg(goldstein) FROM events" + where.text()
                + " GROUP BY y ORDER BY y", where.whereParams()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double g = rs.getDouble(3);
                years.add(new YearSummary(rs.getInt(1), rs.getLong(2), rs.wasNull() ? null : g));
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read events from %s: %s", file, e.getMessage());
        }
        return years;
    }

    /** Writes the matching events, every stored column, to a Parquet file (zstd-compressed). */
    public long exportParquet(EventQuery query, Path out) {
        EventQuery.Sql where = query.where();
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE IF EXISTS export_events");
            try (PreparedStatement ps = prepare("CREATE TEMP TABLE export_events AS SELECT * FROM events" + where.text()
                    + " ORDER BY date, id" + where.limit(), where.params())) {
                ps.execute();
            }
            String path = out.toAbsolutePath().toString().replace("'", "''");
            st.execute("COPY export_events TO '" + path + "' (FORMAT parquet, COMPRESSION zstd)");
            long n = queryLong("SELECT count(*) FROM export_events", List.of());
            st.execute("DROP TABLE export_events");
            return n;
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot write %s: %s", out, firstLine(e.getMessage()));
        }
    }

    public StoreStats stats(int top) {
        try {
            List<StoreStats.DatasetRow> datasets = new ArrayList<>();
            try (PreparedStatement ps = prepare(
                    "SELECT dataset, count(*), min(date), max(date) FROM events GROUP BY dataset ORDER BY count(*) DESC", List.of());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    datasets.add(new StoreStats.DatasetRow(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class)));
                }
            }
            List<StoreStats.DyadRow> dyads = new ArrayList<>();
            try (PreparedStatement ps = prepare("SELECT source_entity, target_entity, count(*) n FROM events "
                    + "WHERE source_entity IS NOT NULL AND target_entity IS NOT NULL AND source_entity <> target_entity "
                    + "GROUP BY ALL ORDER BY n DESC, 1, 2 LIMIT ?", List.of(top)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dyads.add(new StoreStats.DyadRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            List<StoreStats.RootRow> roots = new ArrayList<>();
            try (PreparedStatement ps = prepare("SELECT root, count(*) n FROM events GROUP BY root ORDER BY n DESC, root LIMIT ?",
                    List.of(top)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String root = rs.getString(1);
                    roots.add(new StoreStats.RootRow(root, ontology.cameo().find(root).map(c -> c.name()).orElse(""), rs.getLong(2)));
                }
            }
            long imports = queryLong("SELECT count(*) FROM imports", List.of());
            return new StoreStats(datasets, dyads, roots, imports);
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read %s: %s", file, e.getMessage());
        }
    }

    private long queryLong(String sql, List<Object> params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read %s: %s", file, e.getMessage());
        }
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    /**
     * The JDBC connection, for analyses that run their own parameterised SQL over the tables
     * documented in docs/store.md. Do not close it; close the store.
     */
    public Connection connection() {
        return conn;
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot close %s: %s", file, e.getMessage());
        }
    }
}
