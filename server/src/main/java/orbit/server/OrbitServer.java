package orbit.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import orbit.core.OrbitException;
import orbit.store.EventStore;

import static orbit.server.Views.obj;

/**
 * Orbit's HTTP server: the REST API under {@code /api} (described at {@code /api/openapi.json},
 * browsable at {@code /api/docs}) and the dashboard at {@code /}, over one store.
 *
 * <p>Security: the server binds 127.0.0.1 unless told otherwise, and refuses to start on any other
 * address without a token. With a token, writes need it always and reads need it off loopback
 * ({@code Authorization: Bearer TOKEN}, compared in constant time). A write from a web page of
 * another origin is refused even on loopback, so a page in the user's browser cannot post to a
 * local server. Bodies are limited ({@link ServerConfig#maxBody()}); static files come from the
 * jar only, with Jetty's path normalisation, so {@code ..} cannot leave them; every query runs with
 * bound parameters (the store's and the analytics' SQL).
 *
 * <p>Thread-safe; reads run in parallel on {@link ServerConfig#readers()} connections, writes one at
 * a time.
 */
public final class OrbitServer implements AutoCloseable {
    private static final String JSON_PROBLEM = "application/problem+json";

    private final ServerConfig config;
    private final EventStore store;
    private final Sessions sessions;
    private final ResponseCache cache;
    private final ObjectMapper mapper;
    private final Javalin app;
    private final boolean loopback;
    private final byte[] tokenDigest;

    private OrbitServer(ServerConfig config, EventStore store) {
        this.config = config;
        this.store = store;
        this.loopback = isLoopback(config.host());
        this.tokenDigest = config.token() == null ? null : sha256(config.token());
        this.sessions = new Sessions(store, config.readers());
        this.cache = new ResponseCache(config.cacheBytes());
        Api api = new Api(sessions, store.ontology().cameo());
        Documents documents = new Documents(store, config.coder(), store.ontology().cameo(), cache::invalidate);
        List<Endpoint> endpoints = new ArrayList<>(api.endpoints());
        endpoints.add(Endpoint.post("/api/documents").tag("documents")
                .summary("Code a document (JSON, or plain text with its fields as query parameters) and store it with its events.")
                .param(Param.query("id", "string", "Plain text only: the document's id (default: api- and its content hash)."))
                .param(Param.query("title", "string", "Plain text only: its headline."))
                .param(Param.query("url", "string", "Plain text only: where it was published."))
                .param(Param.query("published", "date", "Plain text only: the day it was published (default: today), which dates its events."))
                .param(Param.query("source", "string", "Plain text only: its publisher."))
                .returns("CodedDocument")
                .handler(p -> {
                    boolean[] created = {false};
                    Map<String, Object> body = documents.add(documents.read(p.context()), created);
                    p.context().status(created[0] ? 201 : 200);
                    return body;
                }));
        Map<String, Object> description = OpenApi.describe(endpoints, version());
        this.mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = config.maxBody();
            c.jsonMapper(new JavalinJackson(mapper, false));
            if (OrbitServer.class.getResource("/web/index.html") != null) {
                c.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                    sf.headers = securityHeaders();
                });
            }
            c.staticFiles.enableWebjars();
            c.routes.before("/api/*", this::authorize);
            for (Endpoint e : endpoints) {
                if (e.method().equals("GET")) {
                    c.routes.get(e.path(), ctx -> answer(ctx, e));
                } else {
                    c.routes.post(e.path(), ctx -> answer(ctx, e));
                }
            }
            c.routes.get("/api/openapi.json", ctx -> ctx.json(description));
            String docsPage = resource("/swagger/index.html");
            String docsScript = resource("/swagger/init.js");
            c.routes.get("/api/docs", ctx -> page(ctx, docsPage, "text/html"));
            c.routes.get("/api/docs/init.js", ctx -> page(ctx, docsScript, "text/javascript"));
            c.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.status, e.type, e.getMessage(), e.details));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), type(e.getStatus()),
                    type(e.getStatus()).replace('-', ' '), List.of(new ApiException.FieldError("request", e.getMessage()
                            + (e.getStatus() == 404 ? "; the API is described at /api/openapi.json" : "")))));
            c.routes.exception(OrbitException.class, (e, ctx) -> {
                int status = e.kind() == OrbitException.ErrorKind.USER ? 400 : e.kind() == OrbitException.ErrorKind.EXTERNAL ? 503 : 500;
                problem(ctx, status, type(status), status == 400 ? "bad request" : status == 503 ? "store unavailable" : "internal error",
                        List.of(new ApiException.FieldError(status == 400 ? "request" : "server", e.getMessage())));
            });
            c.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "internal", "internal error",
                    List.of(new ApiException.FieldError("server", e.getClass().getSimpleName() + ": " + e.getMessage()))));
        });
    }

    /**
     * Opens the store and starts serving it. Fails with a USER error when the store file does not
     * exist (a server never makes an empty store), when the address is not loopback and no token
     * is set, or when the port is taken.
     */
    public static OrbitServer start(ServerConfig config) {
        if (!java.nio.file.Files.isRegularFile(config.store())) {
            throw OrbitException.user("there is no store at %s; make one with orbit import or orbit ingest and orbit code, "
                    + "or run ./orbit demo, which serves its own", config.store());
        }
        if (!isLoopback(config.host()) && config.token() == null) {
            throw OrbitException.user("binding %s serves the store beyond this machine; set a token with --token or ORBIT_TOKEN, "
                    + "or bind 127.0.0.1", config.host());
        }
        EventStore store = EventStore.open(config.store());
        OrbitServer server;
        try {
            server = new OrbitServer(config, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.close();
            String m = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
            if (m.toLowerCase(Locale.ROOT).contains("bind") || m.toLowerCase(Locale.ROOT).contains("in use")) {
                throw OrbitException.user("cannot listen on %s:%d: the port is in use; stop the other server or use --port", config.host(),
                        config.port());
            }
            throw OrbitException.external(e, "cannot start the server on %s:%d: %s", config.host(), config.port(), m);
        }
        return server;
    }

    /** The port listened on (the one chosen when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** The dashboard's address, as a browser on this machine reaches it. */
    public String url() {
        String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            sessions.close();
            store.close();
        }
    }

    /**
     * Answers a request: a read that answers JSON through the cache ({@link ResponseCache}), keyed by
     * its path and query; a write, or a read that streams a file, directly.
     */
    private void answer(Context ctx, Endpoint e) throws Exception {
        if (!e.method().equals("GET") || e.returns().equals("file")) {
            Object body = e.handler().handle(new Params(e, ctx));
            if (body != null) {
                ctx.json(body);
            }
            return;
        }
        String query = ctx.queryString();
        byte[] body = cache.get(ctx.path() + (query == null ? "" : "?" + query),
                () -> mapper.writeValueAsBytes(e.handler().handle(new Params(e, ctx))));
        ctx.contentType("application/json");
        ctx.result(body);
    }

    /** How many reads were answered from the cache (or by waiting for an identical one), and how many computed. */
    public long[] cacheCounts() {
        return new long[] {cache.hits(), cache.misses()};
    }

    /** Token and origin checks for /api; see the class comment. */
    private void authorize(Context ctx) {
        boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD") && !ctx.method().name().equals("OPTIONS");
        boolean open = ctx.path().equals("/api/openapi.json") || ctx.path().startsWith("/api/docs");
        if (write) {
            String origin = ctx.header("Origin");
            String host = ctx.header("Host");
            if (origin != null && (host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host)))) {
                throw ApiException.forbidden("origin", "writes from pages of another origin (" + origin + ") are refused");
            }
        }
        boolean needed = tokenDigest != null && (write || (!loopback && !open));
        if (!needed) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("send the server's token as Authorization: Bearer TOKEN");
        }
        if (!MessageDigest.isEqual(sha256(header.substring(7).strip()), tokenDigest)) {
            throw ApiException.unauthorized("the token is wrong");
        }
    }

    private static void problem(Context ctx, int status, String type, String title, List<ApiException.FieldError> details) {
        ctx.status(status);
        ctx.json(obj("title", title, "status", status, "type", "/api/errors/" + type,
                "details", details.stream().map(d -> obj("field", d.field(), "reason", d.reason())).toList()));
        ctx.contentType(JSON_PROBLEM);
    }

    private static String type(int status) {
        return switch (status) {
            case 400 -> "bad-parameter";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> "internal";
        };
    }

    /** A text resource of the server jar, read once at start-up. */
    private static String resource(String name) {
        try (InputStream in = OrbitServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(Context ctx, String text, String type) {
        ctx.contentType(type + "; charset=utf-8");
        securityHeaders().forEach(ctx::header);
        ctx.result(text);
    }

    /** Headers on every page: no sniffing, no framing, and scripts from this server only. */
    private static Map<String, String> securityHeaders() {
        return Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer",
                "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                        + "frame-ancestors 'none'");
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw OrbitException.user("--bind %s is not an address of this machine", host);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        String v = OrbitServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
