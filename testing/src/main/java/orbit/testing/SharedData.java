package orbit.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data sets in {@code ../shared/data} (GDELT, ICEWS, PLOVER, PETRARCH, TABARI).
 * They are not part of the repository; a test that needs one calls {@link #require} and shows as
 * skipped, with the reason, on a checkout that does not have them.
 */
public final class SharedData {
    private SharedData() {}

    /** The shared data folder: system property orbit.shared.data, else ../shared/data from the working directory. */
    public static Path root() {
        String p = System.getProperty("orbit.shared.data");
        if (p != null && !p.isBlank()) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        return Path.of("..", "shared", "data").toAbsolutePath().normalize();
    }

    /** The file under the shared data folder, or the test is skipped saying which file is missing. */
    public static Path require(String relative) {
        Path file = root().resolve(relative);
        assumeTrue(Files.isReadable(file),
                () -> "skipped: real data file " + file + " is absent (the shared data folder ../shared/data is not on this machine)");
        return file;
    }

    public static Path gdeltExport() {
        return require("gdelt/20250807220000.export.CSV");
    }

    public static Path icewsSample() {
        return require("icews/events.2018.sample.tab");
    }

    public static Path ploverGold() {
        return require("plover/PLOVER_GSR_CAMEO.txt");
    }

    public static Path cameoToPlover() {
        return require("plover/CAMEO2PLOVER-2021.txt");
    }
}
