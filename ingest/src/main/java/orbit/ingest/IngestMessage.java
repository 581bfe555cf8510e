package orbit.ingest;

/**
 * A reject or a notice of an ingest.
 *
 * @param input the input as named in messages, with the zip entry or feed item if any
 * @param line  the 1-based line for JSONL, else 0
 * @param text  what happened and what to do
 */
public record IngestMessage(String input, long line, String text) {
    /** One line for people: "corpus.jsonl line 3: not valid JSON ...". */
    public String message() {
        return input + (line > 0 ? " line " + line : "") + ": " + text;
    }
}
