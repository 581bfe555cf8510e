package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import orbit.core.Document;
import orbit.store.DocumentStore;
import orbit.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting into a real store file: a folder of every kind of document, then the same again. */
class IngestIT {
    @TempDir
    Path dir;

    private EventStore store;
    private DocumentStore docs;

    @BeforeEach
    void open() {
        store = EventStore.open(dir.resolve("s.duckdb"));
        docs = store.documents();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A folder with one of each kind: text, HTML, JSONL, RSS, Atom, a zip and a gzip file. */
    private Path mixedFolder() {
        Path news = dir.resolve("news");
        Fixtures.write(news, "2024/csto.txt", Fixtures.CSTO);
        Fixtures.write(news, "2024/csto-page.html", Fixtures.ARTICLE_HTML);
        Fixtures.write(news, "corpus.jsonl", Fixtures.line("wire-karabakh", "https://wire.example.org/k", "Offensive", "2023-09-19",
                "Example Wire", Fixtures.KARABAKH) + "\n" + Fixtures.line(null, null, "Mission", null, null,
                "Observers from the EU mission patrolled near Jermuk in March 2023.") + "\n");
        Fixtures.write(news, "feeds/wire.rss", Fixtures.RSS);
        Fixtures.write(news, "feeds/diplomacy.xml", Fixtures.ATOM);
        Map<String, String> zip = new TreeMap<>();
        zip.put("a/zvartnots.txt", "Armenian border guards took over passport control at Zvartnots on 1 August 2024.");
        zip.put("b/readme.md", "not a document by its extension");
        Fixtures.write(news, "archive.zip", Fixtures.zip(zip));
        Fixtures.write(news, "old/dialogue.txt.gz", Fixtures.gzip("US and Armenian officials met in Yerevan in 2023 to prepare "
                + "the first Strategic Dialogue."));
        return news;
    }

    @Test
    void aFolderMixingEveryKindIsStoredDocumentByDocumentAndIngestingAgainAddsNothing() throws Exception {
        Path news = mixedFolder();
        IngestReport first = Ingest.run(docs, List.of(news), IngestOptions.defaults());
        // csto.txt, csto-page.html, 2 JSONL lines, 2 RSS items, 2 Atom entries, 1 zip entry, 1 gzip file
        assertThat(first.read()).isEqualTo(10);
        assertThat(first.stored()).as(first.rejects().toString()).isEqualTo(10);
        assertThat(first.alreadyPresent()).isZero();
        assertThat(first.rejected()).isZero();
        assertThat(first.inputs()).isEqualTo(7);
        assertThat(first.notices()).singleElement().satisfies(n -> assertThat(n.text()).contains("skipped 1 entry").contains(".md"));
        assertThat(docs.count()).isEqualTo(10);

        String base = news.normalize().toString();
        assertThat(docs.uncoded(100)).extracting(Document::id).contains(base + "/2024/csto.txt", base + "/2024/csto-page.html",
                "wire-karabakh", base + "/corpus.jsonl:2", "wire-2023-0220-euma", "https://wire.example.org/2023/09/karabakh",
                "tag:diplomacy.example.org,2024:dialogue", base + "/archive.zip!a/zvartnots.txt", base + "/old/dialogue.txt.gz");
        Document page = docs.find(base + "/2024/csto-page.html").orElseThrow();
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 2, 22));
        assertThat(page.url()).isEqualTo("https://news.example.org/2024/02/armenia-csto");

        List<String> hashesBefore = hashes();
        IngestReport second = Ingest.run(docs, List.of(news), IngestOptions.defaults());
        assertThat(second.read()).isEqualTo(10);
        assertThat(second.stored()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(10);
        assertThat(hashes()).isEqualTo(hashesBefore);
        assertThat(docs.count()).isEqualTo(10);
    }

    @Test
    void theSameTextFromAnotherFileOrFormatIsAlreadyPresent() {
        Path txt = Fixtures.write(dir, "euma.txt", Fixtures.EU_MISSION);
        Path jsonl = Fixtures.write(dir, "copy.jsonl", Fixtures.line("copy-1", "https://other.example.org", "Same story", "2023-02-21",
                "Other", Fixtures.EU_MISSION + "\n\n") + "\n");
        IngestReport r = Ingest.run(docs, List.of(txt, jsonl), IngestOptions.defaults());
        assertThat(r.stored()).isEqualTo(1);
        assertThat(r.alreadyPresent()).isEqualTo(1);
        assertThat(docs.find("copy-1")).isEmpty();
    }

    @Test
    void aFileWhoseTextChangedIsStoredUnderItsIdWithItsHashAndTheOldTextKept() {
        Path f = Fixtures.write(dir, "live.txt", Fixtures.EU_MISSION);
        Ingest.run(docs, List.of(f), IngestOptions.defaults());
        Fixtures.write(dir, "live.txt", Fixtures.EU_MISSION + "\nUpdated: the mission's mandate was extended to 2027.");
        IngestReport r = Ingest.run(docs, List.of(f), IngestOptions.defaults());
        assertThat(r.stored()).isEqualTo(1);
        String id = Inputs.nameOf(f);
        assertThat(r.notices()).singleElement().satisfies(n -> assertThat(n.message()).startsWith(id + ": its id " + id
                + " already names another text, so it was stored as " + id + "~"));
        assertThat(docs.find(id).orElseThrow().text()).isEqualTo(Fixtures.EU_MISSION);
        assertThat(docs.count()).isEqualTo(2);
    }

    @Test
    void smallBatchesStoreTheSameAsOneBatch() {
        Path news = mixedFolder();
        IngestReport r = Ingest.run(docs, List.of(news), new IngestOptions(null, 3));
        assertThat(r.stored()).isEqualTo(10);
        assertThat(docs.count()).isEqualTo(10);
    }

    @Test
    void progressIsToldOfEveryInputInOrder() {
        Path news = mixedFolder();
        List<String> seen = new ArrayList<>();
        Ingest.run(docs, List.of(news), new IngestOptions((input, done, total) -> seen.add(done + "/" + total + " " + input),
                IngestOptions.DEFAULT_BATCH));
        String base = news.normalize().toString();
        assertThat(seen).containsExactly("0/7 " + base + "/2024/csto-page.html", "1/7 " + base + "/2024/csto.txt",
                "2/7 " + base + "/archive.zip!a/zvartnots.txt", "3/7 " + base + "/corpus.jsonl", "4/7 " + base + "/feeds/diplomacy.xml",
                "5/7 " + base + "/feeds/wire.rss", "6/7 " + base + "/old/dialogue.txt.gz", "7/7 ");
    }

    private List<String> hashes() throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT id || ' ' || content_hash || ' ' || ingested_at FROM documents ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
