package orbit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.core.Document;
import orbit.core.Event;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orbit code}: codes every stored document not coded yet, on all cores. Each batch's events
 * are stored and its documents marked coded in one transaction, so after a crash running it again
 * carries on with the first uncoded document and stores nothing twice.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code every ingested document not coded yet into events in the store (see `orbit ingest`).",
            "Resumes after an interruption without duplicates."})
final class CodeCommand implements Callable<Integer> {

    @Option(names = "--batch", paramLabel = "N", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batch = 64;

    @Option(names = "--threads", paramLabel = "N", description = "Documents coded at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    StoreOption store;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    /** What {@code orbit code} did, for the summary line. */
    record Totals(long documents, long sentences, long events, long added, long skippedSentences, long failed) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore s = store.open()) {
            long total = s.documents().countUncoded();
            if (total == 0) {
                out.printf("no documents to code in %s (ingest some with `orbit ingest PATH`)%n", store.path());
                out.flush();
                return Orbit.OK;
            }
            Totals t = code(s, coderOptions.coder(), err, total);
            out.printf("documents coded %d, sentences %d, events %d (%d new), sentences too long to parse %d, documents failed %d into %s%n",
                    t.documents(), t.sentences(), t.events(), t.added(), t.skippedSentences(), t.failed(), store.path());
            out.flush();
            return t.failed() > 0 ? Orbit.FAILURE : Orbit.OK;
        }
    }

    Totals code(EventStore s, EventCoder coder, PrintWriter err, long total) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        long documents = 0;
        long sentences = 0;
        long events = 0;
        long added = 0;
        long skipped = 0;
        long failed = 0;
        try (ProgressBar bar = new ProgressBar(err, ProgressBar.terminal())) {
            while (true) {
                List<Document> docs = s.documents().uncoded(Math.max(1, batch));
                if (docs.isEmpty()) {
                    break;
                }
                List<Future<EventCoder.Result>> futures = new ArrayList<>();
                for (Document d : docs) {
                    futures.add(pool.submit(() -> coder.code(d.id(), d.published() == null ? java.time.LocalDate.now() : d.published(), d.text())));
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
                            if (coderOptions.keep(e)) {
                                batchEvents.add(withUrl(e.event(), d));
                            }
                        }
                        if (!r.skipped().isEmpty()) {
                            err.printf("orbit: note: %s: sentence(s) %s have more than %d words and were not coded%n", d.id(),
                                    r.skipped(), orbit.coder.Parser.MAX_TOKENS);
                        }
                    } catch (ExecutionException e) {
                        failed++;
                        err.printf("orbit: %s (%s) could not be coded: %s; it is marked coded with no events%n", d.id(), d.origin(),
                                e.getCause());
                    }
                }
                events += batchEvents.size();
                added += s.addCoded(batchEvents, ids);
                documents += docs.size();
                bar.count("coding", documents, total, "documents");
            }
        } finally {
            pool.shutdownNow();
        }
        return new Totals(documents, sentences, events, added, skipped, failed);
    }

    private static Event withUrl(Event e, Document d) {
        String url = d.url() == null ? "" : d.url();
        orbit.core.Evidence v = e.evidence();
        orbit.core.Evidence with = new orbit.core.Evidence(v.doc(), v.sentence(), v.text(), v.trigger(), v.pattern(), v.confidence(),
                v.flags(), url, v.added(), v.origin());
        return new Event(e.id(), e.dataset(), e.date(), e.source(), e.target(), e.cameo(), e.quadClass(), e.goldstein(), e.plover(),
                e.mode(), e.coverage(), e.sourcePlace(), e.targetPlace(), e.actionPlace(), with);
    }
}
