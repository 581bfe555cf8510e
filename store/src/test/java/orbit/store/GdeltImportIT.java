package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import orbit.core.Event;
import orbit.core.Sector;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltImportIT {
    @TempDir
    Path dir;

    @Test
    void importsEveryRowOfTheRealExportAndNothingTheSecondTime() {
        Path file = SharedData.gdeltExport();
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ImportReport first = TempStore.importAll(store, file);
            assertThat(first.rowsRead()).isEqualTo(909);
            assertThat(first.imported()).isEqualTo(909);
            assertThat(first.rejected()).isZero();
            assertThat(first.files().get(0).format()).isEqualTo(EventFormat.GDELT2);

            ImportReport second = TempStore.importAll(store, file);
            assertThat(second.imported()).isZero();
            assertThat(second.alreadyPresent()).isEqualTo(909);
            assertThat(store.count(EventQuery.all())).isEqualTo(909);
        }
    }

    @Test
    void exportsGdelt2RowsEqualToTheImportedOnesFieldForField() throws IOException {
        Path file = SharedData.gdeltExport();
        Map<String, String> original = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            original.put(line.substring(0, line.indexOf('\t')), line);
        }
        StringWriter out = new StringWriter();
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            TempStore.importAll(store, file);
            try (EventWriter w = ExportFormat.GDELT2.open(out)) {
                store.events(EventQuery.all(), w::write);
            }
        }
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(909);
        for (String line : lines) {
            String[] got = line.split("\t", -1);
            String[] want = original.get(got[0]).split("\t", -1);
            assertThat(got).hasSize(61);
            for (int i = 0; i < 61; i++) {
                assertThat(got[i]).as("event %s column %d", got[0], i).isEqualTo(want[i]);
            }
        }
    }

    @Test
    void mapsActorCodesOntoEntitiesAndSectorsAndKeepsFipsGeography() {
        Path file = TempStore.write(dir, "small.CSV", GdeltRows.threeGoodRows());
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            assertThat(TempStore.importAll(store, file).imported()).isEqualTo(3);
            Map<String, Event> byId = new HashMap<>();
            store.events(EventQuery.all(), e -> byId.put(e.id(), e));

            Event visit = byId.get("gdelt:1000001");
            assertThat(visit.source().entity()).isEqualTo("ARM");
            assertThat(visit.source().sectors()).containsExactly(Sector.GOV);
            assertThat(visit.target().entity()).isEqualTo("RUS");
            assertThat(visit.cameo()).isEqualTo("042");
            assertThat(visit.plover()).isEqualTo("CONSULT");
            assertThat(visit.mode()).isEqualTo("visit");
            assertThat(visit.actionPlace().country()).as("FIPS stays FIPS").isEqualTo("AM");
            assertThat(visit.evidence().url()).isEqualTo("https://example.org/news/1000001");
            assertThat(visit.evidence().origin()).isEqualTo("small.CSV:1");

            Event attack = byId.get("gdelt:1000002");
            assertThat(attack.source().entity()).isEqualTo("AZE");
            assertThat(attack.source().sectors()).containsExactly(Sector.MIL);
            assertThat(attack.target().entity()).isEqualTo("ARM");
            assertThat(attack.quadClass().number()).isEqualTo(4);
            assertThat(attack.goldstein()).isEqualTo(-10.0);

            assertThat(byId.get("gdelt:1000003").source().entity()).as("known group NAT").isEqualTo("NATO");
        }
    }

    @Test
    void readsGzipAndZipArchivesLikeThePlainFile() throws IOException {
        Path plain = SharedData.gdeltExport();
        byte[] bytes = Files.readAllBytes(plain);
        Path gz = dir.resolve("20250807220000.export.CSV.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(bytes);
        }
        Path zip = dir.resolve("20250807220000.export.CSV.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("20250807220000.export.CSV"));
            z.write(bytes);
            z.closeEntry();
        }
        for (Path p : List.of(gz, zip)) {
            try (EventStore store = EventStore.open(dir.resolve(p.getFileName() + ".duckdb"))) {
                ImportReport r = TempStore.importAll(store, p);
                assertThat(r.imported()).as(p.toString()).isEqualTo(909);
                assertThat(r.rejected()).isZero();
            }
        }
    }

    @Test
    void detectsGdelt1RowsAndKeepsTheirValues() throws IOException {
        // GDELT 1.0: no ADM2 columns, DATEADDED as YYYYMMDD: made from the real 2.0 rows
        StringBuilder v1 = new StringBuilder();
        List<String> lines = Files.readAllLines(SharedData.gdeltExport(), StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            List<String> out = new java.util.ArrayList<>(List.of(f));
            out.set(59, f[59].substring(0, 8));
            out.remove(55); // ActionGeo_ADM2Code
            out.remove(47); // Actor2Geo_ADM2Code
            out.remove(39); // Actor1Geo_ADM2Code
            v1.append(String.join("\t", out)).append('\n');
        }
        Path file = TempStore.write(dir, "v1.export.CSV", v1.toString());
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ImportReport r = TempStore.importAll(store, file);
            assertThat(r.files().get(0).format()).isEqualTo(EventFormat.GDELT1);
            assertThat(r.imported()).isEqualTo(909);
            Event e = store.events(new EventQuery(null, null, null, false, null, null, List.of(), null, null, 1)).get(0);
            String[] f = lines.stream().filter(l -> l.startsWith(e.nativeId() + "\t")).findFirst().orElseThrow().split("\t", -1);
            assertThat(e.source().code()).isEqualTo(f[5]);
            assertThat(e.cameo()).isEqualTo(f[26]);
            assertThat(e.actionPlace() == null ? "" : e.actionPlace().adm2()).isEmpty();
            assertThat(e.evidence().added().toLocalDate().toString().replace("-", "")).isEqualTo(f[59].substring(0, 8));
        }
    }
}
