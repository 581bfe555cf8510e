package orbit.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import orbit.coder.eval.Evaluation;
import orbit.coder.eval.GoldCase;
import orbit.coder.eval.Suites;
import orbit.core.Actor;
import orbit.core.CameoCode;
import orbit.core.Event;
import orbit.core.Ontology;
import orbit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PETRARCH verbs-file converter: how verb blocks, patterns, synsets and codes become lexicon
 * entries; and the harness that measures Orbit's coder with PETRARCH's validation dictionaries on
 * PETRARCH's unit-test records (../shared/data/petrarch; skipped without them).
 */
class PetrarchVerbsTest {

    @TempDir
    Path dir;

    private Map<String, LexiconEntry> convert(String verbs) throws IOException {
        return convert(Lexicon.empty(Ontology.standard().cameo()), verbs, PetrarchVerbs.Options.DEFAULT).entries;
    }

    private record Converted(Map<String, LexiconEntry> entries, PetrarchVerbs.Summary summary) {}

    private Converted convert(Lexicon.Builder lexicon, String verbs, PetrarchVerbs.Options options) throws IOException {
        Path file = dir.resolve("test.verbs.txt");
        Files.writeString(file, verbs, StandardCharsets.ISO_8859_1);
        PetrarchVerbs.Summary summary = PetrarchVerbs.convert(lexicon, file, options);
        Map<String, LexiconEntry> byPattern = new LinkedHashMap<>();
        for (LexiconEntry e : lexicon.build().entries()) {
            byPattern.put(e.pattern(), e);
        }
        return new Converted(byPattern, summary);
    }

    @Test
    void verbsAreEnteredAsCoreNlpLemmasWithTheirBlockCode() throws IOException {
        Map<String, LexiconEntry> e = convert("""
                --- SAID  [023]  ---
                SAID    # PAS   9/25/91

                --- LEFT  [032:033]  ---
                LEFT

                --- EXCLUDE  [1721] ---
                EXCLUDE
                +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF }

                --- DELAY [120]  [031:031]  ---
                DELAY
                DOWNPLAY [014]

                --- ACCORD  [---] ---
                ACCORD
                """);
        assertThat(e.get("say").code()).isEqualTo("023");
        assertThat(e.get("leave").code()).as("the source side of a pair code").isEqualTo("032");
        assertThat(e.get("leave").back()).as("the target's code back").isEqualTo("033");
        assertThat(e.get("leave").symmetric()).isFalse();
        assertThat(e.get("delay").back()).as("a block with a code of its own and a pair code after it").isEmpty();
        assertThat(e.get("cordon_off").code()).isEqualTo("1721");
        assertThat(e.get("delay").code()).isEqualTo("120");
        assertThat(e.get("downplay").code()).as("a verb's own code").isEqualTo("014");
        assertThat(e).doesNotContainKey("accord");
        // PETRARCH's target is the first actor after the verb: Orbit needs the preposition
        assertThat(e.get("say +to").code()).isEqualTo("023");
        assertThat(e.get("leave +for").code()).isEqualTo("032");
        assertThat(e).as("a bare verb gets no +with: the coder reads 'A and B <verb> with' as mutual").doesNotContainKey("say +with");
    }

    @Test
    void patternsBecomeLightVerbObjectsComplementsAndTargetPrepositions() throws IOException {
        Map<String, LexiconEntry> e = convert("""
                --- RESTORE  [064]  ---
                RESTORE
                - NOT * RELATIONS  [112]
                - * DIPLOMATIC TIES [064]

                --- AGREE  [081] ---
                AGREE
                - * WITH % [031]
                - SAID * TO ATTEND  [082]

                --- ASK  [090] ---
                ASK
                - * TO RECONSIDER  [102]

                --- BURN [---] ---
                BURN
                - * DOWN  [192]

                --- URGE  [102] ---
                URGE
                - HAS *  [122]

                --- WARN  [160] ---
                WARN
                - * THEIR ^ ABOUT +  [162]
                - * AT ^ +  [162]
                """);
        assertThat(e.get("restore =tie").code()).isEqualTo("064");
        assertThat(e.get("restore =tie +with").code()).isEqualTo("064");
        assertThat(e.get("agree +with").code()).as("an explicit target beats the verb's implicit one").isEqualTo("031");
        assertThat(e.get("ask >reconsider").code()).isEqualTo("102");
        assertThat(e.get("burn_down").code()).isEqualTo("192");
        assertThat(e.get("urge").code()).as("'HAS *' cannot be stated: it would replace the verb's default").isEqualTo("102");
        assertThat(e.get("warn +about").code()).isEqualTo("162");
        assertThat(e.get("warn +at").code()).as("'AT ^ +' has no preposition before the target").isEqualTo("160");
        assertThat(e.keySet()).noneMatch(p -> p.startsWith("agree >attend"));
    }

    @Test
    void synsetsExpandIntoOneEntryPerMemberAndPairCodesGiveSym() throws IOException {
        Map<String, LexiconEntry> e = convert("""
                &CURRENCY
                +DOLLARS
                +SWISS FRANCS
                +GOLDEN_GOBLIN_GALLEONS

                &NESTED
                +&CURRENCY
                +BITCOIN

                --- CONTRIBUTE [070]  ---
                CONTRIBUTE
                - * &NESTED [071]

                --- EXCLUDE  [1721] ---
                EXCLUDE
                +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF }

                --- RENEW  [---] ---
                RENEW
                - * RELATIONS  [064:064]

                --- MEET  [031:031]  ---
                MEET
                - % HAVE POSTPONED *  [191]

                --- POSTPONE [120] ---
                POSTPONE
                - % HAVE *  [191]
                """);
        assertThat(e.get("contribute =dollar").code()).isEqualTo("071");
        assertThat(e.get("contribute =franc +to").code()).isEqualTo("071");
        assertThat(e.get("contribute =galleon").code()).isEqualTo("071");
        assertThat(e.get("contribute =bitcoin").code()).isEqualTo("071");
        assertThat(e.get("renew =relation").symmetric()).as("[064:064]: the same code both ways").isTrue();
        assertThat(e.get("meet").symmetric()).isTrue();
        assertThat(e.get("postpone").code()).isEqualTo("120");
        assertThat(e.get("postpone +with").code()).as("% before the verb: a compound subject").isEqualTo("191");
        assertThat(e.get("postpone +with").symmetric()).isTrue();
    }

    @Test
    void codesOutsideTheCameoTableTakeTheirNearestAncestorOrAreSkippedAndCounted() throws IOException {
        String verbs = """
                --- BREAK [1717] ---
                BREAK
                - * TREATY  [161]

                --- ATTACK  [223]  ---
                ATTACK
                """;
        Converted withAncestors = convert(Lexicon.empty(Ontology.standard().cameo()), verbs, PetrarchVerbs.Options.DEFAULT);
        assertThat(withAncestors.entries().get("break").code()).isEqualTo("171");
        assertThat(withAncestors.entries().get("break").origin()).contains("1717");
        assertThat(withAncestors.entries().get("break =treaty").code()).isEqualTo("161");
        assertThat(withAncestors.entries()).doesNotContainKey("attack");
        assertThat(withAncestors.summary().codes()).containsEntry("223", 1);

        PetrarchVerbs.Options strict = new PetrarchVerbs.Options(false, false, PetrarchVerbs.Options.DEFAULT.targetPrepositions());
        Converted exact = convert(Lexicon.empty(Ontology.standard().cameo()), verbs, strict);
        assertThat(exact.entries()).doesNotContainKey("break");
        assertThat(exact.entries().get("break =treaty").code()).isEqualTo("161");
        assertThat(exact.summary().codes()).containsKeys("1717", "223");
    }

    @Test
    void linesOrbitCannotStateAreSkippedAndCountedByReason() throws IOException {
        Converted c = convert(Lexicon.empty(Ontology.standard().cameo()), """
                --- WITHDRAW  [192] ---
                WITHDRAW
                - SAID * PRECONDITION  [150]
                - SAID WOULD NOT * TROOPS  [182]
                - * TROOPS  [012]
                - *_TALKS  [---]
                - * OF $ FROM +  [012]
                """, PetrarchVerbs.Options.DEFAULT);
        assertThat(c.summary().patternLines()).isEqualTo(5);
        assertThat(c.summary().skipped()).containsEntry("pattern with words before the verb", 2)
                .containsEntry("pattern with the null code --- (a non-event Orbit cannot state)", 1)
                .containsEntry("pattern with the source after the verb and the target elsewhere", 1);
        assertThat(c.entries().get("withdraw =troops").code()).isEqualTo("012");
    }

    @Test
    void bundledPatternsStayUnlessTheFilesVerbsAreToReplaceThem() throws IOException {
        String verbs = """
                --- PROMISE  [050] ---
                PROMISE
                - * RAIDS  [173]
                """;
        Converted layered = convert(Lexicon.standard(Ontology.standard().cameo()), verbs, PetrarchVerbs.Options.DEFAULT);
        assertThat(layered.entries().get("promise =aid +to").code()).as("the bundled, more specific pattern").isEqualTo("033");
        assertThat(layered.entries().get("promise +to").code()).isEqualTo("050");
        assertThat(layered.entries().get("promise =raid +to").code()).isEqualTo("173");
        assertThat(layered.summary().recoded()).isZero();

        PetrarchVerbs.Options recode = new PetrarchVerbs.Options(true, true, PetrarchVerbs.Options.DEFAULT.targetPrepositions());
        Converted replaced = convert(Lexicon.standard(Ontology.standard().cameo()), verbs, recode);
        assertThat(replaced.entries().get("promise =aid +to").code()).isEqualTo("050");
        assertThat(replaced.entries().get("promise =aid +to").origin()).contains("lexicon.tsv").contains("re-coded");
        assertThat(replaced.entries().get("promise =raid +to").code()).isEqualTo("173");
        assertThat(replaced.summary().recoded()).isGreaterThan(10);
    }

    // ---------------------------------------------------------------------------------------------
    // PETRARCH actor and agent dictionaries

    /** A coder with small PETRARCH actor and agent files of fictional actors over the bundled dictionaries. */
    private EventCoder fictionalCoder() throws IOException {
        Path actorsFile = dir.resolve("test.actors.txt");
        Files.writeString(actorsFile, """
                ESGAROTH [ESG]
                BARD [ESG]
                BEORN  [BRN]
                	[BRNGOV 20100101-20121231]
                THE_VALE [BEO/WDM]
                """, StandardCharsets.ISO_8859_1);
        Path agentsFile = dir.resolve("test.agents.txt");
        Files.writeString(agentsFile, """
                FOREIGN_MINISTER [~GOVFRM]
                PRIME_MINISTER [~GOV]
                RANGERS {} [NGO~]
                """, StandardCharsets.ISO_8859_1);
        Ontology ontology = Ontology.standard();
        ActorDictionary.Builder actors = ActorDictionary.standard(ontology.entities());
        PetrarchDictionaries.addActors(actors, actorsFile);
        PetrarchDictionaries.addAgents(actors, agentsFile);
        Lexicon.Builder lexicon = Lexicon.standard(ontology.cameo());
        Path verbsFile = dir.resolve("test.verbs.txt");
        Files.writeString(verbsFile, """
                --- DEPART  [032:033]  ---
                DEPART

                --- EXCLUDE  [1721] ---
                EXCLUDE
                +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF }

                --- RENEW  [---] ---
                RENEW
                - * DIPLOMATIC  [064:064]
                """, StandardCharsets.ISO_8859_1);
        PetrarchVerbs.addTo(lexicon, verbsFile);
        return new EventCoder(Coders.standard().parser(), actors.build(), lexicon.build(), ontology.cameo(), true);
    }

    @Test
    void anAdjectivePatternWordIsTheObjectsModifier() throws IOException {
        assertThat(coded(fictionalCoder(), LocalDate.of(2015, 6, 1), "Beorn and Esgaroth renewed diplomatic exchanges."))
                .containsExactlyInAnyOrder("BRN ESG 064", "ESG BRN 064");
    }

    @Test
    void aParticleTakenForAPrepositionStillMakesThePhrasalVerbAndTheTargetMayBeInAParticiple() throws IOException {
        // parsed as obl:off, with the target in the participle's phrase
        assertThat(coded(fictionalCoder(), LocalDate.of(2015, 6, 1), "Beorn cordoned off the roads leading into Esgaroth."))
                .containsExactly("BRN ESG 1721");
    }

    @Test
    void aPairCodeCodesTheTargetsEventBackToTheSource() throws IOException {
        assertThat(coded(fictionalCoder(), LocalDate.of(2015, 6, 1), "Beorn departed for Esgaroth."))
                .containsExactlyInAnyOrder("BRN ESG 032", "ESG BRN 033");
    }

    private static List<String> coded(EventCoder coder, LocalDate date, String sentence) {
        return coder.code("t", date, sentence).events().stream()
                .map(CodedEvent::event)
                .map(e -> e.source().code() + " " + e.target().code() + " " + e.cameo())
                .toList();
    }

    @Test
    void aDatedActorCodeHoldsOnItsDatesAndTheUndatedOneOtherwise() throws IOException {
        EventCoder coder = fictionalCoder();
        assertThat(coded(coder, LocalDate.of(2011, 6, 1), "Beorn criticised Esgaroth.")).containsExactly("BRNGOV ESG 111");
        assertThat(coded(coder, LocalDate.of(2015, 6, 1), "Beorn criticised Esgaroth.")).containsExactly("BRN ESG 111");
    }

    @Test
    void agentsGiveTheSectorOfAStateAndOfANamedActor() throws IOException {
        EventCoder coder = fictionalCoder();
        LocalDate date = LocalDate.of(2015, 6, 1);
        assertThat(coded(coder, date, "Esgaroth's foreign minister criticised Beorn.")).as("the agent file's code, not the bundled GOV")
                .containsExactly("ESGGOVFRM BRN 111");
        assertThat(coded(coder, date, "Esgaroth Prime Minister Bard criticised Beorn.")).containsExactly("ESGGOV BRN 111");
        assertThat(coded(coder, date, "The Rangers of Esgaroth criticised Beorn.")).as("[NGO~]: the agent's code goes first")
                .containsExactly("NGOESG BRN 111");
    }

    @Test
    void aJointActorCodeIsScoredAsEachOfItsActors() throws IOException {
        EventCoder coder = fictionalCoder();
        LocalDate date = LocalDate.of(2015, 6, 1);
        assertThat(coded(coder, date, "The Vale criticised Esgaroth.")).containsExactly("BEO/WDM ESG 111");
        GoldCase vale = new GoldCase("vale", date, "The Vale criticised Esgaroth.", List.of(
                new GoldCase.Expected(Set.of("BEO"), Set.of("ESG"), "111", ""),
                new GoldCase.Expected(Set.of("WDM"), Set.of("ESG"), "111", "")), Set.of("actor"));
        Evaluation.Score score = new Evaluation(coder, Actor::code, 1).run(List.of(vale), Evaluation.Level.CODE);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.extraPerSentence()).isZero();
    }

    // ---------------------------------------------------------------------------------------------
    // the measurement on PETRARCH's unit-test records

    /** The coder EventCoder.petrarch builds, with the PETRARCH verbs file converted over the bundled lexicon. */
    private static EventCoder petrarchCoder(Parser parser, Ontology ontology, Path folder, PetrarchVerbs.Options options,
            StringBuilder report) {
        ActorDictionary.Builder actors = ActorDictionary.standard(ontology.entities());
        PetrarchDictionaries.addActors(actors, folder.resolve("PETR.Validate.actors.txt"));
        PetrarchDictionaries.addAgents(actors, folder.resolve("PETR.Validate.agents.txt"));
        Lexicon.Builder lexicon = Lexicon.standard(ontology.cameo());
        if (options != null) {
            PetrarchVerbs.Summary s = PetrarchVerbs.convert(lexicon, folder.resolve("PETR.Validate.verbs.txt"), options);
            if (report != null) {
                report.append(s).append('\n');
            }
        }
        return new EventCoder(parser, actors.build(), lexicon.build(), ontology.cameo(), true).announcedIntents(false);
    }

    @Test
    void codesPetrarchsUnitTestRecordsWithPetrarchsValidationDictionaries() {
        Path records = SharedData.require("petrarch/PETR.UnitTest.records.xml");
        Path folder = records.getParent();
        Ontology ontology = Ontology.standard();
        List<GoldCase> cases = Suites.petrarch(records);
        Parser parser = Parser.english();
        int threads = Runtime.getRuntime().availableProcessors();
        StringBuilder out = new StringBuilder();

        EventCoder coder = petrarchCoder(parser, ontology, folder, PetrarchVerbs.Options.DEFAULT, out);
        ActorDictionary.Builder actorsBuilder = ActorDictionary.standard(ontology.entities());
        PetrarchDictionaries.addActors(actorsBuilder, folder.resolve("PETR.Validate.actors.txt"));
        PetrarchDictionaries.addAgents(actorsBuilder, folder.resolve("PETR.Validate.agents.txt"));
        ActorDictionary actors = actorsBuilder.build();
        Evaluation.Score score = new Evaluation(coder, Actor::code, threads).run(cases, Evaluation.Level.ROOT);

        out.append(String.format("%nPETRARCH unit-test records: %d sentences, %d expected codings, root level%n", score.cases().size(),
                score.expected()));
        out.append(String.format("%-44s %9s %9s %9s %7s%n", "coder", "precision", "recall", "extra/snt", "events"));
        line(out, "PETRARCH verbs converted (default)", score);
        line(out, "  without ancestor codes (exact codes only)", new Evaluation(petrarchCoder(parser, ontology, folder,
                new PetrarchVerbs.Options(false, false, PetrarchVerbs.Options.DEFAULT.targetPrepositions()), null), Actor::code, threads)
                .run(cases, Evaluation.Level.ROOT));
        line(out, "  re-coding the bundled patterns on its verbs", new Evaluation(petrarchCoder(parser, ontology, folder,
                new PetrarchVerbs.Options(true, true, PetrarchVerbs.Options.DEFAULT.targetPrepositions()), null), Actor::code, threads)
                .run(cases, Evaluation.Level.ROOT));
        line(out, "bundled lexicon only (EventCoder.petrarch)", new Evaluation(petrarchCoder(parser, ontology, folder, null, null),
                Actor::code, threads).run(cases, Evaluation.Level.ROOT));

        out.append(String.format("%n%-10s %6s %8s %6s %7s %7s%n", "category", "cases", "expected", "found", "recall", "extra"));
        for (String tag : score.tags()) {
            Evaluation.Score t = score.only(tag);
            out.append(String.format("%-10s %6d %8d %6d %7.3f %7d%n", tag.toUpperCase(Locale.ROOT), t.cases().size(), t.expected(),
                    t.correct(), t.recall(), t.predicted() - t.correct()));
        }
        Map<String, Map<String, Integer>> causes = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Evaluation.CaseResult r : score.cases()) {
            List<Event> all = null;
            Set<String> mentioned = Set.of();
            for (int i = 0; i < r.found().length; i++) {
                if (r.found()[i]) {
                    continue;
                }
                if (all == null) {
                    all = coder.code(r.gold().id(), r.gold().date(), r.gold().text()).events().stream().map(CodedEvent::event).toList();
                    mentioned = new java.util.HashSet<>();
                    for (Parse p : parser.parse(r.gold().text()).sentences()) {
                        for (Mention m : actors.find(p)) {
                            for (ActorEntry a : m.candidates()) {
                                mentioned.add(a.entity());
                                if (a.code().length() >= 3) {
                                    mentioned.add(a.code().substring(0, 3));
                                }
                            }
                        }
                    }
                }
                GoldCase.Expected x = r.gold().expected().get(i);
                String cause = cause(r.gold(), x, all, mentioned, ontology);
                causes.computeIfAbsent(cause, k -> new TreeMap<>()).merge(r.gold().tags().iterator().next().toUpperCase(Locale.ROOT), 1,
                        Integer::sum);
                misses.add(String.format("  %-18s %s>%s:%s  %s", r.gold().id(), String.join("/", x.sources()), String.join("/", x.targets()),
                        x.code(), cause));
            }
        }
        out.append(String.format("%nexpected codings not found, by cause (and category)%n"));
        causes.forEach((cause, byTag) -> out.append(String.format("%4d  %s  %s%n", byTag.values().stream().mapToInt(Integer::intValue).sum(),
                cause, byTag)));
        out.append(String.format("%nmissed codings%n"));
        misses.forEach(m -> out.append(m).append('\n'));
        System.out.println(out);

        // a regression guard at what the converter reaches today; the acceptance target (recall >= 0.80
        // with <= 0.2 extra events per sentence) is not reached, see the causes printed above
        assertThat(score.recall()).as("root-level recall").isGreaterThanOrEqualTo(0.50);
        assertThat(score.extraPerSentence()).as("extra events per sentence").isLessThanOrEqualTo(0.20);
    }

    private static void line(StringBuilder out, String name, Evaluation.Score s) {
        out.append(String.format("%-44s %9.3f %9.3f %9.3f %7d%n", name, s.precision(), s.recall(), s.extraPerSentence(), s.predicted()));
    }

    /** Why an expected coding was not found, judged from everything the coder emitted for the sentence. */
    private static String cause(GoldCase gold, GoldCase.Expected x, List<Event> all, Set<String> mentioned, Ontology ontology) {
        String root = CameoCode.rootOf(x.code());
        if (ontology.cameo().find(root).isEmpty()) {
            return "code has no CAMEO root (a WEIS or test code)";
        }
        for (String a : union(x.sources(), x.targets())) {
            if (!a.matches("[A-Z]{3}[A-Z]*")) {
                return "actor code Orbit cannot give (---, ###, actor text)";
            }
        }
        for (GoldCase.Expected y : gold.expected()) {
            if (y != x && !y.code().equals(x.code()) && y.sources().equals(x.targets()) && y.targets().equals(x.sources())) {
                return "second half of a pair code (Orbit: one event per trigger)";
            }
        }
        boolean actorsOk = false;
        boolean oneActorOk = false;
        boolean bothOther = false;
        for (Event e : all) {
            boolean s = x.sources().contains(e.source().code());
            boolean t = x.targets().contains(e.target().code());
            if (s && t && e.root().equals(root)) {
                return "coded, but flagged future/hypothetical (left out)";
            }
            actorsOk |= s && t;
            oneActorOk |= e.root().equals(root) && (s || t);
            bothOther |= e.root().equals(root);
        }
        if (actorsOk) {
            return "right actors, other code";
        }
        if (oneActorOk || bothOther) {
            return "right code, actor coded otherwise (actor dictionary)";
        }
        for (String a : union(x.sources(), x.targets())) {
            if (!mentioned.contains(a.substring(0, 3))) {
                return "an actor not recognised in the sentence (actor dictionary)";
            }
        }
        return "no event linking these actors (argument linking, parse, or no pattern)";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
