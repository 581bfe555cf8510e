package orbit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/documents with the real coder (CoreNLP's models load on the first post): a document is
 * coded, stored with its events, readable back, and posting it again changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentsIT {
    @TempDir
    static Path dir;

    static TestServer server;

    static final String TEXT = "Russian President Vladimir Putin congratulated Nikol Pashinyan on Tuesday after Armenia's parliament "
            + "elected the protest leader prime minister.";

    @BeforeAll
    static void start() {
        server = TestServer.onSamples(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String json(String published) {
        return "{\"title\": \"Putin congratulates Pashinyan\", \"published\": \"" + published + "\", \"url\": \"https://example.org/a\", "
                + "\"text\": \"" + TEXT + "\"}";
    }

    @Test
    @Order(1)
    void aPostedDocumentIsCodedStoredAndReturnedWithItsEvents() {
        String day = "/api/events?dyad=RUS:ARM&from=2018-05-08&to=2018-05-08";
        long before = server.get(day).json().get("total").asLong();
        long documentsBefore = server.get("/api/stats").json().get("documents").asLong();
        TestServer.Response r = server.post("/api/documents", "application/json", json("2018-05-08"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode body = r.json();
        assertThat(body.get("status").asText()).isEqualTo("stored");
        assertThat(body.get("events_added").asInt()).isEqualTo(1);
        JsonNode event = body.get("sentences").get(0).get("events").get(0);
        assertThat(event.get("source").get("code").asText()).isEqualTo("RUSGOV");
        assertThat(event.get("target").get("code").asText()).isEqualTo("ARMGOV");
        assertThat(event.get("cameo").asText()).isEqualTo("051");
        assertThat(event.get("trigger").asText()).isEqualTo("congratulated");
        assertThat(event.get("date").asText()).isEqualTo("2018-05-08");
        assertThat(event.get("url").asText()).isEqualTo("https://example.org/a");

        String id = body.get("id").asText();
        JsonNode doc = server.get("/api/documents/" + id).json();
        assertThat(doc.get("text").asText()).isEqualTo(TEXT);
        assertThat(doc.get("coded_at").isNull()).isFalse();
        assertThat(doc.get("sentences").get(0).get("events").get(0).get("id").asText()).isEqualTo(event.get("id").asText());
        // the same reads as before the post see it: no answer from before the write is served after it
        JsonNode after = server.get(day).json();
        assertThat(after.get("total").asLong()).isEqualTo(before + 1);
        List<String> ids = new ArrayList<>();
        after.get("events").forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).contains(event.get("id").asText());
        assertThat(server.get("/api/stats").json().get("documents").asLong()).isEqualTo(documentsBefore + 1);
    }

    @Test
    @Order(2)
    void postingTheSameTextAgainStoresNothingAndReturnsTheSameEvents() {
        long events = server.get("/api/stats").json().get("events").asLong();
        TestServer.Response r = server.post("/api/documents", "application/json", json("2018-05-08"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("already_present");
        assertThat(r.json().get("events_added").asInt()).isZero();
        assertThat(r.json().get("sentences").get(0).get("events")).hasSize(1);
        assertThat(server.get("/api/stats").json().get("events").asLong()).isEqualTo(events);
        assertThat(server.get("/api/stats").json().get("documents").asLong()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void plainTextTakesItsFieldsFromTheQueryAndDatesEventsByPublication() {
        TestServer.Response r = server.post("/api/documents?published=2024-02-23&title=Freeze", "text/plain; charset=utf-8",
                "Armenia froze its participation in the Collective Security Treaty Organization on Friday.");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode body = r.json();
        assertThat(body.get("title").asText()).isEqualTo("Freeze");
        assertThat(body.get("published").asText()).isEqualTo("2024-02-23");
        for (JsonNode s : body.get("sentences")) {
            for (JsonNode e : s.get("events")) {
                assertThat(e.get("date").asText()).startsWith("2024-02");
            }
        }
    }

    @Test
    @Order(4)
    void malformedPostsGive400NamingTheFieldAndStoreNothing() {
        long documents = server.get("/api/stats").json().get("documents").asLong();
        TestServer.Response broken = server.post("/api/documents", "application/json", "{\"text\": \"unterminated");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("details").get(0).get("field").asText()).isEqualTo("body");
        TestServer.Response unknown = server.post("/api/documents", "application/json", "{\"text\": \"Armenia met France.\", \"lang\": \"en\", \"published\": \"May 8\"}");
        assertThat(unknown.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        unknown.json().get("details").forEach(d -> fields.add(d.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("lang", "published");
        TestServer.Response query = server.post("/api/documents?title=T", "application/json", "{\"text\": \"Armenia met France.\"}");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.json().get("details").get(0).get("field").asText()).isEqualTo("title");
        TestServer.Response csv = server.post("/api/documents", "text/csv", "a,b");
        assertThat(csv.status()).isEqualTo(415);
        TestServer.Response blank = server.post("/api/documents", "application/json", "{\"text\": \"   \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(server.get("/api/stats").json().get("documents").asLong()).isEqualTo(documents);
    }

    @Test
    @Order(5)
    void documentsWhoseIdsArePathsAreReadBackWithSlashesRawOrEncoded() {
        TestServer.Response r = server.post("/api/documents", "application/json",
                "{\"id\": \"news/2024/fra.txt\", \"published\": \"2024-06-18\", "
                        + "\"text\": \"Armenia and France signed a defence agreement in Paris on Tuesday.\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        for (String path : List.of("/api/documents/news/2024/fra.txt", "/api/documents/news%2F2024%2Ffra.txt")) {
            TestServer.Response doc = server.get(path);
            assertThat(doc.status()).as(path).isEqualTo(200);
            assertThat(doc.json().get("id").asText()).isEqualTo("news/2024/fra.txt");
        }
        String eventId = r.json().get("sentences").get(0).get("events").get(0).get("id").asText();
        assertThat(eventId).contains("news/2024/fra.txt");
        String encoded = java.net.URLEncoder.encode(eventId, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(server.get("/api/events/" + encoded).json().get("id").asText()).isEqualTo(eventId);
        assertThat(server.get("/api/events/" + eventId.replace(">", "%3E")).json().get("id").asText()).isEqualTo(eventId);
    }

    @Test
    @Order(6)
    void aDocumentStoredButNotCodedBeforeACrashIsCodedByTheNextPostOfItsText(@TempDir Path other) {
        Path db = TestServer.sampleStore(other);
        try (orbit.store.EventStore s = orbit.store.EventStore.open(db)) {
            s.documents().add(List.of(orbit.core.Document.of("crashed", null, null, java.time.LocalDate.of(2018, 5, 8), null, TEXT, "api")));
            assertThat(s.documents().countUncoded()).isEqualTo(1);
        }
        try (TestServer again = TestServer.start(ServerConfig.local(db, 0))) {
            TestServer.Response r = again.post("/api/documents", "application/json", json("2018-05-08"));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(r.json().get("status").asText()).isEqualTo("already_present");
            assertThat(r.json().get("id").asText()).isEqualTo("crashed");
            assertThat(r.json().get("events_added").asInt()).isEqualTo(1);
            assertThat(r.json().get("coded_at").isNull()).isFalse();
            assertThat(again.get("/api/stats").json().get("uncoded_documents").asLong()).isZero();
        }
    }
}
