package orbit.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import orbit.coder.eval.Evaluation;
import orbit.coder.eval.GoldCase;
import orbit.coder.eval.Suites;
import orbit.core.Actor;
import orbit.core.Ontology;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The coder on PLOVER's gold-standard records (CAMEO manual examples) in ../shared/data/plover; skipped without them. */
class PloverGoldStandardTest {

    @Test
    void expectedEventFoundWithRightPloverTypeSourceAndTargetInThreeQuartersOfRecords() {
        List<GoldCase> cases = Suites.ploverGsr(SharedData.require("plover/PLOVER_GSR_CAMEO.txt"), Ontology.standard().entities());
        assertThat(cases).hasSizeGreaterThan(300);
        Evaluation.Score s = new Evaluation(Coders.standard(), Actor::entity, Runtime.getRuntime().availableProcessors())
                .run(cases, Evaluation.Level.PLOVER);
        assertThat(s.recordsFound()).as("share of records found").isGreaterThanOrEqualTo(0.75);
    }
}
