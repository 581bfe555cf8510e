package orbit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import orbit.server.OrbitServer;
import orbit.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbit serve}: the REST API and dashboard over a store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: the dashboard at /, the REST API under /api (described at /api/openapi.json,",
            "browsable at /api/docs). Runs until stopped (Ctrl-C). Binds 127.0.0.1 unless --bind says otherwise; any",
            "other address needs a token (--token or ORBIT_TOKEN), which clients send as Authorization: Bearer TOKEN."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServeOptions serve;

    @Mixin
    CoderOptions coderOptions;

    @Override
    public Integer call() throws InterruptedException {
        run(serve.config(store.path(), coderOptions), spec.commandLine().getOut(), spec.commandLine().getErr());
        return Orbit.OK;
    }

    /** Starts the server, prints where it is, and blocks until the process is stopped. */
    static void run(ServerConfig config, PrintWriter out, PrintWriter err) throws InterruptedException {
        OrbitServer server = OrbitServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "orbit-serve-stop"));
        out.printf("orbit: serving %s at %s (API: %sapi/docs); Ctrl-C stops%n", config.store(), server.url(), server.url());
        out.flush();
        if (config.token() == null) {
            err.println("orbit: no token set: reads and writes are open to programs on this machine (set --token to guard writes)");
            err.flush();
        }
        stopped.await();
    }

    /** The options of serving, shared with {@code orbit demo}. */
    static final class ServeOptions {
        @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 for any free one).")
        int port;

        @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
                description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only).")
        String bind;

        @Option(names = "--token", paramLabel = "TOKEN", description = "API token (default: $ORBIT_TOKEN); required to bind other than loopback.")
        String token;

        @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "64",
                description = "Read answers kept until the store changes (default ${DEFAULT-VALUE} MB; 0 computes every request).")
        long cacheMb;

        ServerConfig config(Path db, CoderOptions coder) {
            String t = token != null ? token : System.getenv("ORBIT_TOKEN");
            if (cacheMb < 0) {
                throw orbit.core.OrbitException.user("--cache-mb %d is negative; use 0 to keep no answers", cacheMb);
            }
            return new ServerConfig(db, bind, port, t, ServerConfig.DEFAULT_MAX_BODY, ServerConfig.defaultReaders(), coder::coder,
                    cacheMb << 20);
        }
    }
}
