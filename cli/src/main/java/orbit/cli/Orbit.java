package orbit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import orbit.core.OrbitException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code orbit} command. Exit codes: 0 ok, 1 failure, 2 bad input or usage. Tables go to
 * stdout; progress and messages to stderr. Users see messages, never stack traces (set
 * ORBIT_DEBUG=1 to see them).
 */
@Command(
        name = "orbit",
        mixinStandardHelpOptions = true,
        version = "orbit 0.1.0",
        description = "Political event data: import, code, query and measure how states' alignments shift.",
        subcommands = {
            DemoCommand.class,
            ImportCommand.class,
            IngestCommand.class,
            EventsCommand.class,
            StatsCommand.class,
            EntitiesCommand.class,
            CodeTextCommand.class,
            ExplainCommand.class,
            EvalCommand.class,
            CodeCommand.class,
            DyadCommand.class,
            PartnersCommand.class,
            AlignmentCommand.class,
            AlertsCommand.class,
            ShiftsCommand.class,
            ReportCommand.class,
            IndicatorsCommand.class,
            PanelCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Orbit implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        // Design decision: stdout carries data (JSONL, TSV, CSV, GDELT rows) that is UTF-8 by
        // definition, whatever the platform's default charset (ASCII under LANG=C on Java 17).
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        System.exit(cl.execute(args));
    }

    /** The configured command line; tests run it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Orbit());
        cl.setExitCodeExceptionMapper(e -> e instanceof OrbitException oe && oe.kind() == OrbitException.ErrorKind.USER
                ? BAD_INPUT : FAILURE);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof OrbitException oe) {
                err.println("orbit: " + oe.getMessage());
                if (oe.kind() == OrbitException.ErrorKind.INTERNAL || System.getenv("ORBIT_DEBUG") != null) {
                    e.printStackTrace(err);
                }
                err.flush();
                return oe.kind() == OrbitException.ErrorKind.USER ? BAD_INPUT : FAILURE;
            }
            err.println("orbit: internal error: " + e + " (please report it; ORBIT_DEBUG=1 shows the stack trace)");
            if (System.getenv("ORBIT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("orbit: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }
}
