package orbit.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: a sentence, and exactly the events the coder must give (source code, target code,
 * CAMEO code, trigger words), with the bundled dictionaries.
 */
class EventCoderTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 20);

    private static List<String> code(String sentence) {
        return code(sentence, PUBLISHED);
    }

    private static List<String> code(String sentence, LocalDate published) {
        return Coders.standard().code("test", published, sentence).events().stream()
                .filter(e -> !e.has("hypothetical") && !e.has("future"))
                .map(CodedEvent::event)
                .map(EventCoderTest::describe)
                .toList();
    }

    private static String describe(Event e) {
        return e.source().code() + " " + e.target().code() + " " + e.cameo() + " [" + e.evidence().trigger() + "]";
    }

    @Test
    void activeVerbWithDirectObject() {
        assertThat(code("Azerbaijan attacked Armenia.")).containsExactly("AZE ARM 190 [attacked]");
    }

    @Test
    void passiveAgentIsTheSource() {
        assertThat(code("Armenian positions were shelled by Azerbaijani forces near Jermuk."))
                .containsExactly("AZEMIL ARM 194 [shelled]");
    }

    @Test
    void coordinatedSubjectsOfASymmetricEventActOnEachOther() {
        assertThat(code("Armenia and France signed a defence agreement in Paris."))
                .containsExactlyInAnyOrder("ARM FRA 057 [signed agreement]", "FRA ARM 057 [signed agreement]");
    }

    @Test
    void lightVerbWithPrepositionalTarget() {
        assertThat(code("Azerbaijan launched attacks on Armenian positions.")).containsExactly("AZE ARM 190 [launched attacks]");
    }

    @Test
    void eventNounWithPossessorAndOfPhrase() {
        assertThat(code("Russia's invasion of Ukraine was condemned by the EU."))
                .containsExactlyInAnyOrder("EU RUS 111 [condemned]", "RUS UKR 190 [invasion]");
    }

    @Test
    void controlVerbPatternBeatsTheComplementsOwnCode() {
        assertThat(code("Pashinyan refused to attend the CSTO summit in Minsk.")).containsExactly("ARMGOV CSTO 125 [refused attend]");
    }

    @Test
    void personsResolveToTheirStateAndRoleOnTheDate() {
        assertThat(code("Lavrov criticised Pashinyan.")).containsExactly("RUSGOV ARMGOV 111 [criticised]");
    }

    @Test
    void metonymsStandForGovernments() {
        assertThat(code("The Kremlin accused Yerevan of betraying the alliance.")).containsExactly("RUSGOV ARM 112 [accused]");
    }

    @Test
    void negatedEventsAreNotEmitted() {
        assertThat(code("The CSTO did not help Armenia.")).isEmpty();
        assertThat(code("Russia never attacked Georgia.")).isEmpty();
        assertThat(code("Moscow denied attacking Ukraine.")).isEmpty();
    }

    @Test
    void modalsAndFuturesAreFlaggedAndLeftOut() {
        assertThat(code("Armenia may leave the CSTO.")).isEmpty();
        List<CodedEvent> all = Coders.standard().code("t", PUBLISHED, "Armenia will attack Azerbaijan.").events();
        assertThat(all).singleElement().satisfies(e -> assertThat(e.flags()).contains("future"));
    }

    @Test
    void aFutureActionStatedByItsActorIsCodedAsIntent() {
        assertThat(code("Russia said it would send humanitarian aid to Armenia.")).contains("RUS ARM 033 [send aid]");
        assertThat(code("Armenia will attack Azerbaijan.")).isEmpty();
    }

    @Test
    void appealsRefusalsAndPromisesAreCodedFromTheirComplement() {
        assertThat(code("Blinken urged Azerbaijan to lift the blockade.")).containsExactly("USAGOV AZE 025 [urged lift]");
        assertThat(code("Azerbaijan refused to negotiate with Armenia.")).containsExactly("AZE ARM 125 [refused negotiate]");
    }

    @Test
    void objectPronounsResolveToTheActorNamedBefore() {
        assertThat(code("Blinken phoned Aliyev and urged him to halt the offensive."))
                .contains("USAGOV AZEGOV 041 [phoned]")
                .anyMatch(e -> e.startsWith("USAGOV AZEGOV 02"));
    }

    @Test
    void negativeSubjectsDenyTheEvent() {
        assertThat(code("Neither Armenia nor Azerbaijan asked NATO for help.")).isEmpty();
        assertThat(code("Georgia has not joined the sanctions against Russia.")).isEmpty();
    }

    @Test
    void reportedSpeechIsFlaggedAndKept() {
        List<CodedEvent> all = Coders.standard().code("t", PUBLISHED, "Zakharova said Armenia criticised Russia.").events();
        assertThat(all).singleElement().satisfies(e -> {
            assertThat(e.flags()).containsExactly("reported");
            assertThat(e.event().source().code()).isEqualTo("ARM");
            assertThat(e.event().target().code()).isEqualTo("RUS");
        });
    }

    @Test
    void sportsUseOfAConflictVerbCodesNothing() {
        assertThat(code("Armenia beat Georgia 2-1 in a World Cup qualifier.")).isEmpty();
    }

    @Test
    void unidentifiableActorsCodeNothing() {
        assertThat(code("Unidentified gunmen attacked a convoy.")).isEmpty();
        assertThat(code("Officials met on Monday.")).isEmpty();
    }

    @Test
    void relativeDatesResolveAgainstPublication() {
        List<CodedEvent> all = Coders.standard().code("t", LocalDate.of(2022, 9, 14), "Azerbaijan shelled Armenia on Tuesday.").events();
        assertThat(all).singleElement().satisfies(e -> assertThat(e.event().date()).isEqualTo(LocalDate.of(2022, 9, 13)));
    }

    @Test
    void evidenceNamesTheSentenceTriggerAndPattern() {
        CodedEvent e = Coders.standard().code("doc-7", PUBLISHED, "It was a quiet day. Azerbaijan attacked Armenia.").events().get(0);
        assertThat(e.event().evidence().doc()).isEqualTo("doc-7");
        assertThat(e.event().evidence().sentence()).isEqualTo(2);
        assertThat(e.event().evidence().text()).isEqualTo("Azerbaijan attacked Armenia.");
        assertThat(e.event().evidence().pattern()).isEqualTo("attack");
        assertThat(e.event().id()).isEqualTo("orbit:doc-7:2:2:AZE>ARM:190");
        assertThat(Explanation.markedSentence(e)).isEqualTo("(SRC: Azerbaijan) (EVT: attacked) (TAR: Armenia).");
    }

    @Test
    void theAgentOfAnActInTheObjectIsTheTarget() {
        assertThat(code("Armenia condemned the seizure by Azerbaijan of three villages.")).containsExactly("ARM AZE 111 [condemned]");
    }

    @Test
    void theBlocStandsForTheOrganisationNamedBeforeIt() {
        assertThat(code("At a CSTO meeting, Pashinyan complained that the bloc had done nothing."))
                .containsExactly("ARMGOV CSTO 111 [complained]");
    }

    @Test
    void beingUnableToActIsNoEvent() {
        assertThat(code("Moscow was unable to help Yerevan.")).isEmpty();
    }

    @Test
    void aVerbCodedOnItsOwnLendsNoSourceToTheEventNounItGoverns() {
        assertThat(code("Biden recognised the killings of Armenians.")).containsExactly("USAGOV ARM 054 [recognised]");
    }

    @Test
    void aParticipleAfterTheMainClauseTakesItsSubject() {
        assertThat(code("Azerbaijan launched an offensive on Monday, shelling Armenian positions."))
                .containsExactly("AZE ARM 194 [shelling]");
        assertThat(code("Turkey denied shelling Armenian villages.")).isEmpty();
        assertThat(code("Macron hosted Pashinyan, calling him a friend.")).containsExactly("FRAGOV ARMGOV 043 [hosted]");
    }

    @Test
    void thePrepositionOfAParticipleOnTheObjectNamesTheTarget() {
        assertThat(code("Armenia sent planes carrying rescuers to Turkey.")).containsExactly("ARM TUR 070 [sent]");
    }

    @Test
    void aClaimThatIsRejectedCodesNoEvent() {
        assertThat(code("Armenia denied allegations that it had attacked Azerbaijan.")).isEmpty();
        assertThat(code("Baku dismissed reports that Azerbaijani troops had shelled Armenian villages.")).isEmpty();
    }
}
