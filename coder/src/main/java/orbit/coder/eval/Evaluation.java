package orbit.coder.eval;

import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.core.Actor;
import orbit.core.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Codes every case of a suite and scores the events the coder emits by default (hypothetical and
 * future events left out) against the expected ones. Thread-safe; each run uses its own threads.
 */
public final class Evaluation {

    /** Which part of an event has to agree with the gold event. */
    public enum Level { ROOT, CODE, PLOVER }

    /** One case's outcome: what was expected, what the coder said, which expected events it found. */
    public record CaseResult(GoldCase gold, List<Event> predicted, boolean[] found, int matchedPredictions) {}

    private final EventCoder coder;
    private final Function<Actor, String> key;
    private final int threads;

    /**
     * @param key how an actor is compared with the gold's actor keys: its entity id for Orbit's and
     *            PLOVER's suites, its full code for PETRARCH's
     */
    public Evaluation(EventCoder coder, Function<Actor, String> key, int threads) {
        this.coder = coder;
        this.key = key;
        this.threads = Math.max(1, threads);
    }

    /** Codes all cases (on {@code threads} threads) and scores them at {@code level}. */
    public Score run(List<GoldCase> cases, Level level) {
        List<List<Event>> predictions = predict(cases);
        List<CaseResult> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            results.add(score(cases.get(i), predictions.get(i), level));
        }
        return new Score(level, results);
    }

    /** Scores already coded cases at another level without coding them again. */
    public Score rescore(Score score, Level level) {
        List<CaseResult> results = new ArrayList<>();
        for (CaseResult r : score.cases()) {
            results.add(score(r.gold(), r.predicted(), level));
        }
        return new Score(level, results);
    }

    private List<List<Event>> predict(List<GoldCase> cases) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Event>>> futures = new ArrayList<>();
            for (GoldCase c : cases) {
                futures.add(pool.submit(() -> coder.code(c.id(), c.date(), c.text()).events().stream()
                        .filter(CodedEvent::happened)
                        .map(CodedEvent::event)
                        .flatMap(Evaluation::jointActors)
                        .toList()));
            }
            List<List<Event>> out = new ArrayList<>();
            for (Future<List<Event>> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One event per actor of a PETRARCH joint code: "THE_SHIRE [FRO/BIL/SAM]" names three actors,
     * and PETRARCH codes an event of the Shire as one event of each of them.
     */
    static Stream<Event> jointActors(Event e) {
        List<Actor> sources = split(e.source());
        List<Actor> targets = split(e.target());
        if (sources.size() == 1 && targets.size() == 1) {
            return Stream.of(e);
        }
        List<Event> out = new ArrayList<>();
        for (Actor s : sources) {
            for (Actor t : targets) {
                out.add(new Event(e.id(), e.dataset(), e.date(), s, t, e.cameo(), e.quadClass(), e.goldstein(), e.plover(), e.mode(),
                        e.coverage(), e.sourcePlace(), e.targetPlace(), e.actionPlace(), e.evidence()));
            }
        }
        return out.stream();
    }

    private static List<Actor> split(Actor a) {
        if (!a.code().contains("/")) {
            return List.of(a);
        }
        List<Actor> out = new ArrayList<>();
        for (String code : a.code().split("/")) {
            out.add(new Actor(code, a.name(), code.length() > 3 ? code.substring(0, 3) : code, a.sectors(), a.country(), a.knownGroup(),
                    a.ethnic(), a.religion1(), a.religion2(), a.type1(), a.type2(), a.type3()));
        }
        return out;
    }

    private CaseResult score(GoldCase gold, List<Event> predicted, Level level) {
        boolean[] found = new boolean[gold.expected().size()];
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (int i = 0; i < found.length; i++) {
            GoldCase.Expected x = gold.expected().get(i);
            for (int k = 0; k < predicted.size(); k++) {
                if (!used[k] && matches(x, predicted.get(k), level)) {
                    used[k] = true;
                    found[i] = true;
                    matched++;
                    break;
                }
            }
        }
        return new CaseResult(gold, predicted, found, matched);
    }

    private boolean matches(GoldCase.Expected x, Event e, Level level) {
        String s = key.apply(e.source());
        String t = key.apply(e.target());
        boolean actors = x.sources().contains(s)
                && (x.targets().isEmpty() ? x.sources().contains(t) && !s.equals(t) : x.targets().contains(t));
        if (!actors) {
            return false;
        }
        return switch (level) {
            case ROOT -> x.code().isEmpty() ? ploverMatches(x, e) : e.root().equals(orbit.core.CameoCode.rootOf(x.code()));
            case CODE -> x.code().isEmpty() ? ploverMatches(x, e) : e.cameo().equals(x.code());
            case PLOVER -> ploverMatches(x, e);
        };
    }

    /**
     * Codes the PLOVER gold-standard records (2016) type differently from the 2021 mapping Orbit
     * uses: the PLOVER repository's earlier mapping (cameo/CAMEO-PLOV.txt) files imposing sanctions
     * (163) under SANCTION and destroying property (1712) under COERCE, and the records themselves
     * type the CAMEO manual's examples of easing a curfew or a state of emergency (0813, 0814:
     * CONCEDE-0005 to -0008) as CONCEDE; 2021 files them under COERCE, ASSAULT and RETREAT.
     */
    private static final Map<String, String> GSR_TYPES = Map.of("163", "SANCTION", "1712", "COERCE", "0813", "CONCEDE", "0814", "CONCEDE");

    /**
     * PLOVER 2016's AGREE also covered signing a formal agreement (CAMEO 057), which the 2021
     * mapping files under SUPPORT; the GSR records use the 2016 sense, as they do for the codes of
     * {@link #GSR_TYPES} (those only where the expected event carries no CAMEO code, as the GSR's do not).
     */
    private static boolean ploverMatches(GoldCase.Expected x, Event e) {
        if (x.plover().isEmpty()) {
            return !x.code().isEmpty() && e.cameo().equals(x.code());
        }
        return x.plover().equals(e.plover()) || (x.plover().equals("AGREE") && e.cameo().startsWith("057"))
                || (x.code().isEmpty() && x.plover().equals(GSR_TYPES.get(e.cameo())));
    }

    /** Scores of a run at one level. */
    public record Score(Level level, List<CaseResult> cases) {

        public int expected() {
            return cases.stream().mapToInt(c -> c.gold().expected().size()).sum();
        }

        public int predicted() {
            return cases.stream().mapToInt(c -> c.predicted().size()).sum();
        }

        public int correct() {
            return cases.stream().mapToInt(CaseResult::matchedPredictions).sum();
        }

        public double precision() {
            return predicted() == 0 ? 0 : (double) correct() / predicted();
        }

        public double recall() {
            return expected() == 0 ? 0 : (double) correct() / expected();
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Events emitted that match nothing expected, per sentence. */
        public double extraPerSentence() {
            return cases.isEmpty() ? 0 : (double) (predicted() - correct()) / cases.size();
        }

        /** Cases with at least one expected event where the first expected event was found. */
        public double recordsFound() {
            long with = cases.stream().filter(c -> c.found().length > 0).count();
            long hit = cases.stream().filter(c -> c.found().length > 0 && c.found()[0]).count();
            return with == 0 ? 0 : (double) hit / with;
        }

        public long traps() {
            return cases.stream().filter(c -> c.gold().isTrap()).count();
        }

        /** Share of traps on which the coder emitted any event. */
        public double trapFalseRate() {
            long traps = traps();
            long fired = cases.stream().filter(c -> c.gold().isTrap() && !c.predicted().isEmpty()).count();
            return traps == 0 ? 0 : (double) fired / traps;
        }

        /** The same score restricted to cases carrying a tag. */
        public Score only(String tag) {
            return new Score(level, cases.stream().filter(c -> c.gold().tags().contains(tag)).toList());
        }

        public Set<String> tags() {
            Set<String> tags = new java.util.TreeSet<>();
            cases.forEach(c -> tags.addAll(c.gold().tags()));
            return tags;
        }
    }
}
