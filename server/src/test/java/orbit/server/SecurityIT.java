package orbit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import orbit.core.OrbitException;
import orbit.store.EventQuery;
import orbit.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's guards, each tried against the real server: binding, the token, cross-origin
 * writes, the body limit, path traversal in static files, and SQL in parameters.
 */
class SecurityIT {
    @TempDir
    Path dir;

    private static final String TOKEN = "s3cret-token-for-tests";

    /** Writes never reach the coder in these tests: a body the API rejects after authorising it is enough. */
    private static ServerConfig config(Path db) {
        return ServerConfig.local(db, 0).withCoder(() -> {
            throw new AssertionError("the coder must not be needed");
        });
    }

    @Test
    void bindingBeyondLoopbackWithoutATokenIsRefused() {
        Path db = TestServer.sampleStore(dir);
        assertThatThrownBy(() -> OrbitServer.start(config(db).withHost("0.0.0.0")))
                .isInstanceOf(OrbitException.class).hasMessageContaining("--token").hasMessageContaining("0.0.0.0");
    }

    @Test
    void aStoreThatDoesNotExistIsNotServedNorMade() {
        Path missing = dir.resolve("missing.duckdb");
        assertThatThrownBy(() -> OrbitServer.start(config(missing))).isInstanceOf(OrbitException.class)
                .hasMessageContaining("there is no store at");
        assertThat(missing).doesNotExist();
    }

    @Test
    void theDefaultBindIsLoopback() {
        assertThat(ServerConfig.local(Path.of("x.duckdb"), 0).host()).isEqualTo("127.0.0.1");
        assertThat(new ServerConfig(Path.of("x.duckdb"), null, 0, null, 1, 1, () -> null).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void withATokenOnLoopbackReadsAreOpenAndWritesNeedTheExactToken() {
        try (TestServer s = TestServer.start(config(TestServer.sampleStore(dir)).withToken(TOKEN))) {
            assertThat(s.get("/api/stats").status()).isEqualTo(200);
            assertThat(s.post("/api/documents", "text/plain", "").status()).isEqualTo(401);
            assertThat(s.post("/api/documents", "text/plain", "", "Authorization", "Bearer wrong").json().get("details").get(0)
                    .get("reason").asText()).isEqualTo("the token is wrong");
            assertThat(s.post("/api/documents", "text/plain", "", "Authorization", "Bearer " + TOKEN.substring(0, 10)).status())
                    .isEqualTo(401);
            assertThat(s.post("/api/documents", "text/plain", "", "Authorization", "Bearer " + TOKEN + "x").status()).isEqualTo(401);
            assertThat(s.post("/api/documents", "text/plain", "", "Authorization", TOKEN).status()).isEqualTo(401);
            // with the token the request passes the guard and fails on its (empty) text instead
            TestServer.Response ok = s.post("/api/documents", "text/plain", "", "Authorization", "Bearer " + TOKEN);
            assertThat(ok.status()).isEqualTo(400);
            assertThat(ok.json().get("details").get(0).get("field").asText()).isEqualTo("text");
        }
    }

    @Test
    void offLoopbackEveryApiReadNeedsTheTokenButTheDescriptionDoesNot() {
        try (TestServer s = TestServer.start(config(TestServer.sampleStore(dir)).withHost("0.0.0.0").withToken(TOKEN))) {
            TestServer.Response denied = s.get("/api/stats");
            assertThat(denied.status()).isEqualTo(401);
            assertThat(denied.json().get("type").asText()).isEqualTo("/api/errors/unauthorized");
            assertThat(s.get("/api/stats", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(200);
            assertThat(s.get("/api/openapi.json").status()).isEqualTo(200);
        }
    }

    @Test
    void aWriteFromAPageOfAnotherOriginIsRefusedEvenOnLoopback() {
        try (TestServer s = TestServer.onSamples(dir)) {
            TestServer.Response r = s.post("/api/documents", "text/plain", "Armenia and France signed an accord.", "Origin",
                    "http://evil.example");
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("details").get(0).get("field").asText()).isEqualTo("origin");
            TestServer.Response same = s.post("/api/documents", "text/plain", "", "Origin", s.base());
            assertThat(same.status()).as("a same-origin write passes the guard, then fails on its empty text").isEqualTo(400);
        }
        try (EventStore store = EventStore.open(dir.resolve("api.duckdb"))) {
            assertThat(store.documents().count()).isZero();
        }
    }

    @Test
    void aBodyOverTheLimitGets413AndStoresNothing() {
        Path db = TestServer.sampleStore(dir);
        try (TestServer s = TestServer.start(config(db).withMaxBody(64 * 1024))) {
            String big = "Armenia signed an agreement with France. ".repeat(4000);
            TestServer.Response r = s.post("/api/documents", "text/plain", big);
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("type").asText()).isEqualTo("/api/errors/too-large");
            assertThat(s.get("/api/stats").json().get("documents").asLong()).isZero();
        }
    }

    @Test
    void staticFilesCannotBeReachedOutsideTheirFolder() throws IOException {
        try (TestServer s = TestServer.onSamples(dir)) {
            // the static folders are served, so the attempts below go through their handlers
            assertThat(raw(s.server.port(), "/app.js")).startsWith("HTTP/1.1 200");
            assertThat(raw(s.server.port(), "/webjars/echarts/5.3.1/dist/echarts.min.js")).startsWith("HTTP/1.1 200");
            for (String path : List.of("/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml", "/webjars/../../../../etc/passwd",
                    "/webjars/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/../orbit/server/OrbitServer.class", "/%2e%2e/swagger/init.js",
                    "/..\\..\\etc\\passwd", "/api/docs/../../etc/passwd")) {
                String response = raw(s.server.port(), path);
                String status = response.substring(0, response.indexOf("\r\n"));
                assertThat(status).as(path).doesNotContain(" 200 ");
                assertThat(response).as(path).doesNotContain("root:x:").doesNotContain("<modelVersion>").doesNotContain("SwaggerUIBundle");
            }
        }
    }

    @Test
    void pagesAllowScriptsFromTheServerOnlyAndCannotBeFramed() {
        try (TestServer s = TestServer.onSamples(dir)) {
            var r = s.http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).join();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                    .doesNotContain("script-src");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.body()).doesNotContain("http://").doesNotContain("https://");
        }
    }

    @Test
    void sqlInParametersIsDataNeverCode() {
        try (TestServer s = TestServer.onSamples(dir)) {
            long before = s.get("/api/stats").json().get("events").asLong();
            assertThat(s.get("/api/events?actor=ARM'%20OR%20'1'='1").status()).isEqualTo(400);
            assertThat(s.get("/api/documents/x';%20DROP%20TABLE%20events;--").status()).isEqualTo(404);
            assertThat(s.get("/api/events/x'%20OR%201=1--").status()).isEqualTo(404);
            TestServer.Response ind = s.get("/api/indicators?entity=ARM&indicator=x'%20OR%201=1%20--");
            assertThat(ind.status()).isEqualTo(200);
            assertThat(ind.json().get("indicators")).isEmpty();
            assertThat(s.get("/api/stats").json().get("events").asLong()).isEqualTo(before).isEqualTo(200);
        }
        try (EventStore store = EventStore.open(dir.resolve("api.duckdb"))) {
            assertThat(store.count(EventQuery.all())).isEqualTo(200);
        }
    }

    /** Sends a request line as written, unnormalised, and returns the whole response. */
    private static String raw(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
