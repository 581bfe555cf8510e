package orbit.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A separate JVM that imports files into a store and reports progress on stdout, so that a test
 * can kill it with SIGKILL in the middle of an import. Arguments: STORE FILE...
 */
public final class ImportProcess {
    private ImportProcess() {}

    public static void main(String[] args) {
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            for (int i = 1; i < args.length; i++) {
                Path file = Path.of(args[i]);
                ImportReport r = store.importFiles(List.of(file), new ImportOptions(null, null, (f, done, total) -> {
                    System.out.println("progress " + f + " " + done + " " + total);
                    System.out.flush();
                }));
                System.out.println("done " + file + " " + r.imported());
                System.out.flush();
            }
        }
    }
}
