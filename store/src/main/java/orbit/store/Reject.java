package orbit.store;

/**
 * A row the importer did not store, and why.
 *
 * @param file   the file name as the user gave it (with the zip entry, if any)
 * @param line   1-based line number, 0 when the problem concerns the whole file
 * @param reason what was expected and what to try
 * @param raw    the offending text (cut to 500 characters), empty for whole-file problems
 */
public record Reject(String file, long line, String reason, String raw) {
    /** One line for people: "events.CSV line 12: ..." */
    public String message() {
        return line > 0 ? file + " line " + line + ": " + reason : file + ": " + reason;
    }
}
