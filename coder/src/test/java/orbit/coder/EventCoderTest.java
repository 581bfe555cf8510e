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
                .filter(CodedEvent::happened)
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
    void partiesAgreeingUponAnActionExpressIntentNotAccordWithEachOther() {
        // CAMEO 019 is agreeing with another's position; agreeing to act is intent (03), coded from the noun's own code
        assertThat(code("Georgia and Armenia agreed upon a new transit pact."))
                .containsExactlyInAnyOrder("GEO ARM 032 [agreed pact]", "ARM GEO 032 [agreed pact]");
        assertThat(code("Paris agreed with Berlin.")).containsExactly("FRA DEU 019 [agreed]");
    }

    @Test
    void agreeingToACeasefireIsIntentToDeEscalate() {
        assertThat(code("Armenia and Azerbaijan agreed to a ceasefire."))
                .containsExactlyInAnyOrder("ARM AZE 0356 [agreed ceasefire]", "AZE ARM 0356 [agreed ceasefire]");
        assertThat(code("Israel agreed to Egyptian mediation.")).containsExactly("ISR EGY 038 [agreed mediation]");
    }

    @Test
    void aPromisedEventNounIsCodedAsIntent() {
        assertThat(code("Germany promised to continue military aid to Moldova.")).containsExactly("DEU MDA 033 [promised continue aid]");
        assertThat(code("Jordan and Egypt have agreed to undertake joint military exercises."))
                .containsExactlyInAnyOrder("JOR EGY 0312 [agreed undertake exercises]", "EGY JOR 0312 [agreed undertake exercises]");
    }

    @Test
    void whatASpeakerSaysAnotherMustDoIsADemandOnIt() {
        assertThat(code("Britain declared that Iran must ensure the safety of the inspectors.")).containsExactly("GBR IRN 100 [declared ensure]");
        assertThat(code("France demanded that Azerbaijan release the Armenian prisoners.")).containsExactly("FRA AZE 1053 [demanded release]");
    }

    @Test
    void aFutureActionOnConditionIsAnOfferWithIfAndAThreatWithUnless() {
        assertThat(code("Armenia said it would meet Aliyev if he dropped his demands.")).containsExactly("ARM AZEGOV 036 [meet]");
        assertThat(code("Russia said it would withdraw its troops from Armenia unless Yerevan paid its debts."))
                .containsExactly("RUS ARM 130 [withdraw troops]");
    }

    @Test
    void leadersOfTheNinetiesResolveToTheirStates() {
        assertThat(code("Yeltsin hosted Hashimoto in Krasnoyarsk.", LocalDate.of(1997, 11, 1))).containsExactly("RUSGOV JPNGOV 043 [hosted]");
        assertThat(code("Hizbollah guerrillas attacked Israeli positions.", LocalDate.of(1996, 4, 1))).containsExactly("LBNREB ISR 190 [attacked]");
    }

    @Test
    void aStatedFutureProtestOrBoycottIsAThreatOfDissent() {
        assertThat(code("Serbian students said they would protest against the Hungarian government."))
                .containsExactly("SRBEDU HUNGOV 133 [protest]");
        assertThat(code("Palestinian leaders said they would boycott all official contact with the United States."))
                .containsExactly("PSEGOV USA 133 [boycott contact]");
    }

    @Test
    void aComplaintTargetsWhatItIsAboutNotTheBodyItIsMadeTo() {
        assertThat(code("Armenia complained to the UN over Azerbaijani shelling.")).containsExactly("ARM AZE 114 [complained]");
        assertThat(code("Armenia complained to Russia.")).containsExactly("ARM RUS 114 [complained]");
    }

    @Test
    void theTargetMayBeNamedInsideTheObjectPhrase() {
        // PETRARCH's first actor after the verb: down the object's chain of prepositional phrases
        assertThat(code("France welcomed the resumption of talks between Armenia and Azerbaijan."))
                .containsExactlyInAnyOrder("FRA ARM 051 [welcomed]", "FRA AZE 051 [welcomed]");
        // only the first phrase that names an actor: the attackers, not where they attacked
        assertThat(code("Germany condemned an attack by Azerbaijani soldiers in Armenia."))
                .containsExactly("DEU AZEMIL 111 [condemned]");
    }

    @Test
    void theSubjectsOwnPronounIsNoTarget() {
        assertThat(code("Armenia and Georgia welcomed their resumption of trade with Iran."))
                .containsExactlyInAnyOrder("ARM IRN 051 [welcomed]", "GEO IRN 051 [welcomed]");
    }

    @Test
    void theActOfAnAccusationOrClaimIsNotCodedAsFact() {
        assertThat(code("Georgia accused Russia of launching an attack on its villages.")).containsExactly("GEO RUS 112 [accused]");
        assertThat(code("The Kremlin rejected Kyiv's allegations that Russian troops had shelled Ukrainian villages."))
                .containsExactly("RUSGOV UKR 016 [rejected allegations]");
    }

    @Test
    void anEventNounThatIsTheTopicOfCriticismOrProtestIsNotCoded() {
        assertThat(code("Macron condemned Russia's bombardment of Ukrainian cities.")).containsExactly("FRAGOV RUS 111 [condemned]");
        assertThat(code("Turkey lodged a protest with Greece over Germany's visit to Cyprus."))
                .containsExactly("TUR GRC 114 [lodged protest]");
    }

    @Test
    void theAgentOfAPassiveParticipleOwnsWhatItModifies() {
        assertThat(code("Russia vetoed a resolution drafted by France.")).containsExactly("RUS FRA 129 [vetoed]");
        assertThat(code("China vetoed a French-drafted resolution.")).containsExactly("CHN FRA 129 [vetoed]");
        assertThat(code("The ICC opened an investigation into crimes committed by Belarusian forces."))
                .containsExactly("ICC BLRMIL 090 [opened investigation]");
    }

    @Test
    void aParticipleAdjunctTakesTheSubjectOfItsClause() {
        assertThat(code("Armenian forces withdrew from the village, ceding it to Azerbaijan.")).containsExactly("ARMMIL AZE 080 [ceding]");
        // a controlled verb has no subject of its own to give
        assertThat(code("The Macedonian army prepared to resume shelling Albanian rebel-held territory.")).isEmpty();
    }

    @Test
    void aPassiveTheParserAttachesToTheWrongClauseTakesThatClausesSubjectAsTarget() {
        assertThat(code("Moldova's decision to expel the diplomats was sharply criticised by the Kremlin."))
                .containsExactly("RUSGOV MDA 111 [criticised]");
    }

    @Test
    void aSpeakersJudgementOfAnActorIsCodedFromTheSpeaker() {
        assertThat(code("Zakharova said Baku was making a grave mistake.")).containsExactly("RUSGOV AZE 111 [making mistake]");
        assertThat(code("Azerbaijan made a mistake.")).isEmpty();
    }

    @Test
    void aNegatedFutureActionAnnouncedByItsActorIsARefusal() {
        assertThat(code("Pashinyan said Armenia would not host the CSTO summit.")).containsExactly("ARM CSTO 125 [host]");
        assertThat(code("Georgia will not sign the agreement with Russia, Kobakhidze said."))
                .containsExactly("GEO RUS 120 [sign agreement]");
        assertThat(code("Armenia would not host the CSTO summit, analysts said.")).isEmpty();
    }

    @Test
    void aNounSummingUpTheClauseBeforeItStandsForThatClausesSubject() {
        assertThat(code("Armenia expelled two Russian diplomats, a decision condemned by Moscow."))
                .containsExactlyInAnyOrder("ARM RUS 161 [expelled diplomats]", "RUS ARM 111 [condemned]");
        assertThat(code("Azerbaijan closed the Lachin road, a move that Armenia's foreign ministry criticised."))
                .containsExactly("ARMGOV AZE 111 [criticised]");
    }

    @Test
    void theSubjectOfARelativeClauseOwnsItsObjectButDoesNotDoItsEvent() {
        assertThat(code("The peace plan that France proposed was rejected by Russia.")).containsExactly("RUS FRA 120 [rejected]");
        assertThat(code("The treaty that Armenia proposed was rejected by Azerbaijan.")).containsExactly("AZE ARM 120 [rejected]");
    }

    @Test
    void theMediatorActsOnThePartiesToTheTalks() {
        assertThat(code("Qatar mediated three rounds of talks between Russia and Ukraine."))
                .containsExactlyInAnyOrder("QAT RUS 045 [mediated]", "QAT UKR 045 [mediated]");
        assertThat(code("Pashinyan and Aliyev met at talks in Brussels, which were mediated by Michel."))
                .contains("EUGOV ARMGOV 045 [mediated]", "EUGOV AZEGOV 045 [mediated]");
    }

    @Test
    void aSpeakersPessimismAboutRelationsIsCodedToTheOtherParty() {
        assertThat(code("Lavrov said relations with Yerevan had deteriorated.")).containsExactly("RUSGOV ARM 012 [deteriorated]");
        assertThat(code("Relations between Russia and Armenia have deteriorated.")).isEmpty();
    }

    @Test
    void aGerundComplementParsedAsAModifierStillCompletesAControlPattern() {
        assertThat(code("Tokayev said Kazakhstan was considering joining the BRICS group."))
                .containsExactly("KAZ BRICS 014 [considering joining]");
    }

    @Test
    void aWarningThatOnlyReportsWhatTheOtherSideDoesIsNoThreatToIt() {
        assertThat(code("Armenia warned that Azerbaijan was massing troops near the border.")).isEmpty();
        assertThat(code("Russia warned that Moldova would pay a heavy price.")).containsExactly("RUS MDA 130 [warned]");
        assertThat(code("Ukraine demanded that Russia return the deported children.")).containsExactly("UKR RUS 1053 [demanded return]");
    }

    @Test
    void anActorAdmittingItsOwnActIsCodedAsAnAdmissionNotAsTheAct() {
        assertThat(code("Turkey admitted that its jets had shot down a Russian bomber.")).containsExactly("TUR RUS 015 [admitted]");
        assertThat(code("Turkey admitted that Russian jets had bombed Syria.")).isEmpty();
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

    @Test
    void eachCoordinatedActionOfAnAppealIsAskedOfItsAddressees() {
        List<String> events = code("The EU urged Serbia and Kosovo to end the violence and return to negotiations.");
        assertThat(events).map(e -> e.substring(0, e.indexOf(" ["))).containsExactlyInAnyOrder(
                "EU SRB 020", "EU XKX 020", "EU SRB 026", "EU XKX 026");
    }

    @Test
    void aSpanOfTimeBeforeTheLightNounIsNotItsObject() {
        assertThat(code("Armenia and Azerbaijan held four days of negotiations."))
                .map(e -> e.substring(0, e.indexOf(" [")))
                .containsExactlyInAnyOrder("ARM AZE 046", "AZE ARM 046");
    }

    @Test
    void aBoycottedSummitIsTheOrganisationsNotTheHostCitys() {
        assertThat(code("Armenia boycotted the CSTO summit in Minsk.")).map(e -> e.substring(0, e.indexOf(" [")))
                .containsExactly("ARM CSTO 143");
        assertThat(code("Britain boycotted the summit in Russia.")).map(e -> e.substring(0, e.indexOf(" [")))
                .containsExactly("GBR RUS 143");
    }

    @Test
    void coordinatedSubjectsActingOnEachOtherActBothWays() {
        assertThat(code("India and Canada expelled each other's diplomats.")).map(e -> e.substring(0, e.indexOf(" [")))
                .containsExactlyInAnyOrder("IND CAN 161", "CAN IND 161");
        assertThat(code("Serbia and Croatia accused one another of provocations.")).map(e -> e.substring(0, e.indexOf(" [")))
                .containsExactlyInAnyOrder("SRB HRV 112", "HRV SRB 112");
        // without "each other" coordinated subjects of an asymmetric act have no target
        assertThat(code("India and Canada expelled diplomats.")).isEmpty();
    }

    @Test
    void aLightNounsPrepositionMayHangOnItsOfPhrase() {
        assertThat(code("Armenia ordered a mobilisation of its reservists against Azerbaijan."))
                .map(e -> e.substring(0, e.indexOf(" ["))).containsExactly("ARM AZE 154");
    }

    @Test
    void withDomesticAProtestNamingNoOneIsMadeToTheProtestersOwnState() {
        EventCoder domestic = Coders.domestic();
        java.util.function.Function<String, List<String>> coded = text -> domestic.code("test", PUBLISHED, text).events().stream()
                .map(c -> c.event().source().code() + " " + c.event().target().code() + " " + c.event().cameo()).toList();
        assertThat(coded.apply("Serbian workers went on strike.")).containsExactly("SRBLAB SRB 143");
        assertThat(coded.apply("Armenian protesters blocked roads in Yerevan.")).containsExactly("ARMCVL ARM 144");
        // the state and its organs do not protest to themselves; without --domestic nothing is coded
        assertThat(coded.apply("Georgian police staged a protest.")).isEmpty();
        assertThat(code("Serbian workers went on strike.")).isEmpty();
    }

    @Test
    void anActTheTargetAskedForIsNoConflictWithIt() {
        // announced, a withdrawal is coded as a threat (1313) unless the target asked for it
        assertThat(code("The Kremlin said Russian troops would withdraw from Armenian regions at Yerevan's request.")).isEmpty();
        assertThat(code("The Kremlin said Russian troops would withdraw from Armenian regions at Azerbaijan's request."))
                .containsExactly("RUSMIL ARM 1313 [withdraw]");
        // a concession stays coded
        assertThat(code("Russia withdrew its troops from the border regions at Yerevan's request."))
                .map(e -> e.substring(0, e.indexOf(" ["))).containsExactly("RUS ARM 0874");
    }

    @Test
    void forceASpeechContainsIsCriticismInWords() {
        assertThat(code("Pashinyan's speech contained attacks on Russia.")).map(e -> e.substring(0, e.indexOf(" [")))
                .containsExactly("ARMGOV RUS 111");
        assertThat(code("Azerbaijan launched attacks on Armenia.")).map(e -> e.substring(0, e.indexOf(" [")))
                .containsExactly("AZE ARM 190");
    }

    @Test
    void aProtestNamingNoOneIsMadeToWhomItsPurposeAddresses() {
        assertThat(code("Ukrainian activists went on hunger strike to demand that Moscow free the prisoners."))
                .map(e -> e.substring(0, e.indexOf(" ["))).containsExactly("UKRCVL RUS 142");
        // "demonstrate", "rally" and "march" with an object are another sense
        assertThat(code("Russia demonstrated its commitment to Armenia.")).isEmpty();
    }

    @Test
    void withDomesticPeopleByDemonymProtestAsCiviliansAndEthnicGroupsAreCodedWhereTheyLive() {
        EventCoder domestic = Coders.domestic();
        java.util.function.Function<String, List<String>> coded = text -> domestic.code("test", PUBLISHED, text).events().stream()
                .map(c -> c.event().source().code() + " " + c.event().target().code() + " " + c.event().cameo()).toList();
        assertThat(coded.apply("Young Algerians blocked roads to press their demands on Bouteflika's government."))
                .containsExactly("DZACVL DZAGOV 144");
        assertThat(coded.apply("Ethnic Albanians in south Serbia demanded autonomy from Serbian authorities."))
                .containsExactly("SRBCVL SRBGOV 100");
        assertThat(coded.apply("Bosnian Serbs demanded a truce with the Bosnian government.")).containsExactly("BIHCVL BIHGOV 100");
    }

    @Test
    void forcesLedByAStateAreItsAndAPrepositionMayHangOnACoordinatedObject() {
        assertThat(code("Vietnamese-led forces launched artillery and rocket fire against Cambodian guerrilla camps."))
                .map(e -> e.substring(0, e.indexOf(" ["))).containsExactly("VNMMIL KHMREB 190");
    }

    @Test
    void beingOpposedToSomethingIsTheSubjectsOwnStance() {
        assertThat(code("Israel is opposed to French mediation.")).map(e -> e.substring(0, e.indexOf(" ["))).containsExactly("ISR FRA 120");
    }

    @Test
    void anEventNounUnderAVerbThatEndsItIsNoEvent() {
        assertThat(code("The United States ended its aid to Niger.")).map(e -> e.substring(0, e.indexOf(" ["))).containsExactly("USA NER 162");
    }
}
