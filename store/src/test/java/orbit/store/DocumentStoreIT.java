package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import orbit.core.Document;
import orbit.core.OrbitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents table of a real store file: stored once per text, ids never reused for another text, coding tracked. */
class DocumentStoreIT {
    @TempDir
    Path dir;

    private EventStore store;
    private DocumentStore docs;

    static final Document ZVARTNOTS = Document.of("news/zvartnots.txt", "https://example.org/zvartnots", "Russian border guards leave Zvartnots",
            LocalDate.of(2024, 7, 31), "Example News",
            "Russian border guards ended their service at Yerevan's Zvartnots airport on 31 July 2024.\n"
                    + "Armenian border guards took over the checkpoints.", "news/zvartnots.txt");
    static final Document EU_MISSION = Document.of("news/euma.txt", null, "EU mission in Armenia", LocalDate.of(2023, 2, 20), null,
            "The European Union launched a civilian mission along Armenia's border with Azerbaijan on 20 February 2023.",
            "news/euma.txt");
    static final Document DIALOGUE = Document.of("feed#1", "https://example.org/dialogue", "US-Armenia Strategic Dialogue",
            LocalDate.of(2024, 6, 11), "Example Feed",
            "The United States and Armenia held their first Strategic Dialogue in Washington in June 2024.", "feed.xml#1");

    @BeforeEach
    void open() {
        store = EventStore.open(dir.resolve("s.duckdb"));
        docs = store.documents();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void addingStoresEveryFieldAndAddingAgainIsANoOpReportedAsAlreadyPresent() {
        List<DocumentStore.Outcome> first = docs.add(List.of(ZVARTNOTS, EU_MISSION));
        assertThat(first).extracting(DocumentStore.Outcome::status).containsExactly(DocumentStore.Status.STORED, DocumentStore.Status.STORED);
        assertThat(docs.find("news/zvartnots.txt")).contains(ZVARTNOTS);
        assertThat(docs.find("news/euma.txt")).contains(EU_MISSION);

        List<DocumentStore.Outcome> again = docs.add(List.of(EU_MISSION, ZVARTNOTS));
        assertThat(again).extracting(DocumentStore.Outcome::status)
                .containsExactly(DocumentStore.Status.ALREADY_PRESENT, DocumentStore.Status.ALREADY_PRESENT);
        assertThat(again).extracting(DocumentStore.Outcome::storedId).containsExactly("news/euma.txt", "news/zvartnots.txt");
        assertThat(docs.count()).isEqualTo(2);
    }

    @Test
    void sameTextUnderAnotherIdIsAlreadyPresentUnderTheFirstId() {
        docs.add(List.of(ZVARTNOTS));
        Document copy = Document.of("mirror/zvartnots.html", "https://mirror.example.org/z", "Other title", null, "Mirror",
                ZVARTNOTS.text() + "\n\n", "mirror/zvartnots.html");
        assertThat(docs.add(List.of(copy))).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(DocumentStore.Status.ALREADY_PRESENT);
            assertThat(o.storedId()).isEqualTo("news/zvartnots.txt");
        });
        assertThat(docs.count()).isEqualTo(1);
    }

    @Test
    void repeatedTextInOneBatchIsStoredOnce() {
        Document twin = Document.of("other", null, null, null, null, EU_MISSION.text(), "other.jsonl:2");
        List<DocumentStore.Outcome> r = docs.add(List.of(EU_MISSION, twin));
        assertThat(r.get(0).status()).isEqualTo(DocumentStore.Status.STORED);
        assertThat(r.get(1).status()).isEqualTo(DocumentStore.Status.ALREADY_PRESENT);
        assertThat(r.get(1).storedId()).isEqualTo("news/euma.txt");
        assertThat(docs.count()).isEqualTo(1);
    }

    @Test
    void anIdThatNamesAnotherTextIsNeverReusedTheNewTextGetsTheIdWithItsHash() {
        docs.add(List.of(DIALOGUE));
        Document updated = Document.of("feed#1", null, "Feed item 1, a day later", null, null,
                "Armenia and the United States signed a charter on strategic partnership in January 2025.", "feed.xml#1");
        DocumentStore.Outcome o = docs.add(List.of(updated)).get(0);
        assertThat(o.status()).isEqualTo(DocumentStore.Status.STORED);
        assertThat(o.renamed()).isTrue();
        assertThat(o.storedId()).isEqualTo("feed#1~" + updated.contentHash().substring(0, 12));
        assertThat(docs.find("feed#1")).contains(DIALOGUE);
        assertThat(docs.find(o.storedId()).orElseThrow().text()).isEqualTo(updated.text());
        // and again: the renamed text is recognised by its hash
        assertThat(docs.add(List.of(updated)).get(0).storedId()).isEqualTo(o.storedId());
        assertThat(docs.count()).isEqualTo(2);
    }

    @Test
    void uncodedListsInIngestOrderThenIdAndMarkingCodedTakesThemOff() {
        docs.add(List.of(ZVARTNOTS, EU_MISSION));
        docs.add(List.of(DIALOGUE));
        assertThat(docs.uncoded(10)).extracting(Document::id).containsExactly("news/euma.txt", "news/zvartnots.txt", "feed#1");
        assertThat(docs.uncoded(2)).extracting(Document::id).containsExactly("news/euma.txt", "news/zvartnots.txt");
        docs.markCoded(List.of("news/euma.txt", "news/zvartnots.txt"));
        assertThat(docs.uncoded(10)).extracting(Document::id).containsExactly("feed#1");
        assertThat(docs.countUncoded()).isEqualTo(1);
        docs.markCoded("feed#1");
        assertThat(docs.uncoded(10)).isEmpty();
        assertThat(docs.count()).isEqualTo(3);
    }

    @Test
    void markingAnUnknownIdChangesNothing() {
        docs.add(List.of(ZVARTNOTS, EU_MISSION));
        assertThatThrownBy(() -> docs.markCoded(List.of("news/euma.txt", "news/nope.txt")))
                .isInstanceOf(OrbitException.class).hasMessageContaining("no document with id news/nope.txt");
        assertThat(docs.countUncoded()).isEqualTo(2);
    }

    @Test
    void documentsSurviveClosingAndReopeningAndCodedStaysCoded() {
        docs.add(List.of(ZVARTNOTS, EU_MISSION));
        docs.markCoded("news/euma.txt");
        store.close();
        store = EventStore.open(dir.resolve("s.duckdb"));
        docs = store.documents();
        assertThat(docs.count()).isEqualTo(2);
        assertThat(docs.uncoded(10)).containsExactly(ZVARTNOTS);
    }

    @Test
    void aDocumentWhoseHashIsNotItsTextsIsRefused() {
        Document forged = new Document("x", null, null, null, null, "some text", Document.sha256("other text"), "o");
        assertThatThrownBy(() -> docs.add(List.of(forged))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Document.of");
        assertThat(docs.count()).isZero();
    }

    @Test
    void aStoreWrittenBeforeDocumentsExistedOpensAndGainsTheTableWithItsEventsIntact() throws Exception {
        TempStore.importAll(store, TempStore.write(dir, "good.CSV", GdeltRows.threeGoodRows()));
        try (Statement st = store.connection().createStatement()) {
            st.execute("DROP TABLE documents");
            st.execute("UPDATE orbit_meta SET value = '1' WHERE key = 'schema_version'");
        }
        store.close();
        store = EventStore.open(dir.resolve("s.duckdb"));
        docs = store.documents();
        assertThat(store.count(EventQuery.all())).isEqualTo(3);
        assertThat(docs.count()).isZero();
        docs.add(List.of(ZVARTNOTS));
        assertThat(docs.count()).isEqualTo(1);
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT value FROM orbit_meta WHERE key = 'schema_version'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(String.valueOf(Schema.VERSION));
        }
    }

    @Test
    void aBatchOfThousandsIsStoredInOneGoAndRecognisedAgain() {
        List<Document> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(Document.of("gen/" + i, null, null, null, null, "Report number " + i + " on the Lachin corridor.", "gen:" + i));
        }
        assertThat(docs.add(many)).allMatch(o -> o.status() == DocumentStore.Status.STORED);
        assertThat(docs.add(many)).allMatch(o -> o.status() == DocumentStore.Status.ALREADY_PRESENT);
        assertThat(docs.count()).isEqualTo(3000);
    }
}
