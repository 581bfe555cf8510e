package orbit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.core.CameoTable;
import orbit.core.Document;
import orbit.core.Event;
import orbit.store.DocumentStore;
import orbit.store.EventStore;

import static orbit.server.Views.obj;

/**
 * POST /api/documents: codes one document and stores it with its events, as {@code orbit ingest}
 * then {@code orbit code} would. The document and its events are stored in two transactions (the
 * document, then its events with the document marked coded), so a crash between them leaves an
 * uncoded document that the next POST of the same text, or {@code orbit code}, codes. Posting the
 * same text again stores nothing and returns the events stored the first time. Writes are
 * serialised: one document is coded and stored at a time. Thread-safe.
 */
final class Documents {
    static final Set<String> FIELDS = Set.of("id", "title", "url", "published", "source", "text");

    private final EventStore writer;
    private final Supplier<EventCoder> coderFactory;
    private final CameoTable cameo;
    private final Runnable changed;
    private final ObjectMapper json = new ObjectMapper();
    private EventCoder coder;

    /** @param changed told after every write, so that answers computed before it are dropped */
    Documents(EventStore writer, Supplier<EventCoder> coderFactory, CameoTable cameo, Runnable changed) {
        this.writer = writer;
        this.coderFactory = coderFactory;
        this.cameo = cameo;
        this.changed = changed;
    }

    /** The fields of a posted document, from a JSON object or from a plain-text body and the query. */
    record Posted(String id, String title, String url, LocalDate published, String source, String text) {}

    Posted read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<ApiException.FieldError> errors = new ArrayList<>();
        Posted posted;
        if (type.startsWith("application/json")) {
            JsonNode node;
            try {
                node = json.readTree(ctx.body());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw ApiException.badParameter("body", "not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw ApiException.badParameter("body", "cannot read the body: " + e.getMessage());
            }
            if (node == null || !node.isObject()) {
                throw ApiException.badParameter("body", "give a JSON object such as {\"text\": \"...\", \"published\": \"2023-09-19\"}");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!FIELDS.contains(f)) {
                    errors.add(new ApiException.FieldError(f, "unknown field; a document has " + String.join(", ", FIELDS.stream().sorted().toList())));
                } else if (!node.get(f).isTextual() && !node.get(f).isNull()) {
                    errors.add(new ApiException.FieldError(f, "must be a string"));
                }
            }
            for (String q : ctx.queryParamMap().keySet()) {
                errors.add(new ApiException.FieldError(q, "a JSON post takes its fields in the body, not the query"));
            }
            posted = new Posted(text(node, "id"), text(node, "title"), text(node, "url"), date(text(node, "published"), errors),
                    text(node, "source"), text(node, "text"));
        } else if (type.startsWith("text/plain")) {
            for (String q : ctx.queryParamMap().keySet()) {
                if (!FIELDS.contains(q) || q.equals("text")) {
                    errors.add(new ApiException.FieldError(q, "unknown parameter; a plain-text post takes id, title, url, published, source"));
                }
            }
            posted = new Posted(ctx.queryParam("id"), ctx.queryParam("title"), ctx.queryParam("url"),
                    date(ctx.queryParam("published"), errors), ctx.queryParam("source"), ctx.body());
        } else {
            throw new ApiException(415, "unsupported-media-type", "unsupported media type", List.of(new ApiException.FieldError("content-type",
                    "'" + type + "' is neither application/json nor text/plain")));
        }
        if (posted.text() == null || Document.normalize(posted.text()).isBlank()) {
            errors.add(new ApiException.FieldError("text", "the document has no text"));
        }
        if (posted.id() != null && (posted.id().isBlank() || posted.id().length() > 200)) {
            errors.add(new ApiException.FieldError("id", "an id must be 1 to 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badParameters(errors);
        }
        return posted;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static LocalDate date(String text, List<ApiException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new ApiException.FieldError("published", "'" + text + "' is not a date; write YYYY-MM-DD"));
            return null;
        }
    }

    /** Stores and codes the document; the response, and whether it was new (201) or already stored (200). */
    synchronized Map<String, Object> add(Posted p, boolean[] created) {
        String normalized = Document.normalize(p.text());
        String id = p.id() != null ? p.id().strip() : "api-" + Document.sha256(normalized).substring(0, 16);
        Document doc = Document.of(id, p.url(), p.title(), p.published(), p.source(), p.text(), "api");
        DocumentStore.Outcome outcome;
        try {
            outcome = writer.documents().add(List.of(doc)).get(0);
        } finally {
            changed.run();
        }
        String storedId = outcome.storedId();
        Document stored = writer.documents().find(storedId).orElseThrow();
        int sentences = 0;
        long added = 0;
        if (writer.documents().codedAt(storedId).isEmpty()) {
            if (coder == null) {
                coder = coderFactory.get();
            }
            LocalDate published = stored.published() == null ? LocalDate.now() : stored.published();
            EventCoder.Result r = coder.code(storedId, published, stored.text());
            sentences = r.sentences();
            List<Event> events = new ArrayList<>();
            for (CodedEvent e : r.events()) {
                if (e.happened()) {
                    events.add(e.event().withUrl(stored.url()));
                }
            }
            try {
                added = writer.addCoded(events, List.of(storedId));
            } finally {
                changed.run();
            }
        }
        created[0] = outcome.status() == DocumentStore.Status.STORED;
        Map<String, Object> body = Api.document(writer, stored, cameo);
        body.put("status", created[0] ? "stored" : "already_present");
        body.put("events_added", added);
        body.put("sentences_coded", sentences);
        return body;
    }

    static Map<String, Object> example() {
        return obj("title", "Armenia freezes its CSTO participation", "published", "2024-02-23",
                "text", "Prime Minister Nikol Pashinyan said Armenia had frozen its participation in the CSTO.");
    }
}
