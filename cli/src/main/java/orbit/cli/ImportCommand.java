package orbit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.core.OrbitException;
import orbit.store.EventFormat;
import orbit.store.EventStore;
import orbit.store.ImportOptions;
import orbit.store.ImportReport;
import orbit.store.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import event files into the store: GDELT 2.0 and 1.0 (plain, .gz or .zip), ICEWS, PLOVER and Orbit JSONL.",
            "Importing the same rows again adds nothing. Bad rows are reported with file and line and skipped;",
            "the good rows are imported. Exit code 2 when any row was rejected or a file could not be read."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (from content), gdelt2, gdelt1, icews, plover or orbit. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write every rejected row to FILE: file, line and reason, then the row as it was, tab-separated.")
    Path rejects;

    private static final int SHOWN_PER_FILE = 5;

    @Override
    public Integer call() {
        EventFormat fmt = format.equalsIgnoreCase("auto") ? null : EventFormat.named(format);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report;
        try (EventStore s = store.open(); RejectsFile rf = RejectsFile.open(rejects);
                ProgressBar bar = new ProgressBar(err, ProgressBar.terminal())) {
            report = s.importFiles(files, new ImportOptions(fmt, rf::write, bar::update));
        }
        for (ImportReport.FileReport f : report.files()) {
            if (f.unchanged()) {
                err.printf("orbit: %s: unchanged since an earlier import; its %d events are all stored%n", f.file(), f.rowsRead());
            }
            int shown = 0;
            for (Reject r : f.firstRejects()) {
                if (shown++ == SHOWN_PER_FILE) {
                    break;
                }
                err.println("orbit: " + r.message());
            }
            long more = f.rejected() - Math.min(f.rejected(), SHOWN_PER_FILE);
            if (more > 0) {
                err.printf("orbit: %s: %d more rejected rows%s%n", f.file(), more,
                        rejects == null ? "; write them all with --rejects FILE" : " in " + rejects);
            }
        }
        String row = "%-44s  %-7s  %10s  %10s  %10s  %10s%n";
        out.printf(row, "file", "format", "read", "imported", "present", "rejected");
        for (ImportReport.FileReport f : report.files()) {
            out.printf(row, cut(f.file()), f.format() == null ? "-" : f.format().id(), f.rowsRead(), f.imported(),
                    f.alreadyPresent(), f.failure() == null ? Long.toString(f.rejected()) : "failed");
        }
        out.printf("rows read %d, imported %d, already present %d, rejected %d%s into %s%n", report.rowsRead(),
                report.imported(), report.alreadyPresent(), report.rejected(),
                report.failed().isEmpty() ? "" : ", files failed " + report.failed().size(), store.path());
        out.flush();
        err.flush();
        return report.clean() ? Orbit.OK : Orbit.BAD_INPUT;
    }

    private static String cut(String file) {
        return file.length() <= 44 ? file : "…" + file.substring(file.length() - 43);
    }

    /** The --rejects file: TSV with a header, one rejected row per line. */
    static final class RejectsFile implements AutoCloseable {
        private final BufferedWriter w;

        private RejectsFile(BufferedWriter w) {
            this.w = w;
        }

        static RejectsFile open(Path path) {
            if (path == null) {
                return new RejectsFile(null);
            }
            try {
                BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                w.write("file\tline\treason\trow\n");
                return new RejectsFile(w);
            } catch (IOException e) {
                throw OrbitException.user("cannot write the rejects file %s: %s", path, e.getMessage());
            }
        }

        void write(Reject r) {
            if (w == null) {
                return;
            }
            try {
                w.write(clean(r.file()) + "\t" + r.line() + "\t" + clean(r.reason()) + "\t" + r.raw().replace('\n', ' ').replace('\r', ' ') + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String clean(String s) {
            return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }

        @Override
        public void close() {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
