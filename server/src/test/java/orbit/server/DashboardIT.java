package orbit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (headless Chromium) against the real server over a real store:
 * the sample events of Armenia and its partners. It opens a view by its URL, checks that every chart
 * drew the API's data, clicks from a timeline point to its events, to one event's sentence with the
 * trigger marked, to the document, follows a changepoint to its evidence, and reloads the URL to
 * check that the link reproduces the view. Screenshots go to {@code target/dashboard*.png}.
 *
 * <p>Skipped, saying why, when Chromium or its driver is not installed.
 */
class DashboardIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String VIEW = "#focal=ARM&partners=RUS,EU,USA&by=quarter";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;

    private static OrbitServer server;
    private static WebDriver browser;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: the dashboard test needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
        Path store = dir.resolve("dashboard.duckdb");
        DashboardStore.create(store);
        server = OrbitServer.start(ServerConfig.local(store, 0));
        browser = chrome();
    }

    /** Headless Chromium through the installed driver; Selenium Manager is never asked to download one. */
    private static WebDriver chrome() {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--window-size=1500,1400", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Every test loads its view afresh, not as a hash change of the previous test's page. */
    @BeforeEach
    void blank() {
        browser.get("about:blank");
    }

    @Test
    void aPointLeadsToItsEventsTheirSentenceAndDocumentAndTheUrlReproducesTheView() throws Exception {
        browser.get(server.url() + VIEW);
        Map<String, Integer> points = waitForCharts();
        assertThat(points).as("data points per chart").allSatisfy((chart, n) -> assertThat(n).as(chart).isPositive());
        int periodsWithEvents = 0;
        int apiChangepoints = 0;
        for (String partner : List.of("RUS", "EU", "USA")) {
            for (JsonNode period : get("/api/dyads/ARM/" + partner + "?by=quarter").get("periods")) {
                periodsWithEvents += period.get("events").asInt() > 0 ? 1 : 0;
            }
            apiChangepoints += get("/api/dyads/ARM/" + partner + "/shifts?by=quarter&series=netcoop&method=pelt&penalty=bic")
                    .get("changepoints").size();
        }
        assertThat(points.get("timeline")).as("timeline points: the quarters in which ARM has events with RUS, EU, USA")
                .isEqualTo(periodsWithEvents);
        int changepoints = Integer.parseInt(attribute("chart-timeline", "data-changepoints"));
        Number markers = (Number) script("return window.orbitCharts.timeline.getOption().series"
                + ".reduce((n, s) => n + (s.markPoint ? s.markPoint.data.length : 0), 0)");
        assertThat(changepoints).as("changepoints of ARM with RUS, EU, USA").isPositive().isEqualTo(apiChangepoints);
        assertThat(markers.intValue()).as("changepoint markers drawn").isEqualTo(apiChangepoints);
        assertThat(browser.findElement(By.id("ctl-focal")).getAttribute("value")).isEqualTo("ARM");
        screenshot("dashboard.png");

        // a point: the busiest ARM-RUS period lists exactly the events the API gives for it
        int index = busiestPoint("RUS");
        script("window.orbitTest.clickPoint('RUS', arguments[0])", index);
        List<String> rows = waitForEvidence();
        Map<String, String> hash = hash();
        assertThat(hash).containsEntry("ev_dyad", "ARM:RUS");
        JsonNode listed = get("/api/events?dyad=ARM:RUS&both=true&limit=50&from=" + hash.get("ev_from") + "&to=" + hash.get("ev_to"));
        assertThat(rows).as("events behind the point").isNotEmpty().isEqualTo(ids(listed.get("events")));

        // an event: its sentence with the trigger marked
        String eventId = rows.get(0);
        browser.findElement(By.cssSelector("#evidence li[data-event-id='" + eventId + "']")).click();
        WebElement trigger = new WebDriverWait(browser, WAIT).until(d -> first(d, "#sentence mark.trigger"));
        JsonNode event = get("/api/events/" + URLEncoder.encode(eventId, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(trigger.getText()).as("marked trigger of %s", eventId).isEqualToIgnoringCase(event.get("trigger").asText());
        assertThat(browser.findElement(By.cssSelector("#sentence .text")).getText()).isEqualTo(event.get("text").asText());

        // its document: the text and the coded sentences
        browser.findElement(By.id("open-document")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("document")).getAttribute("data-document-id") != null);
        JsonNode document = get("/api/documents/" + event.get("doc").asText());
        assertThat(browser.findElement(By.cssSelector("#document .doc-text")).getText()).isEqualTo(document.get("text").asText());
        assertThat(browser.findElement(By.cssSelector("#document .doc-text .current")).getText()).isEqualTo(event.get("text").asText());
        screenshot("dashboard-evidence.png");

        // the link reproduces the view: charts, events, event and document
        String link = browser.getCurrentUrl();
        browser.navigate().refresh();
        assertThat(waitForCharts()).as("points after reload").isEqualTo(points);
        assertThat(waitForEvidence()).as("events after reload").isEqualTo(rows);
        new WebDriverWait(browser, WAIT).until(d -> eventId.equals(d.findElement(By.id("sentence")).getAttribute("data-event-id")));
        new WebDriverWait(browser, WAIT).until(d -> document.get("id").asText().equals(d.findElement(By.id("document")).getAttribute("data-document-id")));
        assertThat(browser.getCurrentUrl()).isEqualTo(link);
        assertThat(browser.findElement(By.cssSelector("#evidence li.selected")).getAttribute("data-event-id")).isEqualTo(eventId);
    }

    @Test
    void aChangepointListsItsEvidence() throws Exception {
        browser.get(server.url() + VIEW);
        waitForCharts();
        @SuppressWarnings("unchecked")
        Map<String, Object> timeline = (Map<String, Object>) script("return window.orbitTest.timeline()");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> shifts = (Map<String, Map<String, Object>>) timeline.get("shifts");
        String partner = shifts.entrySet().stream()
                .filter(e -> e.getValue() != null && !((List<?>) e.getValue().get("changepoints")).isEmpty())
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no partner has a changepoint: " + shifts.keySet()));

        script("window.orbitTest.clickChangepoint(arguments[0], 0)", partner);
        List<String> rows = waitForEvidence();
        Map<String, String> hash = hash();
        assertThat(hash).containsEntry("ev", "changepoint").containsEntry("ev_dyad", "ARM:" + partner);
        JsonNode api = get("/api/dyads/ARM/" + partner + "/shifts?by=quarter&series=netcoop&method=pelt&penalty=bic");
        JsonNode changepoint = api.get("changepoints").get(0);
        assertThat(changepoint.get("start").asText()).isEqualTo(hash.get("ev_from"));
        assertThat(rows).as("evidence of the changepoint of ARM-%s at %s", partner, changepoint.get("period").asText())
                .isNotEmpty().isEqualTo(ids(changepoint.get("evidence")));
        assertThat(browser.findElement(By.id("evidence-title")).getText()).contains(changepoint.get("period").asText());
    }

    @Test
    void anAlignmentPeriodListsTheEventsWithEitherPoleAndItsMembers() throws Exception {
        browser.get(server.url() + VIEW + "&poles=RUS,EU&members=EU:FRA,DEU");
        waitForCharts();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> periods = (List<Map<String, Object>>) script("return window.orbitTest.alignment()");
        int index = -1;
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).get("score") != null) {
                index = i;
            }
        }
        assertThat(index).as("a scored period of the alignment").isNotNegative();
        Map<String, Object> period = periods.get(index);
        script("window.orbitTest.clickAlignment(arguments[0])", index);
        List<String> rows = waitForEvidence();
        assertThat(hash()).containsEntry("ev_actor", "ARM").containsEntry("ev_partners", "RUS,EU,FRA,DEU");
        JsonNode api = get("/api/events?actor=ARM&partners=RUS,EU,FRA,DEU&limit=50&from=" + period.get("start") + "&to=" + period.get("end"));
        assertThat(rows).isNotEmpty().isEqualTo(ids(api.get("events")));
        assertThat(browser.findElement(By.id("evidence-download")).getText()).isEqualTo("CSV of all " + api.get("total").asLong());
    }

    @Test
    void offLoopbackTheDashboardAsksForTheTokenAndThenShowsTheStore() throws Exception {
        Path store = dir.resolve("guarded.duckdb");
        DashboardStore.create(store);
        try (OrbitServer guarded = OrbitServer.start(ServerConfig.local(store, 0).withHost("0.0.0.0").withToken("t0ken-for-the-test"))) {
            browser.get(guarded.url() + VIEW);
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(d -> d.findElement(By.id("token-dialog")).getAttribute("open") != null);
            browser.findElement(By.id("token-input")).sendKeys("not-the-token");
            browser.findElement(By.id("token-submit")).click();
            wait.until(d -> d.findElement(By.id("token-dialog")).getAttribute("open") != null
                    && d.findElement(By.id("token-reason")).getText().contains("refused"));
            browser.findElement(By.id("token-input")).sendKeys("t0ken-for-the-test");
            browser.findElement(By.id("token-submit")).click();
            Map<String, Integer> points = waitForCharts();
            assertThat(points.get("timeline")).isPositive();
            assertThat(browser.findElement(By.id("token-dialog")).getAttribute("open")).isNull();
        }
    }

    @Test
    void aBadPartnerShowsTheApiErrorInsteadOfABlankChart() throws Exception {
        browser.get(server.url() + "#focal=ARM&partners=RUSS&by=quarter");
        WebElement status = new WebDriverWait(browser, WAIT).until(d -> {
            WebElement s = d.findElement(By.cssSelector("#panel-timeline .status.error"));
            return s.isDisplayed() ? s : null;
        });
        JsonNode problem = json.readTree(http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/dyads/ARM/RUSS")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(status.getText()).contains(problem.get("title").asText()).contains(problem.get("details").get(0).get("reason").asText());
    }

    /** Waits until every chart has drawn; the number of data points of each. */
    private Map<String, Integer> waitForCharts() {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (String chart : List.of("timeline", "alignment", "concentration", "panel", "network")) {
            String n = new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("chart-" + chart)).getAttribute("data-points"));
            points.put(chart, Integer.parseInt(n));
        }
        return points;
    }

    /** Waits for the evidence list to load; the event ids of its rows, in order. */
    private List<String> waitForEvidence() {
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("evidence")).getAttribute("data-count") != null);
        List<String> ids = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#evidence li[data-event-id]"))) {
            ids.add(row.getAttribute("data-event-id"));
        }
        return ids;
    }

    /** The index of the partner's timeline point with the most events. */
    private int busiestPoint(String partner) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) script("return window.orbitTest.timeline().points[arguments[0]]", partner);
        int best = -1;
        long most = 0;
        for (int i = 0; i < series.size(); i++) {
            Object events = series.get(i).get("events");
            if (events instanceof Number n && n.longValue() > most) {
                most = n.longValue();
                best = i;
            }
        }
        assertThat(best).as("a %s point with events", partner).isNotNegative();
        return best;
    }

    private Map<String, String> hash() {
        String fragment = (String) script("return location.hash.substring(1)");
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : fragment.split("&")) {
            String[] kv = pair.split("=", 2);
            map.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return map;
    }

    private static WebElement first(WebDriver d, String css) {
        List<WebElement> found = d.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0);
    }

    private String attribute(String id, String name) {
        return browser.findElement(By.id(id)).getAttribute(name);
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
