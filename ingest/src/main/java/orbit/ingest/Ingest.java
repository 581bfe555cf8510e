package orbit.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import orbit.core.Document;
import orbit.store.DocumentStore;

/**
 * Reads documents from files, folders and archives, and stores each distinct text once.
 *
 * <p>Guarantees: documents are stored in batches of {@link IngestOptions#batchSize()}, each in one
 * transaction, so a crash (even kill -9) leaves every earlier batch stored and nothing of the one
 * in hand, and running the same ingest again stores what is missing and reports the rest as
 * already present. A document or input that cannot be read is rejected with a message naming it
 * (and the line, for JSONL) and what to do, and the rest are still read. Not thread-safe: one
 * ingest at a time per store.
 */
public final class Ingest {
    private Ingest() {}

    /** Text held before a batch is stored early, whatever its count, to bound memory. */
    private static final long BATCH_CHARS = 16L * 1024 * 1024;

    /** Reads {@code paths} and stores their documents in {@code store}. */
    public static IngestReport run(DocumentStore store, List<Path> paths, IngestOptions options) {
        Storing sink = new Storing(store, options.batchSize());
        int inputs = read(paths, sink, options.progress());
        sink.flush();
        return new IngestReport(inputs, sink.read, sink.stored, sink.present, sink.rejected, sink.rejects, sink.notices);
    }

    /**
     * Reads {@code paths} into {@code sink} without storing anything: each path in the order given,
     * a folder's files and an archive's entries in sorted order.
     *
     * @return the number of inputs read
     */
    public static int read(List<Path> paths, DocumentSink sink, IngestOptions.Progress progress) {
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            Inputs.expand(p, inputs, sink);
        }
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            progress.update(in.name(), i, inputs.size());
            try {
                readOne(in, sink);
            } finally {
                if (in.archive() != null && (i + 1 == inputs.size() || inputs.get(i + 1).archive() != in.archive())) {
                    in.archive().close();
                }
            }
        }
        progress.update("", inputs.size(), inputs.size());
        return inputs.size();
    }

    private static void readOne(Input in, DocumentSink sink) {
        try {
            byte[] head = in.head(8192);
            if (head.length == 0) {
                sink.reject(in.name(), 0, "is empty (0 bytes); there is nothing to ingest");
                return;
            }
            DocumentFormat.of(in.extension(), head).reader().read(in, sink);
        } catch (Unreadable e) {
            sink.reject(in.name(), 0, e.getMessage());
        } catch (EOFException | ZipException e) {
            sink.reject(in.name(), 0, "cannot be read to its end (" + Inputs.message(e) + "); the archive or compressed file is "
                    + "damaged or truncated: download it again" + partly(in));
        } catch (IOException e) {
            sink.reject(in.name(), 0, "cannot be read (" + Inputs.message(e) + "); check that it exists and its permissions"
                    + partly(in));
        } catch (RuntimeException e) {
            sink.reject(in.name(), 0, "could not be read because of a bug in Orbit (" + e + "); please report it with the file");
        }
    }

    private static String partly(Input in) {
        return in.extension().equals("jsonl") || in.extension().equals("ndjson") ? "; the lines before were read" : "";
    }

    /** Counts what is read and stores documents in batches. */
    private static final class Storing implements DocumentSink {
        final DocumentStore store;
        final int batchSize;
        final List<Document> batch = new ArrayList<>();
        final List<IngestMessage> rejects = new ArrayList<>();
        final List<IngestMessage> notices = new ArrayList<>();
        long batchChars;
        long read;
        long stored;
        long present;
        long rejected;

        Storing(DocumentStore store, int batchSize) {
            this.store = store;
            this.batchSize = batchSize;
        }

        @Override
        public void accept(Document document) {
            read++;
            batch.add(document);
            batchChars += document.text().length();
            if (batch.size() >= batchSize || batchChars >= BATCH_CHARS) {
                flush();
            }
        }

        @Override
        public void reject(String input, long line, String reason) {
            read++;
            rejected++;
            if (rejects.size() < IngestReport.KEPT) {
                rejects.add(new IngestMessage(input, line, reason));
            }
        }

        @Override
        public void notice(String input, long line, String message) {
            if (notices.size() < IngestReport.KEPT) {
                notices.add(new IngestMessage(input, line, message));
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            for (DocumentStore.Outcome o : store.add(batch)) {
                if (o.status() == DocumentStore.Status.STORED) {
                    stored++;
                    if (o.renamed()) {
                        notice(o.document().origin(), 0, "its id " + o.document().id() + " already names another text, so it was "
                                + "stored as " + o.storedId());
                    }
                } else {
                    present++;
                }
            }
            batch.clear();
            batchChars = 0;
        }
    }
}
