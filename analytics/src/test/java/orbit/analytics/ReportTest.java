package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import orbit.analytics.changepoint.Settings;
import orbit.analytics.report.Report;
import orbit.analytics.report.ReportSpec;
import orbit.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportIsOneFileWithItsChartsTurningPointsAndEvidenceAndNothingFromTheNetwork() {
        StoredEvents e = new StoredEvents();
        for (int m = 1; m <= 12; m++) {
            e.repeat(3, String.format("2022-%02d-10", m), "ARM", "RUS", "040");
            e.repeat(3, String.format("2023-%02d-10", m), "RUS", "ARM", "112");
            e.repeat(2, String.format("2023-%02d-11", m), "ARM", "FRA", "040");
        }
        e.add("2023-03-20", "RUS", "ARM", "130");
        String html;
        try (EventStore store = e.store(dir)) {
            html = new Report(store).html(new ReportSpec("ARM", List.of("RUS", "FRA", "IRN"), new Pole("RUS", List.of()), new Pole("EU", List.of("FRA")),
                    new Window(Period.MONTH, null, null, null, 2), Measure.NETCOOP, Settings.defaults(), 3));
        }
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Orbit report: ARM</title>");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http").doesNotContain("url(");
        assertThat(html).contains("<h3>ARM \u2013 RUS</h3>", "<h3>ARM \u2013 FRA</h3>");
        assertThat(html).contains("No events between ARM and IRN in this store.");
        assertThat(html).contains("ARM\u2013RUS from 2023-01</a>: netcoop 3 \u2192 -3.08 per month");
        assertThat(html).contains("id=\"change-arm-rus-2023-01\"");
        assertThat(html).as("the evidence names the events").contains("orbit:").contains("<td>RUS \u2192 ARM</td><td>130</td>");
        assertThat(html).contains("<section id=\"alignment\">", "<section id=\"partners\">", "<section id=\"indicators\">");
        assertThat(html).contains("No indicators of ARM are stored");
        assertThat(html.split("<svg", -1)).as("a chart per dyad with events, alignment, partners").hasSize(5);
    }
}
