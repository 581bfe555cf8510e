package orbit.ingest;

import java.io.IOException;
import java.time.LocalDate;
import orbit.core.Document;

/**
 * Reads the documents of one input into a sink: accepted documents, rejects for documents it
 * cannot read (with the line for JSONL), notices. A problem with the whole input is thrown as
 * {@link Unreadable}. Implementations are stateless and thread-safe; the sink is not.
 */
interface DocumentReader {
    /** Longest text a document may have, in characters once normalised. */
    int MAX_TEXT = 2_000_000;

    void read(Input input, DocumentSink sink) throws IOException;

    /**
     * A document of {@code rawText}, normalised and hashed, or {@link Unreadable} when it has no
     * text or more than {@link #MAX_TEXT} characters.
     */
    static Document document(String id, String url, String title, LocalDate published, String source, String rawText,
            String origin) {
        String text = Document.normalize(rawText);
        if (text.isEmpty()) {
            throw Unreadable.of("has no text (it is empty or only white space); there is nothing to code");
        }
        if (text.length() > MAX_TEXT) {
            throw Unreadable.of("has %,d characters of text, more than the %,d a document may have; is it one article? "
                    + "split it into articles (one file each, or one JSONL line each)", text.length(), MAX_TEXT);
        }
        return Document.of(id, url, title, published, source, text, origin);
    }
}
