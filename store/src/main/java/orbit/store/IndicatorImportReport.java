package orbit.store;

import java.util.List;

/**
 * What an indicator import did, per file. An observation is identified by its date, entity,
 * partner, indicator and source: a row whose key is not stored is new; one stored with the same
 * value is unchanged; one stored with another value is updated to the file's value.
 *
 * @param files one entry per file, in the order given
 */
public record IndicatorImportReport(List<FileReport> files) {
    public IndicatorImportReport {
        files = List.copyOf(files);
    }

    public long rows() {
        return files.stream().mapToLong(FileReport::rows).sum();
    }

    public long added() {
        return files.stream().mapToLong(FileReport::added).sum();
    }

    public long unchanged() {
        return files.stream().mapToLong(FileReport::unchanged).sum();
    }

    public long updated() {
        return files.stream().mapToLong(FileReport::updated).sum();
    }

    /**
     * One file's outcome.
     *
     * @param file      the file as named on the command line
     * @param rows      data rows read (the header and blank lines are not rows)
     * @param added     observations newly stored
     * @param unchanged observations stored before with the same value
     * @param updated   observations stored before with another value, now replaced
     */
    public record FileReport(String file, long rows, long added, long unchanged, long updated) {}
}
