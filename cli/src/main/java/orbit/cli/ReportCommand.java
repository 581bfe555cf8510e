package orbit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.analytics.Period;
import orbit.analytics.Pole;
import orbit.analytics.changepoint.Method;
import orbit.analytics.changepoint.Penalty;
import orbit.analytics.changepoint.Settings;
import orbit.analytics.report.Report;
import orbit.analytics.report.ReportSpec;
import orbit.core.OrbitException;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"One self-contained HTML file (opens with no network) on an entity's relations: each partner's net",
            "cooperation with its changepoints and the events behind them, alignment between two poles, partner",
            "concentration and indicators, with evidence tables."})
final class ReportCommand implements Callable<Integer> {
    static final List<String> PARTNERS = List.of("RUS", "EU", "USA", "FRA", "TUR", "AZE", "IRN");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    AnalysisOptions options;

    @Parameters(index = "0", paramLabel = "ENTITY", description = "Entity id (ARM).")
    String entity;

    @Option(names = "--partners", split = ",", paramLabel = "ID,ID...", description = "Partners with a chart each (default RUS,EU,USA,FRA,TUR,AZE,IRN).")
    List<String> partners = new ArrayList<>(PARTNERS);

    @Option(names = "--poles", split = ",", paramLabel = "A,B", description = "The alignment axis (default: the first two partners).")
    List<String> poles;

    @Option(names = "--members", paramLabel = "POLE=ID,ID...", description = "Entities counted with a pole, repeatable (as for orbit alignment).")
    List<String> members = new ArrayList<>();

    @Option(names = "--series", paramLabel = "MEASURE", defaultValue = "netcoop",
            description = "Each dyad's series, charted and searched for changepoints: netcoop, goldstein or count (default ${DEFAULT-VALUE}).")
    String series;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "pelt", description = "Changepoint method: pelt, binseg or bocpd (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--penalty", paramLabel = "PENALTY", defaultValue = "bic",
            description = "bic, mbic or a number (default ${DEFAULT-VALUE}: the report shows each change's p-value, so it looks wider than orbit shifts' mbic).")
    String penalty;

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "2", description = "Shortest segment in periods (default ${DEFAULT-VALUE}).")
    int minSize;

    @Option(names = "--evidence", paramLabel = "N", defaultValue = "5", description = "Events listed per change (default ${DEFAULT-VALUE}).")
    int evidence;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html", description = "The HTML file to write (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<String> axis = poles != null ? poles : partners.subList(0, Math.min(2, partners.size()));
        if (axis.size() != 2) {
            throw OrbitException.user("the alignment axis needs two poles; give --poles A,B (for example --poles RUS,EU)");
        }
        List<Pole> pair = Pole.axis(axis, members);
        Pole a = pair.get(0);
        Pole b = pair.get(1);
        var window = options.window(Period.QUARTER);
        Settings settings = Settings.defaults().withMethod(Method.parse(method)).withPenalty(Penalty.parse(penalty)).withMinSize(minSize);
        ReportSpec reportSpec = new ReportSpec(entity, partners, a, b, window, orbit.analytics.Measure.parse(series), settings, evidence);
        String html;
        try (EventStore s = store.open()) {
            html = new Report(s).html(reportSpec);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().printf("orbit: wrote %s (%d KB); open it in a browser, it needs no network%n", out, html.length() / 1024);
        return Orbit.OK;
    }
}
