package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import orbit.store.EventQuery;
import orbit.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path from news to an explained event on a real store: {@code orbit ingest}, {@code orbit code}
 * (twice), {@code orbit events} and {@code orbit explain}. The three items describe real events in
 * our own words.
 */
class CodeCommandIT {
    @TempDir
    Path dir;

    private static final String NEWS = """
            {"id": "t-2024-05-08-arm-rus", "url": "https://example.org/t1", "title": "Pashinyan and Putin meet in Moscow", "published": "2024-05-08", "source": "test", "text": "Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin in Moscow on Wednesday on the sidelines of a Eurasian Economic Union summit."}
            {"id": "t-2023-09-19-arm-aze", "url": "https://example.org/t2", "title": "Azerbaijan attacks in Karabakh", "published": "2023-09-19", "source": "test", "text": "Azerbaijani forces shelled Karabakh Armenian positions in Nagorno-Karabakh on Tuesday."}
            {"id": "t-2024-07-15-arm-usa", "url": "https://example.org/t3", "title": "Eagle Partner exercise begins", "published": "2024-07-15", "source": "test", "text": "Armenian and American troops began a ten-day joint exercise called Eagle Partner near Yerevan on Monday."}
            """;

    @Test
    void ingestedNewsIsCodedOnceListedAndExplainedAndOnlyNewDocumentsAreCodedLater() throws Exception {
        String db = dir.resolve("s.duckdb").toString();
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, NEWS);

        Cli ingest = Cli.run("ingest", "--db", db, news.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("documents read 3, stored 3, already present 0, rejected 0");

        Cli code = Cli.run("code", "--db", db);
        assertThat(code.exit()).as(code.err()).isZero();
        assertThat(code.out()).containsPattern("documents coded 3, sentences 3, events (\\d+) \\(\\1 new\\), sentences too long to parse 0, "
                + "documents failed 0 into " + db);

        Cli events = Cli.run("events", "--db", db, "--format", "jsonl");
        assertThat(events.exit()).as(events.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> coded = new ArrayList<>();
        for (String line : events.out().split("\n")) {
            coded.add(json.readTree(line));
        }
        assertThat(coded).extracting(e -> e.get("source_entity").asText() + ">" + e.get("target_entity").asText() + " "
                + e.get("root").asText() + " " + e.get("date").asText())
                .contains("ARM>RUS 04 2024-05-08", "AZE>ARM 19 2023-09-19", "ARM>USA 06 2024-07-15", "USA>ARM 06 2024-07-15");
        JsonNode meeting = coded.stream().filter(e -> e.get("doc").asText().equals("t-2024-05-08-arm-rus")).findFirst().orElseThrow();
        assertThat(meeting.get("trigger").asText()).isEqualTo("met");
        assertThat(meeting.get("url").asText()).isEqualTo("https://example.org/t1");

        Cli explain = Cli.run("explain", "--db", db, meeting.get("id").asText());
        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("event     " + meeting.get("id").asText())
                .contains("Armenian Prime Minister (SRC: Nikol Pashinyan) (EVT: met) Russian President (TAR: Vladimir Putin) in Moscow")
                .contains("lexicon   \"meet\" -> 040 (symmetric)  [lexicon.tsv:")
                .contains("sentence  1 of t-2024-05-08-arm-rus:");

        Cli again = Cli.run("code", "--db", db);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("no documents to code in " + db);
        Cli reingest = Cli.run("ingest", "--db", db, news.toString());
        assertThat(reingest.out()).contains("stored 0, already present 3");
        assertThat(Cli.run("code", "--db", db).out()).contains("no documents to code");
        try (EventStore s = EventStore.open(Path.of(db))) {
            assertThat(s.count(EventQuery.all())).isEqualTo(coded.size());
        }

        Path more = dir.resolve("more.jsonl");
        Files.writeString(more, "{\"id\": \"t-2023-10-23-arm-fra\", \"published\": \"2023-10-23\", \"text\": \"France agreed on "
                + "Monday to sell three Ground Master 200 radars to Armenia, French Defence Minister Sebastien Lecornu said in Yerevan.\"}\n");
        assertThat(Cli.run("ingest", "--db", db, news.toString(), more.toString()).out()).contains("stored 1, already present 3");
        Cli onlyTheNew = Cli.run("code", "--db", db);
        assertThat(onlyTheNew.out()).containsPattern("documents coded 1, sentences 1, events (\\d+) \\(\\1 new\\)");
        try (EventStore s = EventStore.open(Path.of(db))) {
            List<orbit.core.Event> all = s.events(EventQuery.all());
            assertThat(all).extracting(e -> e.id()).doesNotHaveDuplicates();
            assertThat(all.stream().filter(e -> !e.evidence().doc().equals("t-2023-10-23-arm-fra"))).hasSize(coded.size());
            assertThat(all).anySatisfy(e -> assertThat(e.evidence().doc()).isEqualTo("t-2023-10-23-arm-fra"));
            assertThat(s.documents().countUncoded()).isZero();
        }
    }

    @Test
    void explainingAnUnknownEventIsBadInput() {
        Cli r = Cli.run("explain", "--db", dir.resolve("s.duckdb").toString(), "orbit:nothing:1:1:ARM>RUS");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no event orbit:nothing:1:1:ARM>RUS in ");
    }
}
