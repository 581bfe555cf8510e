package orbit.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import orbit.core.Document;
import orbit.core.OrbitException;
import org.duckdb.DuckDBConnection;

/**
 * The documents of a store: the texts to code, each stored once. Obtained from
 * {@link EventStore#documents()}; shares the store's connection, so it is not thread-safe either,
 * and is usable until the store is closed.
 *
 * <p>Guarantees: a text is stored once, whatever its id (documents are told apart by the SHA-256
 * of their normalised text, {@link Document#contentHash()}); an id always names the same text;
 * every call that writes does so in one transaction, so a crash leaves each batch wholly stored or
 * not at all, and adding the same documents again completes an interrupted run without duplicates.
 */
public final class DocumentStore {
    /** How many values one {@code IN (...)} lookup binds. */
    private static final int LOOKUP_CHUNK = 256;
    private static final int SUFFIX = 12;

    private final DuckDBConnection conn;
    private final Path file;

    DocumentStore(DuckDBConnection conn, Path file) {
        this.conn = conn;
        this.file = file;
    }

    /** What {@link #add} did with one document. */
    public enum Status {
        /** The text was new and is now stored. */
        STORED,
        /** The same text was stored already (under {@link Outcome#storedId()}), or came earlier in the batch. */
        ALREADY_PRESENT
    }

    /**
     * The outcome of adding one document.
     *
     * @param document the document as given
     * @param status   stored or already present
     * @param storedId the id under which its text is stored: its own id; its own id with
     *                 {@code "~"} and the first 12 hex digits of its content hash when its id
     *                 already named another text; or, when already present, the id of the
     *                 document stored earlier with the same text
     */
    public record Outcome(Document document, Status status, String storedId) {
        /** Whether the document was stored under another id than its own, because its id named another text. */
        public boolean renamed() {
            return status == Status.STORED && !storedId.equals(document.id());
        }
    }

    /**
     * Adds documents in one transaction: a document whose text is stored already (or comes earlier
     * in {@code documents}) is not stored again; a document whose id already names another text is
     * stored under that id with {@code "~"} and the first 12 hex digits of its content hash.
     *
     * @return one outcome per document, in the order given
     */
    public List<Outcome> add(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        for (Document d : documents) {
            if (!Document.sha256(d.text()).equals(d.contentHash())) {
                throw new IllegalArgumentException("document " + d.id() + " has a content hash that is not the SHA-256 of its text; "
                        + "build documents with Document.of");
            }
        }
        try {
            return Transactions.inTransaction(conn, () -> addInTransaction(documents));
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot store documents in %s: %s", file, firstLine(e.getMessage()));
        }
    }

    private List<Outcome> addInTransaction(List<Document> documents) throws SQLException {
        Set<String> hashes = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Document d : documents) {
            hashes.add(d.contentHash());
            ids.add(d.id());
        }
        Map<String, String> storedByHash = lookup("SELECT content_hash, id FROM documents WHERE content_hash IN ", hashes);
        Set<String> takenIds = new HashSet<>(lookup("SELECT id, id FROM documents WHERE id IN ", ids).keySet());

        List<Outcome> outcomes = new ArrayList<>(documents.size());
        List<Document> toInsert = new ArrayList<>();
        Map<String, String> batchByHash = new HashMap<>();
        for (Document d : documents) {
            String present = storedByHash.get(d.contentHash());
            if (present == null) {
                present = batchByHash.get(d.contentHash());
            }
            if (present != null) {
                outcomes.add(new Outcome(d, Status.ALREADY_PRESENT, present));
                continue;
            }
            String id = freeId(d, takenIds);
            takenIds.add(id);
            batchByHash.put(d.contentHash(), id);
            toInsert.add(id.equals(d.id()) ? d : d.withId(id));
            outcomes.add(new Outcome(d, Status.STORED, id));
        }
        insert(toInsert);
        return outcomes;
    }

    /** The document's id, or when that names another text, the id with a part of its hash. */
    private String freeId(Document d, Set<String> takenIds) throws SQLException {
        String id = d.id();
        if (!takenIds.contains(id)) {
            return id;
        }
        for (String candidate : List.of(id + "~" + d.contentHash().substring(0, SUFFIX), id + "~" + d.contentHash())) {
            if (!takenIds.contains(candidate) && lookup("SELECT id, id FROM documents WHERE id IN ", Set.of(candidate)).isEmpty()) {
                return candidate;
            }
        }
        throw OrbitException.user("%s: the id %s names another text in %s, and so do %s~ and its content hash; give the document "
                + "another id", d.origin(), id, file, id);
    }

    /** Runs {@code sqlPrefix (?, ?, ...)} over {@code keys} in chunks; maps the first column to the second. */
    private Map<String, String> lookup(String sqlPrefix, Collection<String> keys) throws SQLException {
        Map<String, String> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            String marks = "?, ".repeat(chunk.size() - 1) + "?";
            try (PreparedStatement ps = conn.prepareStatement(sqlPrefix + "(" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return found;
    }

    private void insert(List<Document> docs) throws SQLException {
        if (docs.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO documents (id, content_hash, url, title, published, source, "
                + "text, origin, ingested_at, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
            for (Document d : docs) {
                ps.setString(1, d.id());
                ps.setString(2, d.contentHash());
                ps.setString(3, d.url());
                ps.setString(4, d.title());
                ps.setObject(5, d.published());
                ps.setString(6, d.source());
                ps.setString(7, d.text());
                ps.setString(8, d.origin());
                ps.setTimestamp(9, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Up to {@code limit} documents not yet coded, oldest ingest first and by id within one
     * ingest batch: the same order on every call, so a coder can take a batch, code it, mark it
     * coded and take the next.
     */
    public List<Document> uncoded(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        List<Document> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, url, title, published, source, text, content_hash, origin "
                + "FROM documents WHERE coded_at IS NULL ORDER BY ingested_at, id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read documents from %s: %s", file, firstLine(e.getMessage()));
        }
    }

    /** The document with this id, if stored. */
    public Optional<Document> find(String id) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, url, title, published, source, text, content_hash, origin "
                + "FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read documents from %s: %s", file, firstLine(e.getMessage()));
        }
    }

    /**
     * Records that the documents were coded (now), in one transaction; coding one again moves its
     * time. A USER error, changing nothing, when an id is not stored.
     */
    public void markCoded(Collection<String> ids) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try {
            Transactions.inTransaction(conn, () -> {
                markCodedWithin(ids, now);
                return null;
            });
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot mark documents coded in %s: %s", file, firstLine(e.getMessage()));
        }
    }

    /** The UPDATE of {@link #markCoded(Collection)}, inside a transaction the caller runs. */
    void markCodedWithin(Collection<String> ids, Timestamp now) throws SQLException {
        // one statement per chunk of ids, not one per document: orbit code marks whole batches
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = conn.prepareStatement("UPDATE documents SET coded_at = ? WHERE id IN (" + marks + ")")) {
                ps.setTimestamp(1, now);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 2, chunk.get(i));
                }
                if (ps.executeUpdate() != chunk.size()) {
                    for (String id : chunk) {
                        if (find(id).isEmpty()) {
                            throw OrbitException.user("no document with id %s in %s", id, file);
                        }
                    }
                }
            }
        }
    }

    /** Records that one document was coded; see {@link #markCoded(Collection)}. */
    public void markCoded(String id) {
        markCoded(List.of(id));
    }

    /**
     * A stored document as a listing shows it: when it was coded (null when not yet) and how many
     * events it gave.
     */
    public record Listed(Document document, LocalDateTime codedAt, long events) {}

    /** One page of the stored documents, newest publication first (undated last), then by id. */
    public List<Listed> page(long offset, int limit) {
        String sql = "SELECT d.id, d.url, d.title, d.published, d.source, d.text, d.content_hash, d.origin, d.coded_at, "
                + "(SELECT count(*) FROM events e WHERE e.doc = d.id) FROM documents d "
                + "ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?";
        List<Listed> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setLong(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp coded = rs.getTimestamp(9);
                    out.add(new Listed(read(rs), coded == null ? null : coded.toLocalDateTime(), rs.getLong(10)));
                }
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read documents from %s: %s", file, firstLine(e.getMessage()));
        }
        return out;
    }

    /** When the stored document {@code id} was coded; empty when it is not coded yet or not stored. */
    public Optional<LocalDateTime> codedAt(String id) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT coded_at FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                return Optional.ofNullable(t).map(Timestamp::toLocalDateTime);
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read documents from %s: %s", file, firstLine(e.getMessage()));
        }
    }

    /** How many documents are stored. */
    public long count() {
        return queryLong("SELECT count(*) FROM documents");
    }

    /** How many stored documents are not coded yet. */
    public long countUncoded() {
        return queryLong("SELECT count(*) FROM documents WHERE coded_at IS NULL");
    }

    private long queryLong(String sql) {
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot read documents from %s: %s", file, firstLine(e.getMessage()));
        }
    }

    private static Document read(ResultSet rs) throws SQLException {
        return new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8));
    }

    private static String firstLine(String s) {
        String m = String.valueOf(s);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
