package orbit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import orbit.store.EventStore;
import orbit.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "What the store holds: events per dataset with date ranges, top dyads, top CAMEO roots.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "How many dyads and roots to list (default ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        try (EventStore s = store.open()) {
            print(s.stats(Math.max(1, top)), spec.commandLine().getOut());
        }
        return Orbit.OK;
    }

    static void print(StoreStats st, PrintWriter out) {
        out.printf("%-10s  %12s  %-10s  %-10s%n", "dataset", "events", "first", "last");
        for (StoreStats.DatasetRow d : st.datasets()) {
            out.printf("%-10s  %12d  %-10s  %-10s%n", d.dataset(), d.events(), d.first(), d.last());
        }
        out.printf("%-10s  %12d  (%d imports)%n%n", "total", st.events(), st.imports());
        out.printf("%-8s  %-8s  %10s%n", "source", "target", "events");
        for (StoreStats.DyadRow d : st.dyads()) {
            out.printf("%-8s  %-8s  %10d%n", d.source(), d.target(), d.events());
        }
        out.println();
        out.printf("%-4s  %-36s  %10s%n", "root", "event", "events");
        for (StoreStats.RootRow r : st.roots()) {
            out.printf("%-4s  %-36s  %10d%n", r.root(), r.name(), r.events());
        }
        out.flush();
    }
}
