package orbit.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import orbit.coder.EventCoder;
import orbit.coder.eval.Evaluation;
import orbit.coder.eval.GoldCase;
import orbit.coder.eval.Suites;
import orbit.core.Actor;
import orbit.core.Event;
import orbit.core.OrbitException;
import orbit.core.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orbit eval}: precision, recall and F1 of the coder on a gold standard. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the coder against a gold standard: precision, recall and F1 at root, full-code and",
            "PLOVER-type level, extra events per sentence, false events on traps.",
            "Suites: gold (Orbit's own, bundled), plover FILE (PLOVER_GSR_CAMEO.txt),",
            "petrarch FILE (PETR.UnitTest.records.xml; its actor and agent files are read from the same folder)."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUITE", description = "gold, plover or petrarch.")
    String suite;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The suite's file (plover, petrarch), or a gold JSONL file.")
    Path file;

    @Option(names = "--details", description = "List every missed and every extra event.")
    boolean details;

    @Option(names = "--by-tag", description = "Also score each tag (passive, coordination, trap kinds ...) on its own.")
    boolean byTag;

    @Mixin
    ThreadsOption threads;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Ontology ontology = Ontology.standard();
        PrintWriter out = spec.commandLine().getOut();
        List<GoldCase> cases;
        EventCoder coder;
        java.util.function.Function<Actor, String> key = Actor::entity;
        switch (suite.toLowerCase(Locale.ROOT)) {
            case "gold" -> {
                cases = file == null ? bundledGold(ontology) : Suites.gold(Files.newInputStream(requireFile()), file.toString(), ontology.cameo());
                coder = coderOptions.coder();
            }
            case "plover" -> {
                // the CAMEO manual's examples include events within one state (27% of the records)
                cases = Suites.ploverGsr(requireFile(), ontology.entities());
                coder = coderOptions.coder().domestic(true);
            }
            case "petrarch" -> {
                Path xml = requireFile();
                cases = Suites.petrarch(xml);
                coder = EventCoder.petrarch(ontology, xml.toAbsolutePath().getParent(), coderOptions.lexicons);
                key = Actor::code;
            }
            default -> throw OrbitException.user("suite %s not found; suites are gold, plover FILE and petrarch FILE", suite);
        }
        Evaluation evaluation = new Evaluation(coder, key, threads.threads());
        Evaluation.Score root = evaluation.run(cases, Evaluation.Level.ROOT);
        out.printf("suite %s: %d sentences, %d expected events, %d events coded%n", suite, root.cases().size(), root.expected(),
                root.predicted());
        out.printf("%-8s %9s %9s %9s%n", "level", "precision", "recall", "F1");
        for (Evaluation.Level level : Evaluation.Level.values()) {
            Evaluation.Score s = evaluation.rescore(root, level);
            out.printf("%-8s %9.3f %9.3f %9.3f%n", level.name().toLowerCase(Locale.ROOT), s.precision(), s.recall(), s.f1());
        }
        out.printf("extra events per sentence: %.3f%n", root.extraPerSentence());
        if (suite.equalsIgnoreCase("plover")) {
            Evaluation.Score p = evaluation.rescore(root, Evaluation.Level.PLOVER);
            out.printf("records whose event was found with the right PLOVER type, source and target: %.1f%%%n", 100 * p.recordsFound());
        }
        if (root.traps() > 0) {
            out.printf("traps: %d, with a false event: %.1f%%%n", root.traps(), 100 * root.trapFalseRate());
        }
        if (byTag) {
            out.printf("%n%-20s %6s %9s %9s %9s%n", "tag", "cases", "precision", "recall", "F1");
            for (String tag : root.tags()) {
                Evaluation.Score s = root.only(tag);
                out.printf("%-20s %6d %9.3f %9.3f %9.3f%n", tag, s.cases().size(), s.precision(), s.recall(), s.f1());
            }
        }
        if (details) {
            printDetails(out, root, key);
        }
        out.flush();
        return Orbit.OK;
    }

    private Path requireFile() {
        if (file == null) {
            throw OrbitException.user("the %s suite needs its FILE, e.g. orbit eval %s ../shared/data/%s", suite, suite,
                    suite.equals("plover") ? "plover/PLOVER_GSR_CAMEO.txt" : "petrarch/PETR.UnitTest.records.xml");
        }
        if (!Files.isRegularFile(file)) {
            throw OrbitException.user("%s does not exist or is not a file; check the path", file);
        }
        return file;
    }

    private static List<GoldCase> bundledGold(Ontology ontology) {
        InputStream in = EventCoder.class.getResourceAsStream("/orbit/coder/gold/gold.jsonl");
        if (in == null) {
            throw OrbitException.internal(null, "the bundled gold set orbit/coder/gold/gold.jsonl is missing");
        }
        return Suites.gold(in, "gold.jsonl", ontology.cameo());
    }

    private static void printDetails(PrintWriter out, Evaluation.Score score, java.util.function.Function<Actor, String> key) {
        for (Evaluation.CaseResult r : score.cases()) {
            boolean allFound = true;
            for (boolean f : r.found()) {
                allFound &= f;
            }
            if (allFound && r.matchedPredictions() == r.predicted().size()) {
                continue;
            }
            out.printf("%n%s  %s%n", r.gold().id(), r.gold().text());
            for (int i = 0; i < r.found().length; i++) {
                GoldCase.Expected x = r.gold().expected().get(i);
                out.printf("  %s expected %s -> %s %s %s%n", r.found()[i] ? "ok  " : "MISS", shortSet(x.sources()),
                        x.targets().isEmpty() ? "(each other)" : shortSet(x.targets()), x.code(), x.plover());
            }
            for (Event e : r.predicted()) {
                out.printf("  coded    %s -> %s %s %s [%s] %s%n", key.apply(e.source()), key.apply(e.target()), e.cameo(), e.plover(),
                        e.evidence().trigger(), e.evidence().flags());
            }
        }
    }

    /** "ARM|AZE"; "(no target)" for a record that expects an event without one; "(24 actors)" for long lists such as any IGO. */
    private static String shortSet(java.util.Set<String> s) {
        if (s.equals(java.util.Set.of(""))) {
            return "(no target)";
        }
        return s.size() > 4 ? "(" + s.size() + " actors)" : String.join("|", new java.util.TreeSet<>(s));
    }
}
