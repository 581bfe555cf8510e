package orbit.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option of the commands that print a {@link Tabular}. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    Tabular.Format format() {
        return Tabular.Format.parse(format);
    }
}
