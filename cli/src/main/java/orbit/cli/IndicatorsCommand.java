package orbit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.analytics.IndicatorSeries;
import orbit.analytics.Indicators;
import orbit.analytics.Period;
import orbit.core.IndicatorObservation;
import orbit.core.OrbitException;
import orbit.store.EventStore;
import orbit.store.IndicatorImportReport;
import orbit.store.IndicatorQuery;
import orbit.store.IndicatorSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbit indicators import|list|show}: external figures (polls, trade, arms imports) beside the events. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"External indicators beside the event measures: polls, trade, arms-import and energy-import shares.",
            "Import them from CSV files (date,entity,partner,indicator,value,source), list what the store holds,",
            "and show an entity's figures, as stored or as means per week, month, quarter or year."},
        subcommands = {IndicatorsCommand.Import.class, IndicatorsCommand.ListIndicators.class, IndicatorsCommand.Show.class})
final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("orbit: indicators needs a subcommand: import, list or show");
        spec.commandLine().usage(err);
        err.flush();
        return Orbit.BAD_INPUT;
    }

    /** The partner column as reports show it: null (an empty cell, JSON null) for figures without a partner. */
    private static String partner(String p) {
        return p.isEmpty() ? null : p;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import indicator CSV files into the store; nothing is imported if any line is bad.",
                "Every line of every file is checked first; each problem is listed with its file, line and fix (exit code 2).",
                "Importing the same file again changes nothing; a corrected value for the same date, entity,",
                "partner, indicator and source replaces the stored one."})
    static final class Import implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Indicator CSV files.")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            IndicatorImportReport report;
            try (EventStore s = store.open()) {
                report = s.indicators().importFiles(files);
            } catch (OrbitException e) {
                if (e.kind() != OrbitException.ErrorKind.USER) {
                    throw e;
                }
                for (String line : e.getMessage().split("\n")) {
                    err.println("orbit: " + line);
                }
                err.println("orbit: nothing was imported; fix the lines above and run the import again");
                err.flush();
                return Orbit.BAD_INPUT;
            }
            Tabular t = new Tabular().text("file").number("rows", -1).number("new", -1).number("unchanged", -1)
                    .number("updated", -1);
            for (IndicatorImportReport.FileReport f : report.files()) {
                t.row(f.file(), f.rows(), f.added(), f.unchanged(), f.updated());
            }
            t.print(Tabular.Format.TABLE, out);
            out.printf("rows %d, new %d, unchanged %d, updated %d into %s%n", report.rows(), report.added(),
                    report.unchanged(), report.updated(), store.path());
            out.flush();
            return Orbit.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the stored indicators per entity and partner, with the number of observations and their first and last date.")
    static final class ListIndicators implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = "--entity", paramLabel = "ID", description = "Only this entity's indicators (ARM).")
        String entity;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            Tabular.Format fmt = output.format();
            Tabular t = new Tabular().text("indicator").text("entity").text("partner").number("observations", -1)
                    .text("first").text("last");
            try (EventStore s = store.open()) {
                for (IndicatorSummary i : s.indicators().list(entity)) {
                    t.row(i.indicator(), i.entity(), partner(i.partner()), i.observations(), i.first().toString(),
                            i.last().toString());
                }
            }
            t.print(fmt, spec.commandLine().getOut());
            if (t.size() == 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("orbit: no indicators stored" + (entity == null ? "" : " for " + entity)
                        + "; add some with `orbit indicators import FILE.csv`");
                err.flush();
            }
            return Orbit.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show an entity's indicator figures, as stored or as means per period.",
                "With --by, each period's mean with the number of observations, their range and sources;",
                "periods without figures are left out."})
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity the figures are about (ARM).")
        String entity;

        @Option(names = "--partner", paramLabel = "ID", description = "Only figures about this partner (RUS); 'none' for figures without a partner.")
        String partner;

        @Option(names = "--indicator", paramLabel = "NAME", description = "Only this indicator (poll_relations_good_pct).")
        String indicator;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
        String to;

        @Option(names = "--by", paramLabel = "PERIOD", description = "week, month, quarter or year: the mean per period instead of each observation.")
        String by;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            Tabular.Format fmt = output.format();
            Period period = by == null ? null : Period.parse(by);
            IndicatorQuery q = IndicatorQuery.of(entity).withPartner("none".equalsIgnoreCase(partner) ? "" : partner)
                    .withIndicator(indicator).between(AnalysisOptions.date("--from", from), AnalysisOptions.date("--to", to));
            Tabular t = new Tabular().meta("entity", entity);
            try (EventStore s = store.open()) {
                if (period == null) {
                    t.text("date").text("indicator").text("partner").number("value", -1).text("source");
                    for (IndicatorObservation o : s.indicators().observations(q)) {
                        t.row(o.date().toString(), o.indicator(), partner(o.partner()), o.value(), o.source());
                    }
                } else {
                    t.meta("by", period.sqlPart());
                    t.text("period").text("indicator").text("partner").number("mean", 2).number("observations", -1)
                            .number("min", -1).number("max", -1).text("sources");
                    for (IndicatorSeries series : new Indicators(s).series(q, period)) {
                        for (IndicatorSeries.Point p : series.points()) {
                            // sources hold commas themselves: a JSON array, else joined with "; "
                            Object sources = fmt == Tabular.Format.JSON ? p.sources() : String.join("; ", p.sources());
                            t.row(p.label(), series.indicator(), partner(series.partner()), p.mean(), p.observations(),
                                    p.min(), p.max(), sources);
                        }
                    }
                }
            }
            t.print(fmt, spec.commandLine().getOut());
            if (t.size() == 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("orbit: no indicator figures of " + entity + " match; `orbit indicators list` shows what the store holds");
                err.flush();
            }
            return Orbit.OK;
        }
    }
}
