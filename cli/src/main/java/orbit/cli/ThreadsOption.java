package orbit.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that code texts on all cores. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Texts coded at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    int threads() {
        return Math.max(1, threads);
    }
}
