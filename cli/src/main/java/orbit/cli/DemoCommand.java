package orbit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import orbit.core.OrbitException;
import orbit.store.EventStore;
import orbit.store.ImportOptions;
import orbit.store.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job on the bundled samples: import the sample events under samples/events into a demo store",
            "and show what it holds. Safe to run again: nothing is stored twice."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "demo.duckdb",
            description = "The demo store (default: ./${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--samples", paramLabel = "DIR", description = "The samples folder (default: samples/ of the Orbit checkout).")
    Path samples;

    @Override
    public Integer call() throws IOException {
        Path dir = samplesDir().resolve("events");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw OrbitException.user("cannot list the sample events in %s: %s; run from the Orbit checkout or pass --samples",
                    dir, e.getMessage());
        }
        if (files.isEmpty()) {
            throw OrbitException.user("no sample event files (*.jsonl) in %s", dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = EventStore.open(db)) {
            ImportReport r = store.importFiles(files, ImportOptions.defaults());
            out.printf("demo: %d sample events read from %s: %d imported, %d already present, %d rejected, into %s%n%n",
                    r.rowsRead(), dir, r.imported(), r.alreadyPresent(), r.rejected(), db);
            StatsCommand.print(store.stats(10), out);
            if (!r.clean()) {
                r.files().forEach(f -> f.firstRejects().forEach(x -> spec.commandLine().getErr().println("orbit: " + x.message())));
                return Orbit.BAD_INPUT;
            }
        }
        out.printf("%nTry: ./orbit events --db %s --dyad ARM:RUS --both%n", db);
        out.flush();
        return Orbit.OK;
    }

    private Path samplesDir() {
        if (samples != null) {
            return samples;
        }
        String home = System.getProperty("orbit.home");
        return (home == null ? Path.of(".") : Path.of(home)).resolve("samples");
    }
}
