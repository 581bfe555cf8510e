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
    void theRecordsConcedeCoversEasingACurfewOrAStateOfEmergency() {
        // the GSR types the CAMEO manual's 0813 examples CONCEDE; PLOVER's mappings file 0813 under RETREAT
        String sentence = "Israel lifted the curfew in Palestinian towns.";
        assertThat(recall(new GoldCase.Expected(Set.of("ISR"), Set.of("PSE"), "", "CONCEDE"), sentence)).isEqualTo(1.0);
        // a gold event with its own CAMEO code is matched by that code's type only
        assertThat(recall(new GoldCase.Expected(Set.of("ISR"), Set.of("PSE"), "081", "CONCEDE"), sentence)).isEqualTo(0.0);
    }

    @Test
    void plover2016SanctionCoversImposingSanctions() {
        // PLOVER's earlier mapping files 163 under SANCTION; 2021 files it under COERCE
        String sentence = "The United States imposed sanctions on Iran.";
        assertThat(recall(new GoldCase.Expected(Set.of("USA"), Set.of("IRN"), "", "SANCTION"), sentence)).isEqualTo(1.0);
        assertThat(recall(new GoldCase.Expected(Set.of("USA"), Set.of("IRN"), "", "ASSAULT"), sentence)).isEqualTo(0.0);
    }
}
