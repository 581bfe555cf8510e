package orbit.cli;

import java.nio.file.Path;
import orbit.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that reads or writes the store shares. */
final class StoreOption {
    static final String DEFAULT = "orbit.duckdb";

    @Option(names = "--db", paramLabel = "PATH",
            description = "The store file (default: $ORBIT_DB, else ./" + DEFAULT + ").")
    Path db;

    Path path() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("ORBIT_DB");
        return Path.of(env == null || env.isBlank() ? DEFAULT : env);
    }

    EventStore open() {
        return EventStore.open(path());
    }
}
