package orbit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import orbit.store.EventStore;
import orbit.store.ImportOptions;

/**
 * A real Orbit server on a random port over a real DuckDB store, for the API tests: the store holds
 * the repository's sample events (samples/events/armenia-2018-2025.jsonl), imported as a user
 * would. Closing it stops the server and deletes nothing the test did not make.
 */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A response: its status, content type and body (parsed when JSON). */
    record Response(int status, String contentType, String text) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType + "): " + text, e);
            }
        }
    }

    final Path store;
    final OrbitServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(Path store, OrbitServer server) {
        this.store = store;
        this.server = server;
    }

    /** The sample events file of the repository. */
    static Path sampleEvents() {
        Path p = Path.of("..", "samples", "events", "armenia-2018-2025.jsonl").toAbsolutePath().normalize();
        assertThat(p).as("the repository's sample events").isRegularFile();
        return p;
    }

    /** A store in {@code dir} holding the sample events. */
    static Path sampleStore(Path dir) {
        Path db = dir.resolve("api.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.importFiles(List.of(sampleEvents()), ImportOptions.defaults());
        }
        return db;
    }

    static TestServer start(ServerConfig config) {
        return new TestServer(config.store(), OrbitServer.start(config));
    }

    static TestServer onSamples(Path dir) {
        return start(ServerConfig.local(sampleStore(dir), 0));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), headers);
    }

    Response post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    Response send(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample events as the file gives them, one map per line. */
    static List<Map<String, Object>> sampleRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(sampleEvents())) {
                if (!line.isBlank()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = JSON.readValue(line, Map.class);
                    rows.add(m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Override
    public void close() {
        server.close();
    }
}
