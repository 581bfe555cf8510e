package orbit.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import orbit.store.EventStore;

/**
 * A separate JVM that ingests paths into a store and reports progress on stdout, so that a test
 * can kill it with SIGKILL in the middle of an ingest. Arguments: STORE BATCH_SIZE PATH...
 */
public final class IngestProcess {
    private IngestProcess() {}

    public static void main(String[] args) {
        List<Path> paths = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            IngestReport r = Ingest.run(store.documents(), paths, new IngestOptions((input, done, total) -> {
                System.out.println("progress " + done + " " + total);
                System.out.flush();
            }, Integer.parseInt(args[1])));
            System.out.println("done " + r.stored());
        }
    }
}
