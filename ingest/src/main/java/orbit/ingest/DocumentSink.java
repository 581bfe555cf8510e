package orbit.ingest;

import orbit.core.Document;

/**
 * Receives what reading inputs gives: documents, rejects (a document or an input that could not
 * be read, with why and what to do) and notices (something was read in a way the user should
 * know of). Called on the reading thread only.
 */
public interface DocumentSink {
    void accept(Document document);

    /**
     * A document, or a whole input, that was not read.
     *
     * @param input  the input as named in messages ("news/a.html", "corpus.zip!2023/b.txt", "feed.xml#3")
     * @param line   the 1-based line for JSONL, else 0
     * @param reason what is wrong and what to do
     */
    void reject(String input, long line, String reason);

    /** Something the user should know that did not stop a document being read (a guessed encoding, say). */
    void notice(String input, long line, String message);
}
