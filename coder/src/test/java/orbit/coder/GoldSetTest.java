package orbit.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import orbit.coder.eval.Evaluation;
import orbit.coder.eval.GoldCase;
import orbit.coder.eval.Suites;
import orbit.core.Actor;
import orbit.core.Ontology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coder against Orbit's own gold set (orbit/coder/gold/gold.jsonl): sentences about real
 * events 2014-2025 and traps. Thresholds from the coder's acceptance criteria.
 */
class GoldSetTest {
    private static List<GoldCase> cases;
    private static Evaluation.Score root;

    @BeforeAll
    static void codeTheGoldSet() {
        InputStream in = GoldSetTest.class.getResourceAsStream("/orbit/coder/gold/gold.jsonl");
        cases = Suites.gold(in, "gold.jsonl", Ontology.standard().cameo());
        root = new Evaluation(Coders.standard(), Actor::entity, Runtime.getRuntime().availableProcessors())
                .run(cases, Evaluation.Level.ROOT);
    }

    @Test
    void goldSetHasAtLeast300SentencesAnd60TrapsCoveringAll20Roots() {
        assertThat(cases.stream().filter(c -> !c.isTrap()).count()).isGreaterThanOrEqualTo(300);
        assertThat(cases.stream().filter(GoldCase::isTrap).count()).isGreaterThanOrEqualTo(60);
        assertThat(cases.stream().flatMap(c -> c.expected().stream()).map(x -> x.code().substring(0, 2)).distinct().count())
                .isEqualTo(20);
    }

    /**
     * The acceptance threshold, root-level F1 of at least 0.85 (measured 0.851, precision
     * 0.944, recall 0.775, on 2026-11-25), and floors under precision and recall at the measured
     * levels. Recall is where the coder is weakest: see docs/coder.md and the closing note.
     */
    @Test
    void rootLevelF1ReachesTheTargetWithPrecisionAndRecallAtTheMeasuredLevels() {
        assertThat(root.precision()).as("root-level precision").isGreaterThanOrEqualTo(0.90);
        assertThat(root.recall()).as("root-level recall").isGreaterThanOrEqualTo(0.75);
        assertThat(root.f1()).as("root-level F1 (precision %.3f, recall %.3f)", root.precision(), root.recall())
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void atMostFivePercentOfTrapsGiveAFalseEvent() {
        assertThat(root.trapFalseRate()).as("share of %d traps with a false event", root.traps()).isLessThanOrEqualTo(0.05);
    }
}
