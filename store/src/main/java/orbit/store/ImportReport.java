package orbit.store;

import java.util.List;

/**
 * What an import did, per input.
 *
 * @param files one entry per input stream (a zip gives one per data file inside)
 */
public record ImportReport(List<FileReport> files) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileReport::rowsRead).sum();
    }

    public long imported() {
        return files.stream().mapToLong(FileReport::imported).sum();
    }

    public long alreadyPresent() {
        return files.stream().mapToLong(FileReport::alreadyPresent).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileReport::rejected).sum();
    }

    /** Inputs that could not be read at all (missing, empty, unknown format). */
    public List<FileReport> failed() {
        return files.stream().filter(f -> f.failure() != null).toList();
    }

    /** Whether every row of every input was stored or already present. */
    public boolean clean() {
        return rejected() == 0 && failed().isEmpty();
    }

    /**
     * One input's outcome.
     *
     * @param file           the input as named in messages
     * @param format         the format read, null when it could not be told
     * @param rowsRead       data rows read (headers and blank lines are not rows)
     * @param imported       events newly stored
     * @param alreadyPresent events whose id was in the store already (or twice in the input)
     * @param rejected       rows not stored, with reasons in {@code firstRejects}
     * @param firstRejects   the first few rejects, for messages
     * @param failure        why the input could not be read, or null
     * @param unchanged      whether the input's content was imported before and all its events
     *                       are still stored, so it was not read into the store again
     */
    public record FileReport(String file, EventFormat format, long rowsRead, long imported, long alreadyPresent, long rejected,
            List<Reject> firstRejects, String failure, boolean unchanged) {
        public FileReport {
            firstRejects = List.copyOf(firstRejects);
        }
    }
}
