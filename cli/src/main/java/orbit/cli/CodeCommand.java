package orbit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orbit code}: codes every stored document not coded yet, on all cores; see
 * {@link DocumentCoding} for how an interrupted run resumes without duplicates.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code every ingested document not coded yet into events in the store (see `orbit ingest`).",
            "Resumes after an interruption without duplicates."})
final class CodeCommand implements Callable<Integer> {

    @Option(names = "--batch", paramLabel = "N", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batch = 256;

    @Mixin
    ThreadsOption threads;

    @Mixin
    StoreOption store;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore s = store.open()) {
            if (s.documents().countUncoded() == 0) {
                out.printf("no documents to code in %s (ingest some with `orbit ingest PATH`)%n", store.path());
                out.flush();
                return Orbit.OK;
            }
            DocumentCoding.Totals t = new DocumentCoding(coderOptions, threads.threads(), batch).run(s, err);
            out.println(t.summary(store.path()));
            out.flush();
            return t.failed() > 0 ? Orbit.FAILURE : Orbit.OK;
        }
    }
}
