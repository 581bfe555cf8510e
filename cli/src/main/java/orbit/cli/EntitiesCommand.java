package orbit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import orbit.core.Entity;
import orbit.core.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List the states and organisations Orbit knows, with their ids, CAMEO and FIPS codes.")
final class EntitiesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--find", paramLabel = "TEXT", description = "Only entities whose id, name or alias contains TEXT.")
    String find;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String needle = find == null ? null : find.toLowerCase(Locale.ROOT);
        out.printf("%-10s  %-5s  %-36s  %-12s  %s%n", "id", "kind", "name", "cameo", "fips");
        for (Entity e : Ontology.standard().entities().entities()) {
            if (needle != null && !matches(e, needle)) {
                continue;
            }
            out.printf("%-10s  %-5s  %-36s  %-12s  %s%n", e.id(), e.kind() == Entity.Kind.STATE ? "state" : "org", e.name(),
                    String.join("|", e.cameo()), String.join("|", e.fips()));
        }
        out.flush();
        return Orbit.OK;
    }

    private static boolean matches(Entity e, String needle) {
        if (e.id().toLowerCase(Locale.ROOT).contains(needle) || e.name().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        return e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle));
    }
}
