package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import orbit.store.EventQuery;
import orbit.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's {@code orbit serve} and {@code orbit demo}, run as a user runs them (a separate
 * JVM from target/orbit-cli.jar): they print the dashboard's URL, answer on it, and stop cleanly on
 * SIGTERM, leaving the store readable.
 */
class ServeIT {
    @TempDir
    Path dir;

    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private static Process launch(String... args) throws IOException {
        Path jar = Path.of("target", "orbit-cli.jar").toAbsolutePath();
        assertThat(jar).as("the distribution, built by mvn package").isRegularFile();
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dorbit.home=" + Path.of("..").toAbsolutePath().normalize(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the process's output until it prints the URL it serves. */
    private static String awaitUrl(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = URL.matcher(line);
            if (line.startsWith("orbit: serving") && m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the server never printed its URL; output was:\n" + seen);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
    }

    @Test
    void serveAnswersOnTheUrlItPrintsAndStopsCleanly() throws Exception {
        Path db = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.importFiles(List.of(Path.of("..", "samples", "events", "armenia-2018-2025.jsonl")), orbit.store.ImportOptions.defaults());
        }
        // the API promises the field names of the CLI's --format json: read the CLI first (the server locks the store)
        Map<String, String> commands = Map.of(
                "api/dyads/ARM/RUS?by=year", "dyad ARM RUS --by year",
                "api/entities/ARM/partners?by=year", "partners ARM --by year",
                "api/entities/ARM/alignment?poles=RUS,EU&by=year", "alignment ARM --poles RUS,EU --by year");
        Map<String, JsonNode> cli = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> c : commands.entrySet()) {
            List<String> args = new java.util.ArrayList<>(List.of(c.getValue().split(" ")));
            args.addAll(List.of("--format", "json", "--db", db.toString()));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            cli.put(c.getKey(), JSON.readTree(r.out()));
        }
        Process p = launch("serve", "--db", db.toString(), "--port", "0");
        try {
            String url = awaitUrl(p);
            for (Map.Entry<String, JsonNode> c : cli.entrySet()) {
                JsonNode api = JSON.readTree(get(url + c.getKey()).body()).get("periods");
                JsonNode rows = c.getValue().get("rows");
                assertThat(api.size()).as(c.getKey()).isEqualTo(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    JsonNode row = rows.get(i);
                    JsonNode period = api.get(i);
                    for (java.util.Iterator<String> it = row.fieldNames(); it.hasNext();) {
                        String field = it.next();
                        JsonNode apiValue = period.has(field) ? period.get(field) : period.path("channels").get(field);
                        assertThat(apiValue).as("%s: the CLI's field %s", c.getKey(), field).isNotNull();
                        if (row.get(field).isNumber()) {
                            assertThat(apiValue.asDouble()).as("%s %s %s", c.getKey(), row.get("period"), field)
                                    .isCloseTo(row.get(field).asDouble(), org.assertj.core.data.Offset.offset(1e-9));
                        }
                    }
                }
            }
            HttpResponse<String> stats = get(url + "api/stats");
            assertThat(stats.statusCode()).isEqualTo(200);
            assertThat(stats.body()).contains("\"events\":200");
            HttpResponse<String> page = get(url);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        } finally {
            stop(p);
        }
        try (EventStore s = EventStore.open(db)) {
            assertThat(s.count(EventQuery.all())).isEqualTo(200);
        }
    }

    @Test
    void demoCodesTheSamplesThenServesTheDashboardOverThem() throws Exception {
        Path db = dir.resolve("demo.duckdb");
        Process p = launch("demo", "--db", db.toString(), "--port", "0", "--threads", "2");
        try {
            String url = awaitUrl(p);
            HttpResponse<String> dyad = get(url + "api/dyads/ARM/RUS?by=year");
            assertThat(dyad.statusCode()).isEqualTo(200);
            assertThat(dyad.body()).contains("\"period\":\"2023\"");
            HttpResponse<String> docs = get(url + "api/documents?limit=1");
            assertThat(docs.body()).contains("\"total\":252");
        } finally {
            stop(p);
        }
    }
}
