package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing on parser threads gives exactly what parsing on the reading thread gives, rejects in line order included. */
class ParallelParsingIT {
    @TempDir
    Path dir;

    private List<String> importWith(int parsers, Path file, List<Reject> rejects) {
        String before = System.getProperty(Staging.PARSERS_PROPERTY);
        System.setProperty(Staging.PARSERS_PROPERTY, Integer.toString(parsers));
        try (EventStore store = EventStore.open(dir.resolve("p" + parsers + ".duckdb"))) {
            store.importFiles(List.of(file), new ImportOptions(null, rejects::add, null));
            List<String> rows = new ArrayList<>();
            store.events(EventQuery.all(), e -> rows.add(e.toString()));
            return rows;
        } finally {
            if (before == null) {
                System.clearProperty(Staging.PARSERS_PROPERTY);
            } else {
                System.setProperty(Staging.PARSERS_PROPERTY, before);
            }
        }
    }

    @Test
    void parserThreadsGiveTheSameEventsAndRejectsAsInlineParsing() throws Exception {
        // the real export, with every 100th line broken, repeated past several 4096-line batches
        List<String> lines = java.nio.file.Files.readAllLines(SharedData.gdeltExport());
        StringBuilder b = new StringBuilder();
        for (int copy = 0; copy < 12; copy++) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String id = line.substring(0, line.indexOf('\t'));
                line = (Long.parseLong(id) + copy * 10_000_000L) + line.substring(id.length());
                b.append(i % 100 == 7 ? line.substring(0, 50) : line).append('\n');
            }
        }
        Path file = TempStore.write(dir, "many.CSV", b.toString());
        List<Reject> inlineRejects = new ArrayList<>();
        List<Reject> threadRejects = new ArrayList<>();
        List<String> inline = importWith(0, file, inlineRejects);
        List<String> threaded = importWith(2, file, threadRejects);
        assertThat(inline).hasSize(12 * (909 - 10));
        assertThat(threaded).isEqualTo(inline);
        assertThat(threadRejects).hasSize(120).isEqualTo(inlineRejects);
        assertThat(threadRejects).extracting(Reject::line).isSorted();
    }
}
