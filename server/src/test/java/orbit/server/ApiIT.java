package orbit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read API against the real server on a random port over a real store of the sample events.
 * Expected figures are read off samples/events/armenia-2018-2025.jsonl directly.
 */
class ApiIT {
    @TempDir
    static Path dir;

    static TestServer server;
    static List<Map<String, Object>> rows;

    @BeforeAll
    static void start() {
        server = TestServer.onSamples(dir);
        rows = TestServer.sampleRows();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static boolean between(Map<String, Object> r, String a, String b) {
        return (r.get("source_entity").equals(a) && r.get("target_entity").equals(b))
                || (r.get("source_entity").equals(b) && r.get("target_entity").equals(a));
    }

    private static int quad(Map<String, Object> r) {
        return ((Number) r.get("quad_class")).intValue();
    }

    @Test
    void dyadSeriesCountsEachYearsEventsAndNetCooperationAsTheFileGivesThem() {
        TreeMap<String, int[]> expected = new TreeMap<>();
        for (Map<String, Object> r : rows) {
            if (between(r, "ARM", "RUS")) {
                int[] c = expected.computeIfAbsent(((String) r.get("date")).substring(0, 4), k -> new int[2]);
                c[0]++;
                c[1] += quad(r) <= 2 ? 1 : -1;
            }
        }
        TestServer.Response res = server.get("/api/dyads/ARM/RUS?by=year");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.contentType()).startsWith("application/json");
        JsonNode body = res.json();
        assertThat(body.get("period").asText()).isEqualTo("year");
        TreeMap<String, int[]> actual = new TreeMap<>();
        for (JsonNode p : body.get("periods")) {
            if (p.get("events").asInt() > 0) {
                actual.put(p.get("period").asText(), new int[] {p.get("events").asInt(), p.get("netcoop").asInt()});
            }
            assertThat(p.get("end").asText()).isEqualTo(p.get("period").asText() + "-12-31");
        }
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((year, c) -> assertThat(actual.get(year)).as(year).containsExactly(c));
    }

    @Test
    void eventPagesConcatenateToTheDyadsEventsInDateAndIdOrder() {
        List<String> expected = rows.stream().filter(r -> between(r, "ARM", "RUS"))
                .sorted(Comparator.comparing((Map<String, Object> r) -> (String) r.get("date")).thenComparing(r -> "orbit:" + r.get("id")))
                .map(r -> "orbit:" + r.get("id")).toList();
        List<String> paged = new ArrayList<>();
        for (int offset = 0; ; offset += 7) {
            JsonNode page = server.get("/api/events?dyad=ARM:RUS&both=true&limit=7&offset=" + offset).json();
            assertThat(page.get("total").asLong()).isEqualTo(expected.size());
            if (page.get("events").isEmpty()) {
                break;
            }
            page.get("events").forEach(e -> paged.add(e.get("id").asText()));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void eventFiltersNarrowByRootQuadAndDates() {
        long expected = rows.stream().filter(r -> r.get("source_entity").equals("ARM") && quad(r) == 4
                && ((String) r.get("date")).compareTo("2021-01-01") >= 0).count();
        JsonNode page = server.get("/api/events?actor=ARM&quad=4&from=2021-01-01&limit=500").json();
        long armSource = 0;
        for (JsonNode e : page.get("events")) {
            assertThat(e.get("quad_class").asInt()).isEqualTo(4);
            assertThat(e.get("date").asText()).isGreaterThanOrEqualTo("2021-01-01");
            if (e.get("source").get("entity").asText().equals("ARM")) {
                armSource++;
            }
        }
        assertThat(armSource).isEqualTo(expected);
        JsonNode bad = server.get("/api/events?root=21,x,19&dyad=ARM").json();
        List<String> fields = new ArrayList<>();
        bad.get("details").forEach(d -> fields.add(d.get("field").asText()));
        assertThat(fields).containsExactly("root", "root", "dyad");
        assertThat(bad.get("details").get(0).get("reason").asText()).contains("'21' is not a CAMEO root");
    }

    @Test
    void exportStreamsEveryMatchingEventInTheChosenFormat() throws Exception {
        List<String> expected = rows.stream().filter(r -> between(r, "ARM", "RUS"))
                .sorted(Comparator.comparing((Map<String, Object> r) -> (String) r.get("date")).thenComparing(r -> "orbit:" + r.get("id")))
                .map(r -> "orbit:" + r.get("id")).toList();
        TestServer.Response jsonl = server.get("/api/export/events?dyad=ARM:RUS&both=true&format=jsonl");
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        List<String> ids = new ArrayList<>();
        for (String line : jsonl.text().split("\n")) {
            ids.add(TestServer.JSON.readTree(line).get("id").asText());
        }
        assertThat(ids).containsExactlyElementsOf(expected);
        TestServer.Response csv = server.get("/api/export/events?dyad=ARM:RUS&both=true");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().split("\n")).hasSize(expected.size() + 1);
        assertThat(csv.text().split("\n")[0]).contains("id");
        TestServer.Response gdelt = server.get("/api/export/events?actor=ARM&partners=RUS&format=gdelt2");
        for (String line : gdelt.text().split("\n")) {
            assertThat(line.split("\t", -1)).as("a GDELT 2.0 row").hasSize(61);
        }
        TestServer.Response bad = server.get("/api/export/events?format=xls");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").get(0).get("field").asText()).isEqualTo("format");
    }

    @Test
    void partnersKeepTheActorsEventsWithThoseEntitiesEitherWayRound() {
        long expected = rows.stream().filter(r -> between(r, "ARM", "RUS") || between(r, "ARM", "EU")).count();
        JsonNode page = server.get("/api/events?actor=ARM&partners=RUS,EU&limit=500").json();
        assertThat(page.get("total").asLong()).isEqualTo(expected).isEqualTo(page.get("events").size());
        for (JsonNode e : page.get("events")) {
            assertThat(Set.of(e.get("source").get("entity").asText(), e.get("target").get("entity").asText()))
                    .contains("ARM").containsAnyOf("RUS", "EU");
        }
        assertThat(server.get("/api/events?partners=RUS").status()).isEqualTo(400);
        assertThat(server.get("/api/events?actor=ARM&partners=RUZ").json().get("details").get(0).get("reason").asText())
                .contains("did you mean RUS");
    }

    @Test
    void anEventShowsItsSentenceWithTheTriggerMarkedAndLinksItsDocument() {
        Map<String, Object> row = rows.stream().filter(r -> r.get("id").equals("evt-0001")).findFirst().orElseThrow();
        JsonNode e = server.get("/api/events/orbit:evt-0001").json();
        assertThat(e.get("text").asText()).isEqualTo(row.get("text"));
        assertThat(e.get("cameo_name").asText()).isNotEmpty();
        String text = e.get("text").asText();
        List<String> triggers = new ArrayList<>();
        for (JsonNode h : e.get("highlights")) {
            if (h.get("role").asText().equals("trigger")) {
                triggers.add(text.substring(h.get("start").asInt(), h.get("end").asInt()));
            }
        }
        assertThat(triggers).containsExactly((String) row.get("trigger"));
        assertThat(e.get("document_url").asText()).isEqualTo("/api/documents/" + row.get("doc"));
    }

    @Test
    void partnersGiveEachYearsTopCooperationPartnerAsTheFileCountsThem() {
        Map<String, Map<String, Integer>> perYear = new TreeMap<>();
        for (Map<String, Object> r : rows) {
            String other = r.get("source_entity").equals("ARM") ? (String) r.get("target_entity")
                    : r.get("target_entity").equals("ARM") ? (String) r.get("source_entity") : null;
            if (other != null && !other.isEmpty() && quad(r) <= 2) {
                perYear.computeIfAbsent(((String) r.get("date")).substring(0, 4), k -> new TreeMap<>()).merge(other, 1, Integer::sum);
            }
        }
        JsonNode body = server.get("/api/entities/ARM/partners?by=year").json();
        int checked = 0;
        for (JsonNode p : body.get("periods")) {
            Map<String, Integer> counts = perYear.get(p.get("period").asText());
            if (counts == null) {
                continue;
            }
            int max = counts.values().stream().max(Integer::compare).orElseThrow();
            Set<String> tops = new HashSet<>();
            counts.forEach((k, v) -> {
                if (v == max) {
                    tops.add(k);
                }
            });
            assertThat(tops).as(p.get("period").asText()).contains(p.get("top_partner").asText());
            assertThat(p.get("events").asInt()).isEqualTo(counts.values().stream().mapToInt(Integer::intValue).sum());
            checked++;
        }
        assertThat(checked).isEqualTo(perYear.size());
    }

    @Test
    void alignmentChannelsAddUpToTheScore() {
        JsonNode body = server.get("/api/entities/ARM/alignment?poles=RUS,EU&members=EU:FRA,DEU&by=year").json();
        assertThat(body.get("pole_b").get("members").toString()).isEqualTo("[\"FRA\",\"DEU\"]");
        int scored = 0;
        for (JsonNode p : body.get("periods")) {
            if (p.get("score").isNull()) {
                continue;
            }
            double sum = 0;
            for (Iterator<JsonNode> it = p.get("channels").elements(); it.hasNext();) {
                JsonNode c = it.next();
                sum += c.isNull() ? 0 : c.asDouble();
            }
            assertThat(sum).as(p.get("period").asText()).isCloseTo(p.get("score").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(p.get("score").asDouble()).isBetween(-1.0, 1.0);
            scored++;
        }
        assertThat(scored).isGreaterThan(4);
    }

    @Test
    void shiftsListChangepointsWhoseEvidenceIsStoredEventsOfTheDyad() {
        JsonNode body = server.get("/api/dyads/ARM/RUS/shifts?by=quarter&penalty=bic&series=goldstein").json();
        assertThat(body.get("changepoints")).isNotEmpty();
        for (JsonNode c : body.get("changepoints")) {
            assertThat(c.get("evidence")).isNotEmpty();
            for (JsonNode d : c.get("evidence")) {
                JsonNode e = server.get("/api/events/" + d.get("id").asText()).json();
                assertThat(Set.of(e.get("source").get("entity").asText(), e.get("target").get("entity").asText()))
                        .containsExactlyInAnyOrder("ARM", "RUS");
                assertThat(e.get("date").asText()).isBetween(c.get("evidence_from").asText(), c.get("evidence_to").asText());
            }
        }
        // the segments cover the series end to end, each changepoint starting the next one
        JsonNode segments = body.get("segments");
        JsonNode values = body.get("values");
        assertThat(segments.size()).isEqualTo(body.get("changepoints").size() + 1);
        assertThat(segments.get(0).get("from").asText()).isEqualTo(values.get(0).get("start").asText());
        assertThat(segments.get(segments.size() - 1).get("to").asText()).isEqualTo(values.get(values.size() - 1).get("end").asText());
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).get("from").asText()).isEqualTo(body.get("changepoints").get(i - 1).get("start").asText());
        }
    }

    @Test
    void networkEdgesCountBothDirectionsOfEachPair() {
        long expected = rows.stream().filter(r -> between(r, "ARM", "AZE") && ((String) r.get("date")).startsWith("2023")).count();
        JsonNode body = server.get("/api/network?from=2023-01-01&to=2023-12-31&focus=ARM").json();
        JsonNode edge = null;
        for (JsonNode e : body.get("edges")) {
            if (Set.of(e.get("a").asText(), e.get("b").asText()).equals(Set.of("ARM", "AZE"))) {
                edge = e;
            }
        }
        assertThat(edge).as("the ARM-AZE edge").isNotNull();
        assertThat(edge.get("events").asLong()).isEqualTo(expected);
        List<String> nodes = new ArrayList<>();
        body.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        assertThat(nodes).contains("ARM", "AZE");
    }

    @Test
    void entitiesWithEventsAreCountedOnEitherSide() {
        long expected = rows.stream().filter(r -> r.get("source_entity").equals("AZE") || r.get("target_entity").equals("AZE")).count();
        JsonNode body = server.get("/api/entities?with_events=true").json();
        JsonNode aze = null;
        for (JsonNode e : body.get("entities")) {
            if (e.get("id").asText().equals("AZE")) {
                aze = e;
            }
        }
        assertThat(aze).isNotNull();
        assertThat(aze.get("events").asLong()).isEqualTo(expected);
        assertThat(aze.get("name").asText()).isEqualTo("Azerbaijan");
        assertThat(body.get("entities").get(0).get("id").asText()).isEqualTo("ARM");
    }

    @Test
    void badParametersGive400NamingEveryFieldAndTheReason() {
        TestServer.Response r = server.get("/api/dyads/ARM/RUS?by=fortnight&min_events=-3&colour=red");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("type").asText()).isEqualTo("/api/errors/bad-parameter");
        Map<String, String> details = new TreeMap<>();
        body.get("details").forEach(d -> details.put(d.get("field").asText(), d.get("reason").asText()));
        assertThat(details).containsOnlyKeys("by", "min_events", "colour");
        assertThat(details.get("by")).contains("fortnight").contains("quarter");
        assertThat(details.get("colour")).contains("unknown parameter");
    }

    @Test
    void anUnknownEntityNamesTheClosestId() {
        JsonNode body = server.get("/api/dyads/ARN/RUS").json();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("details").get(0).get("field").asText()).isEqualTo("a");
        assertThat(body.get("details").get(0).get("reason").asText()).contains("did you mean ARM");
    }

    @Test
    void missingEventsDocumentsAndPathsGive404ProblemJson() {
        for (String path : List.of("/api/events/orbit:no-such-event", "/api/documents/no-such-doc", "/api/no-such-endpoint")) {
            TestServer.Response r = server.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            JsonNode body = r.json();
            assertThat(body.get("title").asText()).isEqualTo("not found");
            assertThat(body.get("type").asText()).isEqualTo("/api/errors/not-found");
            assertThat(body.get("details").get(0).get("reason").asText()).isNotEmpty();
        }
    }

    @Test
    void theOpenApiDescriptionCoversEveryRouteAndEveryReferenceResolves() {
        JsonNode doc = server.get("/api/openapi.json").json();
        assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
        JsonNode paths = doc.get("paths");
        assertThat(iterable(paths.fieldNames())).contains("/api/events", "/api/events/{id}", "/api/documents", "/api/documents/{id}",
                "/api/dyads/{a}/{b}", "/api/dyads/{a}/{b}/shifts", "/api/entities/{id}/alignment", "/api/entities/{id}/partners",
                "/api/alerts", "/api/indicators", "/api/panel/{a}/{b}", "/api/network", "/api/stats", "/api/entities");
        assertThat(paths.get("/api/documents").has("post")).isTrue();
        Set<String> schemas = new HashSet<>(iterable(doc.get("components").get("schemas").fieldNames()));
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(schemas).as(ref).contains(ref.substring("#/components/schemas/".length()));
        }
        // every described GET answers (with ARM/RUS and a stored event for path parameters), never with 404
        for (String path : iterable(paths.fieldNames())) {
            if (!paths.get(path).has("get")) {
                continue;
            }
            String concrete = path.replace("/api/events/{id}", "/api/events/orbit:evt-0001").replace("{id}", "ARM").replace("{a}", "ARM")
                    .replace("{b}", "RUS").replace("/api/documents/ARM", "/api/documents").replace("/api/indicators", "/api/indicators?entity=ARM");
            assertThat(server.get(concrete).status()).as(concrete).isEqualTo(200);
        }
    }

    @Test
    void swaggerUiIsServedFromTheJarWithNoNetworkReference() {
        TestServer.Response page = server.get("/api/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).doesNotContain("http://").doesNotContain("https://");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.text());
        int assets = 0;
        while (m.find()) {
            assertThat(server.get(m.group(1)).status()).as(m.group(1)).isEqualTo(200);
            assets++;
        }
        assertThat(assets).isEqualTo(3);
    }

    @Test
    void fiftyParallelReadsAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            String[] paths = {"/api/dyads/ARM/RUS?by=quarter", "/api/entities/ARM/partners", "/api/events?actor=ARM&limit=20",
                "/api/entities/ARM/alignment?poles=RUS,EU", "/api/network?focus=ARM"};
            for (int i = 0; i < 200; i++) {
                String p = paths[i % paths.length];
                results.add(pool.submit(() -> server.get(p).status()));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
