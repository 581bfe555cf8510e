package orbit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import orbit.core.Event;
import orbit.core.OrbitException;
import orbit.core.Ontology;
import org.duckdb.DuckDBConnection;

/**
 * Imports event files into the store, one transaction per input.
 *
 * <p>Design decision: rows are parsed in Java (so that every bad row is reported with its file,
 * line and fix) on parser threads while the reading thread appends the events with DuckDB's
 * appender into a temporary staging table ({@link Staging}); one transaction then
 * moves the rows whose id is not stored yet into {@code events}, sorted by dyad and date, and
 * records the run in {@code imports}. A crash before the commit leaves nothing of
 * that input behind, so running the same import again completes it without duplicates.
 */
final class Importer {
    private static final int FIRST_REJECTS = 20;

    private final DuckDBConnection conn;
    private final Ontology ontology;

    Importer(DuckDBConnection conn, Ontology ontology) {
        this.conn = conn;
        this.ontology = ontology;
    }

    ImportReport run(List<Path> paths, ImportOptions options) {
        List<ImportReport.FileReport> reports = new ArrayList<>();
        long total = 0;
        for (Path p : paths) {
            try {
                total += Files.isRegularFile(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                // reported when the file is opened
            }
        }
        AtomicLong done = new AtomicLong();
        long totalBytes = total;
        for (Path p : paths) {
            List<InputFile> inputs;
            try {
                inputs = Inputs.open(p, n -> options.progress().update(p.toString(), done.addAndGet(n), totalBytes));
            } catch (OrbitException e) {
                reports.add(failure(p.toString(), null, e.getMessage(), options));
                continue;
            }
            for (InputFile in : inputs) {
                reports.add(importOne(in, p, options));
            }
        }
        return new ImportReport(reports);
    }

    private ImportReport.FileReport failure(String file, EventFormat format, String message, ImportOptions options) {
        Reject r = new Reject(file, 0, message, "");
        options.rejects().accept(r);
        return new ImportReport.FileReport(file, format, 0, 0, 0, 0, List.of(r), message, false);
    }

    private ImportReport.FileReport importOne(InputFile in, Path path, ImportOptions options) {
        EventFormat format = options.format();
        String first;
        try {
            first = firstLine(in);
        } catch (IOException e) {
            return failure(in.name(), format, "cannot be read: " + e.getMessage(), options);
        }
        if (first == null) {
            return failure(in.name(), format, "is empty; there is nothing to import", options);
        }
        if (format == null) {
            format = EventFormat.detect(first).orElse(null);
            if (format == null) {
                int fields = Fields.splitTabs(first, 64).length;
                return failure(in.name(), null, String.format(
                        "cannot tell the format: the first line has %d tab-separated fields, but GDELT 2.0 rows have 61, "
                                + "GDELT 1.0 rows 57 or 58, ICEWS files start with the header 'Event ID', PLOVER and Orbit "
                                + "files with '{' or '['; name the format with --format", fields), options);
            }
        }
        LocalDateTime started = LocalDateTime.now();
        try {
            int importId = nextImportId();
            ImportReport.FileReport done = alreadyImported(in, path, format, importId, started);
            if (done != null) {
                return done;
            }
            Counting sink;
            Digesting digesting = new Digesting(in);
            try (Staging staging = new Staging(conn, importId)) {
                sink = new Counting(in.name(), options, staging);
                try {
                    format.reader(ontology).read(digesting.input(), sink);
                } catch (IOException e) {
                    sink.reject(0, "reading stopped early (" + e.getMessage() + "); the rows before were imported; "
                            + "if the file is compressed it may be truncated: download it again", "");
                } finally {
                    staging.finish();
                }
                long[] moved = commit(importId, in.name(), bytes(path), format, started, sink, Staging.TABLE,
                        digesting.sha256());
                return new ImportReport.FileReport(in.name(), format, sink.rows, moved[0], moved[1], sink.rejected,
                        sink.first, null, false);
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw OrbitException.external(e, "the store could not take the rows of %s: %s", in.name(), e.getMessage());
        }
    }

    private static long bytes(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String firstLine(InputFile in) throws IOException {
        try (InputStream s = in.open(); LineReader r = new LineReader(s)) {
            String line;
            while ((line = r.next()) != null) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return null;
        }
    }

    private int nextImportId() throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT nextval('import_ids')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Moves new rows into events in one transaction; returns {imported, already present}. */
    private long[] commit(int importId, String file, long bytes, EventFormat format, LocalDateTime started, Counting sink,
            String staging, String sha256) throws SQLException {
        long staged = sink.accepted;
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            long distinct = staged;
            if (staged > 0) {
                try (ResultSet rs = st.executeQuery("SELECT count(DISTINCT id) FROM " + staging)) {
                    rs.next();
                    distinct = rs.getLong(1);
                }
            }
            String source = distinct == staged
                    ? staging
                    : "(SELECT * FROM " + staging + " QUALIFY row_number() OVER (PARTITION BY id ORDER BY origin) = 1)";
            long imported = staged == 0 ? 0 : st.executeUpdate(
                    "INSERT INTO events SELECT s.* FROM " + source + " s ANTI JOIN events e ON s.id = e.id "
                            + "ORDER BY s.source_entity, s.target_entity, s.date");
            record(importId, file, bytes, format, started, sink.rows, imported, staged - imported, sink.rejected,
                    sink.rejected == 0 ? sha256 : null);
            conn.commit();
            return new long[] {imported, staged - imported};
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }

    private void record(int importId, String file, long bytes, EventFormat format, LocalDateTime started, long rows,
            long imported, long present, long rejected, String sha256) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, importId);
            ps.setString(2, file);
            ps.setLong(3, bytes);
            ps.setString(4, format.id());
            ps.setTimestamp(5, Timestamp.valueOf(started));
            ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
            ps.setLong(7, rows);
            ps.setLong(8, imported);
            ps.setLong(9, present);
            ps.setLong(10, rejected);
            ps.setString(11, sha256);
            ps.executeUpdate();
        }
    }

    /**
     * The report of an input whose exact content (same SHA-256) was imported before without a
     * reject and whose events are all still stored, or null. Re-running an import over a folder
     * of GDELT files then costs one read of each old file instead of a full import.
     */
    private ImportReport.FileReport alreadyImported(InputFile in, Path path, EventFormat format, int importId,
            LocalDateTime started) throws SQLException {
        long bytes = bytes(path);
        long previousId;
        long previousRows;
        long previousImported;
        String previousSha;
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, rows_read, imported, sha256 FROM imports "
                + "WHERE file = ? AND bytes = ? AND format = ? AND rejected = 0 AND sha256 IS NOT NULL ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, in.name());
            ps.setLong(2, bytes);
            ps.setString(3, format.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                previousId = rs.getLong(1);
                previousRows = rs.getLong(2);
                previousImported = rs.getLong(3);
                previousSha = rs.getString(4);
            }
        }
        String sha;
        try {
            sha = Digesting.sha256Of(in);
        } catch (IOException e) {
            return null; // the full import will report the problem
        }
        if (!sha.equals(previousSha)) {
            return null;
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM events WHERE import_id = ?")) {
            ps.setLong(1, previousId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != previousImported) {
                    return null;
                }
            }
        }
        record(importId, in.name(), bytes, format, started, previousRows, 0, previousRows, 0, sha);
        return new ImportReport.FileReport(in.name(), format, previousRows, 0, previousRows, 0, List.of(), null, true);
    }

    private void rollbackQuietly() {
        try {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
        } catch (SQLException e) {
            // the original error is the one to report
        }
    }

    /** Counts rows and rejects and appends accepted events to the staging table; used on the reading thread only. */
    private static final class Counting implements EventSink {
        final String file;
        final ImportOptions options;
        final Staging staging;
        final List<Reject> first = new ArrayList<>();
        long accepted;
        long rows;
        long rejected;

        Counting(String file, ImportOptions options, Staging staging) {
            this.file = file;
            this.options = options;
            this.staging = staging;
        }

        @Override
        public void accept(Event event) {
            EventRows.write(staging.cells, event, staging.importId);
            accepted++;
        }

        @Override
        public void reject(long line, String reason, String raw) {
            rejected++;
            Reject r = new Reject(file, line, reason, raw.length() > 500 ? raw.substring(0, 500) : raw);
            if (first.size() < FIRST_REJECTS) {
                first.add(r);
            }
            options.rejects().accept(r);
        }

        @Override
        public void row() {
            rows++;
        }

        @Override
        public ExecutorService parsers() {
            return staging.parsers;
        }
    }
}
