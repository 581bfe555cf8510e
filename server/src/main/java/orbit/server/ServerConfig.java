package orbit.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import orbit.coder.EventCoder;
import orbit.core.OrbitException;

/**
 * How to serve a store.
 *
 * @param store     the DuckDB store to serve (opened for reading and, through POST /api/documents, writing)
 * @param host      the address to bind; 127.0.0.1 unless the server is meant to be reached from other machines
 * @param port      the port, 0 for any free one
 * @param token     the API token; required when {@code host} is not a loopback address, else optional
 *                  (when set, writes need it even on loopback); null for none
 * @param maxBody   the largest request body accepted, in bytes
 * @param readers   connections serving reads at once (requests beyond wait for one)
 * @param coder     makes the coder for POST /api/documents; called once, on the first POST, because
 *                  loading the parser's models takes seconds
 * @param cacheBytes the most bytes of read answers kept until the store changes; 0 computes every request
 */
public record ServerConfig(Path store, String host, int port, String token, long maxBody, int readers, Supplier<EventCoder> coder,
        long cacheBytes) {
    /** The default port, as in {@code orbit serve}. */
    public static final int DEFAULT_PORT = 7070;
    /** The default largest body: 1 MiB, room for a long article. */
    public static final long DEFAULT_MAX_BODY = 1 << 20;
    /** The default answer cache: 64 MiB, thousands of series. */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    public ServerConfig {
        Objects.requireNonNull(store, "store");
        host = host == null || host.isBlank() ? "127.0.0.1" : host.strip();
        if (port < 0 || port > 65_535) {
            throw OrbitException.user("--port %d is not a port; use 1 to 65535, or 0 for any free one", port);
        }
        token = token == null || token.isBlank() ? null : token;
        if (maxBody < 1) {
            throw OrbitException.user("the body limit %d must be positive", maxBody);
        }
        readers = Math.max(1, readers);
        Objects.requireNonNull(coder, "coder");
        cacheBytes = Math.max(0, cacheBytes);
    }

    /** As the canonical constructor, with the default answer cache. */
    public ServerConfig(Path store, String host, int port, String token, long maxBody, int readers, Supplier<EventCoder> coder) {
        this(store, host, port, token, maxBody, readers, coder, DEFAULT_CACHE_BYTES);
    }

    /** Serving {@code store} on 127.0.0.1:{@code port} with the standard coder and no token. */
    public static ServerConfig local(Path store, int port) {
        return new ServerConfig(store, "127.0.0.1", port, null, DEFAULT_MAX_BODY, defaultReaders(),
                () -> EventCoder.standard(orbit.core.Ontology.standard(), java.util.List.of(), java.util.List.of()));
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(store, host, port, t, maxBody, readers, coder, cacheBytes);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(store, h, port, token, maxBody, readers, coder, cacheBytes);
    }

    public ServerConfig withCoder(Supplier<EventCoder> c) {
        return new ServerConfig(store, host, port, token, maxBody, readers, c, cacheBytes);
    }

    public ServerConfig withMaxBody(long bytes) {
        return new ServerConfig(store, host, port, token, bytes, readers, coder, cacheBytes);
    }

    public ServerConfig withCache(long bytes) {
        return new ServerConfig(store, host, port, token, maxBody, readers, coder, bytes);
    }

    /** Two connections per core, at least 4: DuckDB runs each query on several threads already. */
    public static int defaultReaders() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }
}
