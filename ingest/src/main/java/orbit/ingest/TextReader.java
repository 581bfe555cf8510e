package orbit.ingest;

import java.io.IOException;

/**
 * A plain text file is one document. Its id and origin are the file's name; its title is its first
 * line when that is short (at most {@value #MAX_TITLE} characters), as in a saved article whose
 * headline comes first; the title stays in the text too.
 */
final class TextReader implements DocumentReader {
    static final int MAX_TITLE = 150;

    @Override
    public void read(Input input, DocumentSink sink) throws IOException {
        TextDecoding.Decoded d = TextDecoding.decode(input.readAll(), false);
        if (d.notice() != null) {
            sink.notice(input.name(), 0, d.notice());
        }
        String text = orbit.core.Document.normalize(d.text());
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        String title = first.length() <= MAX_TITLE ? first : null;
        sink.accept(DocumentReader.document(input.name(), null, title, null, null, text, input.name()));
    }
}
