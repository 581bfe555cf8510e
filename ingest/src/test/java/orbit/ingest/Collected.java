package orbit.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import orbit.core.Document;

/** A sink that keeps what it is given, for tests; reads paths with {@link Ingest#read}. */
final class Collected implements DocumentSink {
    final List<Document> documents = new ArrayList<>();
    final List<IngestMessage> rejects = new ArrayList<>();
    final List<IngestMessage> notices = new ArrayList<>();
    int inputs;

    static Collected read(Path... paths) {
        Collected c = new Collected();
        c.inputs = Ingest.read(Arrays.asList(paths), c, IngestOptions.Progress.NONE);
        return c;
    }

    Document only() {
        if (documents.size() != 1) {
            throw new AssertionError("expected one document, got " + documents.size() + "; rejects " + rejects);
        }
        return documents.get(0);
    }

    IngestMessage onlyReject() {
        if (rejects.size() != 1) {
            throw new AssertionError("expected one reject, got " + rejects);
        }
        return rejects.get(0);
    }

    @Override
    public void accept(Document document) {
        documents.add(document);
    }

    @Override
    public void reject(String input, long line, String reason) {
        rejects.add(new IngestMessage(input, line, reason));
    }

    @Override
    public void notice(String input, long line, String message) {
        notices.add(new IngestMessage(input, line, message));
    }
}
