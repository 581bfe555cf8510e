package orbit.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import orbit.analytics.Period;
import orbit.analytics.Window;
import orbit.core.OrbitException;
import picocli.CommandLine.Option;

/** The options every series command shares: period, range, dataset and coverage floor. */
final class AnalysisOptions {
    @Option(names = "--by", paramLabel = "PERIOD", description = "Period: week, month, quarter or year (default: month; year for partners and panel, quarter for report).")
    String by;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive (default: the first event's).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive (default: the last event's).")
    String to;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Only events of this dataset: orbit, gdelt, icews or plover.")
    String dataset;

    @Option(names = "--min-events", paramLabel = "N", defaultValue = "5",
            description = "Flag periods with fewer events as low-coverage (default ${DEFAULT-VALUE}).")
    int minEvents;

    Window window(Period byDefault) {
        return new Window(by == null ? byDefault : Period.parse(by), date("--from", from), date("--to", to), dataset, minEvents);
    }

    static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw OrbitException.user("%s %s is not a date; write YYYY-MM-DD, such as 2023-09-19", option, text);
        }
    }
}
