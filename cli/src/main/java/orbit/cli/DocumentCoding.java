package orbit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.coder.Parser;
import orbit.core.Document;
import orbit.core.Event;
import orbit.core.Evidence;
import orbit.store.EventStore;

/**
 * Codes every stored document not coded yet, on a pool of threads, as {@code orbit code} and
 * {@code orbit demo} do. Each batch's events are stored and its documents marked coded in one
 * transaction, so after a crash running it again carries on with the first uncoded document and
 * stores nothing twice. The coder (and CoreNLP's models, seconds to load) is only made when there
 * is something to code. Not thread-safe: one run at a time per store.
 */
final class DocumentCoding {
    private final CoderOptions options;
    private final int threads;
    private final int batch;

    /**
     * @param options the dictionaries to code with and which flagged events to keep
     * @param threads documents coded at once
     * @param batch   documents per transaction
     */
    DocumentCoding(CoderOptions options, int threads, int batch) {
        this.options = options;
        this.threads = Math.max(1, threads);
        this.batch = Math.max(1, batch);
    }

    /** What a run did. */
    record Totals(long documents, long sentences, long events, long added, long skippedSentences, long failed) {
        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0);

        /** The summary line both commands print. */
        String summary(Path store) {
            return String.format("documents coded %d, sentences %d, events %d (%d new), sentences too long to parse %d, "
                    + "documents failed %d into %s", documents, sentences, events, added, skippedSentences, failed, store);
        }
    }

    /**
     * Codes the uncoded documents of {@code store}, drawing a progress bar and writing notes and
     * per-document failures to {@code err}. A document the coder fails on is marked coded with no
     * events and counted in {@link Totals#failed()}.
     */
    Totals run(EventStore store, PrintWriter err) throws InterruptedException {
        long total = store.documents().countUncoded();
        if (total == 0) {
            return Totals.NONE;
        }
        EventCoder coder = options.coder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long documents = 0;
        long sentences = 0;
        long events = 0;
        long added = 0;
        long skipped = 0;
        long failed = 0;
        try (ProgressBar bar = new ProgressBar(err, ProgressBar.terminal())) {
            while (true) {
                List<Document> docs = store.documents().uncoded(batch);
                if (docs.isEmpty()) {
                    break;
                }
                List<Future<EventCoder.Result>> futures = new ArrayList<>();
                for (Document d : docs) {
                    LocalDate published = d.published() == null ? LocalDate.now() : d.published();
                    futures.add(pool.submit(() -> coder.code(d.id(), published, d.text())));
                }
                List<Event> batchEvents = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < docs.size(); i++) {
                    Document d = docs.get(i);
                    ids.add(d.id());
                    try {
                        EventCoder.Result r = futures.get(i).get();
                        sentences += r.sentences();
                        skipped += r.skipped().size();
                        for (CodedEvent e : r.events()) {
                            if (options.keep(e)) {
                                batchEvents.add(withUrl(e.event(), d));
                            }
                        }
                        if (!r.skipped().isEmpty()) {
                            err.printf("orbit: note: %s: sentence(s) %s have more than %d words and were not coded%n", d.id(),
                                    r.skipped(), Parser.MAX_TOKENS);
                        }
                    } catch (ExecutionException e) {
                        failed++;
                        err.printf("orbit: %s (%s) could not be coded: %s; it is marked coded with no events%n", d.id(), d.origin(),
                                e.getCause());
                    }
                }
                events += batchEvents.size();
                added += store.addCoded(batchEvents, ids);
                documents += docs.size();
                bar.count("coding", documents, total, "documents");
            }
        } finally {
            pool.shutdownNow();
        }
        err.flush();
        return new Totals(documents, sentences, events, added, skipped, failed);
    }

    private static Event withUrl(Event e, Document d) {
        String url = d.url() == null ? "" : d.url();
        Evidence v = e.evidence();
        Evidence with = new Evidence(v.doc(), v.sentence(), v.text(), v.trigger(), v.pattern(), v.confidence(), v.flags(), url,
                v.added(), v.origin());
        return new Event(e.id(), e.dataset(), e.date(), e.source(), e.target(), e.cameo(), e.quadClass(), e.goldstein(), e.plover(),
                e.mode(), e.coverage(), e.sourcePlace(), e.targetPlace(), e.actionPlace(), with);
    }
}
