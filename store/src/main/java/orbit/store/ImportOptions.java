package orbit.store;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to import.
 *
 * @param format   the format of every file, or null to detect it per file
 * @param rejects  receives every rejected row (for --rejects FILE); called on the importing thread
 * @param progress receives progress as files are read; called on the importing thread
 */
public record ImportOptions(EventFormat format, Consumer<Reject> rejects, ImportProgress progress) {
    public ImportOptions {
        rejects = Objects.requireNonNullElse(rejects, r -> {});
        progress = Objects.requireNonNullElse(progress, ImportProgress.NONE);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null);
    }

    /** Progress of an import, in bytes of the files as stored on disk. */
    public interface ImportProgress {
        ImportProgress NONE = (file, done, total) -> {};

        void update(String file, long bytesDone, long bytesTotal);
    }
}
