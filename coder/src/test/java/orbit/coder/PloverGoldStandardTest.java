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

    /**
     * Guards the measured share of records found (0.25 on 2026-11-25, 0.346 after the plover
     * branch's reading of the records and its intent, demand and 1990s-actor work, 0.359 after all
     * of that day's coder work, 0.416 after the cooperative types' work (announced cooperation as
     * intent, aid, concession and retreat patterns), 0.457 after the conflict types' work (protests
     * made to whom their purpose addresses, people by demonym, ethnic groups by residence), 0.508 with both
     * together, 0.533 after the plover3 round (NGOs and UN agencies as organisations, "Congolese" as
     * DR Congo, measures of goods, phrasal verbs kept from their plain verb's entry, new lexicon
     * and persons entries)) against regressions. The acceptance target is 0.75; it is not reached: 15 records
     * expect an event without a target, many an event within one state whose actors Orbit cannot
     * name (unnamed demonstrators, armed groups, places as targets), and the CAMEO manual's 1990s
     * examples use verbs and constructions the lexicon does not cover yet (see the closing note).
     */
    @Test
    void shareOfRecordsFoundDoesNotFallBelowTheMeasuredOne() {
        List<GoldCase> cases = Suites.ploverGsr(SharedData.require("plover/PLOVER_GSR_CAMEO.txt"), Ontology.standard().entities());
        assertThat(cases).hasSizeGreaterThan(300);
        // the CAMEO manual's examples include events within one state, so they are coded with --domestic
        Evaluation.Score s = new Evaluation(Coders.domestic(), Actor::entity, Runtime.getRuntime().availableProcessors())
                .run(cases, Evaluation.Level.PLOVER);
        assertThat(s.recordsFound()).as("share of records found").isGreaterThanOrEqualTo(0.52);
    }
}
