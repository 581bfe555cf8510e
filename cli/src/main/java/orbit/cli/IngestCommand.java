package orbit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.ingest.Ingest;
import orbit.ingest.IngestMessage;
import orbit.ingest.IngestOptions;
import orbit.ingest.IngestReport;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read documents into the store, to be coded: plain text, HTML, JSONL, RSS and Atom feeds, "
            + "folders (recursively), .zip and .gz archives.",
            "Each text is stored once: ingesting it again, from the same file or another, adds nothing.",
            "A document that cannot be read is reported with its file (and line) and skipped; the others are stored.",
            "Exit code 2 when any document or path was rejected. Formats, ids and bad input: docs/ingest.md."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or archives of documents.")
    List<Path> paths;

    /** Messages printed of each kind; the rest are counted. */
    private static final int SHOWN = 50;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestReport report;
        try (EventStore s = store.open()) {
            report = ingest(s, paths, err);
        }
        printMessages(err, report);
        out.printf("documents read %d, stored %d, already present %d, rejected %d into %s%n", report.read(), report.stored(),
                report.alreadyPresent(), report.rejected(), store.path());
        out.flush();
        err.flush();
        return report.clean() ? Orbit.OK : Orbit.BAD_INPUT;
    }

    /** Ingests {@code paths} into {@code store} with a progress bar in files on {@code err} (on a terminal). */
    static IngestReport ingest(EventStore store, List<Path> paths, PrintWriter err) {
        try (ProgressBar bar = new ProgressBar(err, ProgressBar.terminal())) {
            return Ingest.run(store.documents(), paths,
                    new IngestOptions((input, done, total) -> bar.count(input, done, total, "files"), IngestOptions.DEFAULT_BATCH));
        }
    }

    /** Prints an ingest's notices and rejects, the first {@value #SHOWN} of each, then how many more there were. */
    static void printMessages(PrintWriter err, IngestReport report) {
        print(err, "orbit: note: ", report.notices(), report.notices().size(), "notices");
        print(err, "orbit: ", report.rejects(), report.rejected(), "rejected documents");
    }

    private static void print(PrintWriter err, String prefix, List<IngestMessage> messages, long total, String what) {
        messages.stream().limit(SHOWN).forEach(m -> err.println(prefix + m.message()));
        if (total > SHOWN) {
            err.printf("orbit: %d more %s%n", total - SHOWN, what);
        }
    }
}
