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
import java.util.function.Predicate;
import java.util.function.Supplier;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.coder.Parser;
import orbit.core.Document;
import orbit.core.Event;
import orbit.store.EventStore;

/**
 * Codes every stored document not coded yet, on a pool of threads, as {@code orbit code} and
 * {@code orbit demo} do. Each batch's events are stored and its documents marked coded in one
 * transaction, so after a crash running it again carries on with the first uncoded document and
 * stores nothing twice. The coder (and CoreNLP's models, seconds to load) is only made when there
 * is something to code. Not thread-safe: one run at a time per store. Public so that the coder
 * benchmark times this very loop.
 */
public final class DocumentCoding {
    private final Supplier<EventCoder> coder;
    private final Predicate<CodedEvent> keep;
    private final int threads;
    private final ExecutorService sharedPool;
    private final int batch;

    /**
     * @param options the dictionaries to code with and which flagged events to keep
     * @param threads documents coded at once
     * @param batch   documents per transaction
     */
    DocumentCoding(CoderOptions options, int threads, int batch) {
        this(options::coder, options::keep, Math.max(1, threads), null, batch);
    }

    /**
     * Codes on a pool the caller owns and keeps warm across runs, as a benchmark that codes many
     * stores in one process does (each {@code orbit code} run makes its own pool once).
     *
     * @param coder the coder
     * @param keep  which coded events to store
     * @param pool  the threads documents are coded on
     * @param batch documents per transaction
     */
    public DocumentCoding(EventCoder coder, Predicate<CodedEvent> keep, ExecutorService pool, int batch) {
        this(() -> coder, keep, 0, pool, batch);
    }

    private DocumentCoding(Supplier<EventCoder> coder, Predicate<CodedEvent> keep, int threads, ExecutorService sharedPool, int batch) {
        this.coder = coder;
        this.keep = keep;
        this.threads = threads;
        this.sharedPool = sharedPool;
        this.batch = Math.max(1, batch);
    }

    /**
     * What a run did, and where its wall time went: reading uncoded documents, coding them (waiting
     * for the pool), and storing each batch's events and marks.
     */
    public record Totals(long documents, long sentences, long events, long added, long skippedSentences, long failed,
            long readNanos, long codingNanos, long storeNanos) {
        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0);

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
    public Totals run(EventStore store, PrintWriter err) throws InterruptedException {
        long total = store.documents().countUncoded();
        if (total == 0) {
            return Totals.NONE;
        }
        EventCoder coder = this.coder.get();
        ExecutorService pool = sharedPool != null ? sharedPool : Executors.newFixedThreadPool(threads);
        long documents = 0;
        long sentences = 0;
        long events = 0;
        long added = 0;
        long skipped = 0;
        long failed = 0;
        long[] nanos = new long[3];
        try (ProgressBar bar = new ProgressBar(err, ProgressBar.terminal())) {
            while (true) {
                long t0 = System.nanoTime();
                List<Document> docs = store.documents().uncoded(batch);
                long t1 = System.nanoTime();
                nanos[0] += t1 - t0;
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
                            if (keep.test(e)) {
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
                long t2 = System.nanoTime();
                nanos[1] += t2 - t1;
                events += batchEvents.size();
                added += store.addCoded(batchEvents, ids);
                nanos[2] += System.nanoTime() - t2;
                documents += docs.size();
                bar.count("coding", documents, total, "documents");
            }
        } finally {
            if (sharedPool == null) {
                pool.shutdownNow();
            }
        }
        err.flush();
        return new Totals(documents, sentences, events, added, skipped, failed, nanos[0], nanos[1], nanos[2]);
    }

    /** The event as stored: its evidence carries the document's URL. */
    public static Event withUrl(Event e, Document d) {
        return e.withUrl(d.url());
    }
}
