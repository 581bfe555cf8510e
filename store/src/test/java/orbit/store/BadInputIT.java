package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import orbit.core.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets one clear message naming the file and line, the good rows of the
 * file are still imported, and what the store held before stays exactly as it was.
 */
class BadInputIT {
    @TempDir
    Path dir;

    private EventStore store;
    private List<String> before;
    private final List<Reject> rejects = new ArrayList<>();

    @BeforeEach
    void storeWithThreeEvents() {
        store = EventStore.open(dir.resolve("s.duckdb"));
        TempStore.importAll(store, TempStore.write(dir, "good.CSV", GdeltRows.threeGoodRows()));
        before = snapshot();
        assertThat(before).hasSize(3);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        store.events(EventQuery.all(), e -> rows.add(e.id() + " " + e.date() + " " + e.cameo() + " " + e.source().code()));
        return rows;
    }

    private ImportReport importing(Path file) {
        return importing(file, null);
    }

    private ImportReport importing(Path file, EventFormat format) {
        return store.importFiles(List.of(file), new ImportOptions(format, rejects::add, null));
    }

    private static String row(long id) {
        return GdeltRows.line(GdeltRows.row(id, "20231019", "ARMGOV", "ARM", "GOV", "FRAGOV", "FRA", "GOV", "0331", "5.2", 1));
    }

    private void assertEarlierRowsUnchangedAndNewOnesAdded(String... newIds) {
        List<String> after = snapshot();
        assertThat(after).containsAll(before);
        assertThat(after).hasSize(before.size() + newIds.length);
        for (String id : newIds) {
            assertThat(after).anyMatch(r -> r.startsWith(id + " "));
        }
    }

    @Test
    void truncatedLineIsRejectedWithItsLineAndTheOthersImported() {
        String cut = row(2000002).substring(0, row(2000002).indexOf("\t5.2\t"));
        Path f = TempStore.write(dir, "truncated.CSV", row(2000001) + "\n" + cut + "\n" + row(2000003) + "\n");
        ImportReport r = importing(f);
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(rejects).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.message()).contains("truncated.CSV line 2").contains("has 30 fields, a GDELT 2.0 row has 61")
                    .contains("truncated");
            assertThat(x.raw()).isEqualTo(cut);
        });
        assertEarlierRowsUnchangedAndNewOnesAdded("gdelt:2000001", "gdelt:2000003");
    }

    @Test
    void rowWithGdelt1WidthInAGdelt2FileSuggestsTheOtherFormat() {
        String[] f58 = java.util.Arrays.copyOf(GdeltRows.row(2000002, "20231019", "ARM", "ARM", "", "FRA", "FRA", "", "010", "0.0", 1), 58);
        Path f = TempStore.write(dir, "mixed.CSV", row(2000001) + "\n" + String.join("\t", f58) + "\n");
        ImportReport r = importing(f, EventFormat.GDELT2);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(rejects).singleElement().satisfies(x -> assertThat(x.message())
                .contains("mixed.CSV line 2").contains("58 fields").contains("try --format gdelt1"));
        assertEarlierRowsUnchangedAndNewOnesAdded("gdelt:2000001");
    }

    @Test
    void nonUtf8ByteIsRejectedNamingTheByteAndTheFix() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write((row(2000001) + "\n").getBytes(StandardCharsets.UTF_8));
        String bad = row(2000002).replace("NAME ARMGOV", "Caf\u00e9");
        byte[] latin1 = bad.getBytes(StandardCharsets.ISO_8859_1);
        b.write(latin1);
        b.write('\n');
        Path f = TempStore.write(dir, "latin1.CSV", b.toByteArray());
        ImportReport r = importing(f);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(rejects).singleElement().satisfies(x -> assertThat(x.message())
                .contains("latin1.CSV line 2").contains("byte 0xE9").contains("not valid UTF-8").contains("iconv"));
        assertEarlierRowsUnchangedAndNewOnesAdded("gdelt:2000001");
    }

    @Test
    void unknownCameoCodeIsRejectedNamingTheCode() {
        String unknown = row(2000002).replace("\t0331\t033\t03\t", "\t0999\t099\t09\t");
        Path f = TempStore.write(dir, "codes.CSV", unknown + "\n" + row(2000001) + "\n");
        ImportReport r = importing(f);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(rejects).singleElement().satisfies(x -> assertThat(x.message())
                .contains("codes.CSV line 1").contains("EventCode '0999' is not in the CAMEO code table"));
        assertEarlierRowsUnchangedAndNewOnesAdded("gdelt:2000001");
    }

    @Test
    void emptyFileIsReportedAndNothingChanges() {
        Path f = TempStore.write(dir, "empty.CSV", "\n\n");
        ImportReport r = importing(f);
        assertThat(r.failed()).singleElement().satisfies(x -> assertThat(x.failure()).contains("is empty"));
        assertThat(rejects).singleElement().satisfies(x -> assertThat(x.message()).startsWith(f.toString()));
        assertEarlierRowsUnchangedAndNewOnesAdded();
    }

    @Test
    void directoryIsReportedWithTheFix() throws IOException {
        Path d = Files.createDirectory(dir.resolve("exports"));
        ImportReport r = importing(d);
        assertThat(r.failed()).singleElement().satisfies(x -> assertThat(x.failure())
                .contains("is a directory").contains("name the files inside it"));
        assertEarlierRowsUnchangedAndNewOnesAdded();
    }

    @Test
    void missingFileIsReportedAndTheOtherFilesStillImported() {
        Path missing = dir.resolve("nope.CSV");
        Path good = TempStore.write(dir, "more.CSV", row(2000001) + "\n");
        ImportReport r = store.importFiles(List.of(missing, good), new ImportOptions(null, rejects::add, null));
        assertThat(r.failed()).singleElement().satisfies(x -> assertThat(x.failure()).contains("does not exist"));
        assertThat(r.imported()).isEqualTo(1);
        assertEarlierRowsUnchangedAndNewOnesAdded("gdelt:2000001");
    }

    @Test
    void zipWithoutADataFileIsReported() throws IOException {
        Path zip = dir.resolve("export.CSV.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("README.md"));
            z.write("not data".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        ImportReport r = importing(zip);
        assertThat(r.failed()).singleElement().satisfies(x -> assertThat(x.failure()).contains("holds no data file"));
        assertEarlierRowsUnchangedAndNewOnesAdded();
    }

    @Test
    void unrecognisableFileSaysWhatEachFormatLooksLike() {
        Path f = TempStore.write(dir, "notes.txt", "these are my notes\nnot events\n");
        ImportReport r = importing(f);
        assertThat(r.failed()).singleElement().satisfies(x -> assertThat(x.failure())
                .contains("cannot tell the format").contains("GDELT 2.0 rows have 61").contains("--format"));
        assertEarlierRowsUnchangedAndNewOnesAdded();
    }

    @Test
    void brokenJsonLineIsRejectedAndTheOtherLinesImported() {
        String good = "{\"id\": \"t1\", \"date\": \"2024-02-22\", \"source\": \"ARMGOV\", \"source_entity\": \"ARM\", "
                + "\"target\": \"CSTO\", \"target_entity\": \"CSTO\", \"cameo\": \"1246\", \"text\": \"Armenia froze its CSTO participation.\"}";
        Path f = TempStore.write(dir, "coded.jsonl", good + "\n{\"id\": \"t2\", \"date\": \n");
        ImportReport r = importing(f);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(rejects).singleElement().satisfies(x -> assertThat(x.message()).contains("coded.jsonl line 2").contains("not valid JSON"));
        Event e = store.events(new EventQuery(null, "ARM", "CSTO", false, null, null, List.of(), null, null, 0)).get(0);
        assertThat(e.id()).isEqualTo("orbit:t1");
        assertThat(e.root()).isEqualTo("12");
    }

    @Test
    void rowsRepeatedInsideOneFileAreStoredOnce() {
        Path f = TempStore.write(dir, "twice.CSV", row(2000001) + "\n" + row(2000001) + "\n");
        ImportReport r = importing(f);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.alreadyPresent()).isEqualTo(1);
        assertEarlierRowsUnchangedAndNewOnesAdded("gdelt:2000001");
    }
}
