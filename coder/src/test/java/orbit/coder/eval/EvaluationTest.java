package orbit.coder.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import orbit.coder.Coders;
import orbit.core.Actor;
import org.junit.jupiter.api.Test;

/** What counts as finding an expected event. */
class EvaluationTest {

    private static double recall(GoldCase.Expected expected, String sentence) {
        GoldCase c = new GoldCase("t", LocalDate.of(2000, 1, 1), sentence, List.of(expected), Set.of());
        return new Evaluation(Coders.standard(), Actor::entity, 1).run(List.of(c), Evaluation.Level.PLOVER).recall();
    }

    @Test
    void plover2016ConcedeCoversEasingACurfewOrAStateOfEmergency() {
        // the GSR's CONCEDE records include the CAMEO manual's 0813 examples, which PLOVER 2021 files under RETREAT
        String sentence = "Israel lifted the curfew in Palestinian towns.";
        assertThat(recall(new GoldCase.Expected(Set.of("ISR"), Set.of("PSE"), "", "CONCEDE"), sentence)).isEqualTo(1.0);
        // a gold event with its own CAMEO code is matched by that code's type only
        assertThat(recall(new GoldCase.Expected(Set.of("ISR"), Set.of("PSE"), "081", "CONCEDE"), sentence)).isEqualTo(0.0);
    }
}
