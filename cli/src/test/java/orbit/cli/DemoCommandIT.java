package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import orbit.core.Event;
import orbit.store.EventQuery;
import orbit.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orbit demo} on the bundled news corpus, run twice on one temporary store (in this JVM, so
 * CoreNLP's models load once): what the first run stores and codes, and that the second run adds
 * nothing.
 */
class DemoCommandIT {
    @TempDir
    static Path dir;

    static Path db;
    static Cli first;
    static Cli again;
    static long documentsAfterFirst;
    static List<Event> eventsAfterFirst;
    static long documentsAfterAgain;
    static long eventsAfterAgain;

    private static Path samples() {
        Path p = Path.of("..", "samples").toAbsolutePath().normalize();
        assertThat(p.resolve("news")).as("the repository's samples folder").isDirectory();
        return p;
    }

    private static Path corpus() {
        return samples().resolve("news").resolve("armenia-2018-2025.jsonl");
    }

    @BeforeAll
    static void runTheDemoTwice() {
        db = dir.resolve("demo.duckdb");
        first = Cli.run("demo", "--no-serve", "--db", db.toString(), "--samples", samples().toString());
        try (EventStore s = EventStore.open(db)) {
            documentsAfterFirst = s.documents().count();
            eventsAfterFirst = s.events(EventQuery.all());
        }
        again = Cli.run("demo", "--no-serve", "--db", db.toString(), "--samples", samples().toString());
        try (EventStore s = EventStore.open(db)) {
            documentsAfterAgain = s.documents().count();
            eventsAfterAgain = s.count(EventQuery.all());
        }
    }

    @Test
    void storesEveryNewsItemOfTheCorpusOnce() throws Exception {
        long lines = Files.readAllLines(corpus(), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(documentsAfterFirst).isEqualTo(lines);
        assertThat(first.out()).contains("demo: " + lines + " news items read from ")
                .contains(": " + lines + " stored, 0 already present, 0 rejected, into " + db);
    }

    @Test
    void codesTheNewsIntoEventsBetweenArmeniaAndItsPartners() {
        assertThat(eventsAfterFirst).hasSizeGreaterThan(200).allSatisfy(e -> assertThat(e.dataset()).isEqualTo("orbit"));
        assertThat(first.out()).containsPattern("demo: documents coded " + documentsAfterFirst + ", sentences \\d+, events "
                + eventsAfterFirst.size() + " \\(" + eventsAfterFirst.size() + " new\\)");
        for (String partner : List.of("RUS", "EU", "FRA", "USA")) {
            assertThat(eventsAfterFirst).as("events between ARM and " + partner).anySatisfy(e -> assertThat(
                    List.of(e.source().entity(), e.target().entity())).containsExactlyInAnyOrder("ARM", partner));
        }
    }

    @Test
    void everyEventLeadsBackToItsDocumentSentenceAndTrigger() {
        try (EventStore s = EventStore.open(db)) {
            for (Event e : eventsAfterFirst) {
                assertThat(e.evidence().doc()).as(e.id()).startsWith("news-");
                assertThat(s.documents().find(e.evidence().doc())).as("document of " + e.id()).isPresent();
                assertThat(e.evidence().sentence()).as(e.id()).isPositive();
                assertThat(e.evidence().text()).as(e.id()).isNotBlank();
                assertThat(e.evidence().trigger()).as(e.id()).isNotBlank();
                assertThat(e.evidence().text()).as(e.id()).contains(e.evidence().trigger().split(" ")[0]);
            }
        }
    }

    @Test
    void showsTheKeyDyadsPerYearAsTheStoreCountsThem() {
        String out = first.out();
        assertThat(out).contains("Armenia's key dyads");
        try (EventStore s = EventStore.open(db)) {
            for (String partner : DemoCommand.PARTNERS) {
                // counted apart from perYear, which the demo's table is printed from
                long all = s.events(new EventQuery(null, "ARM", partner, true, null, null, List.of(), null, null, 0)).size();
                String line = out.lines().filter(l -> l.startsWith("ARM-" + partner + " ")).findFirst().orElseThrow();
                String[] cells = line.trim().split("\\s+");
                assertThat(cells[cells.length - 2]).as(line).isEqualTo(Long.toString(all));
            }
        }
        assertThat(out).contains("./orbit explain --db " + db + " 'orbit:news-");
    }

    @Test
    void runningItAgainStoresAndCodesNothing() {
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(documentsAfterAgain).isEqualTo(documentsAfterFirst);
        assertThat(eventsAfterAgain).isEqualTo(eventsAfterFirst.size());
        assertThat(again.out()).contains(": 0 stored, " + documentsAfterFirst + " already present, 0 rejected")
                .contains("demo: documents coded 0, sentences 0, events 0 (0 new)");
    }

    @Test
    void withoutTheSamplesFolderItSaysWhereItLooked() {
        Path missing = dir.resolve("no-samples");
        Cli r = Cli.run("demo", "--no-serve", "--db", dir.resolve("other.duckdb").toString(), "--samples", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot list the sample news in " + missing.resolve("news")).contains("--samples DIR");
    }
}
