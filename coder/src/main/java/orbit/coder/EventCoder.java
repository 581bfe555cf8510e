package orbit.coder;

import orbit.core.Actor;
import orbit.core.CameoCode;
import orbit.core.CameoTable;
import orbit.core.Event;
import orbit.core.Evidence;
import orbit.core.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes parsed English sentences into CAMEO events: finds actors, matches predicate patterns
 * against each clause, links source and target through the dependency graph (subjects, objects,
 * obliques, passive agents, control, coordination, possessives, appositions) and leaves out
 * negated events. Hypothetical and future events are returned flagged; callers choose whether to
 * keep them. Immutable; thread-safe.
 *
 * <p>Design decision: source, trigger and target always come from the same clause (the trigger's
 * own dependents, its light-verb object or its open complement), never from elsewhere in the story,
 * which is where GDELT's unrelated actor-action pairs come from. When no pattern matches, nothing is
 * coded: there is no fallback code.
 */
public final class EventCoder {

    /**
     * The CAMEO code for announcing an action: intent to cooperate (03x) for cooperative actions,
     * threats (13x) for hostile ones, threats of dissent (133) for protests, strikes and boycotts;
     * null when stating the action is no event of its own.
     */
    static String intentCode(String code) {
        String three = code.length() >= 3 ? code.substring(0, 3) : code;
        return switch (code.substring(0, 2)) {
            case "04" -> three.equals("045") ? "039" : "036";
            case "05" -> "032";
            case "06" -> "031" + subtype(three);
            case "07" -> "033" + subtype(three);
            case "08" -> "035" + subtype(three);
            case "14" -> "133";
            case "16" -> switch (three) {
                case "162" -> "1311";
                case "163" -> "1312";
                default -> "1313";
            };
            case "17" -> "137";
            case "18", "19", "20" -> "138";
            default -> null;
        };
    }

    /**
     * The digit CAMEO's mirrored families give a kind of cooperation, aid or concession: economic,
     * military, judicial, intelligence (061-064), economic, military, humanitarian aid, protection
     * (071-074), and the six concessions (081, 082, 084, 085, 086, 087); empty for the rest.
     */
    static String subtype(String three) {
        return switch (three) {
            case "061", "071", "081" -> "1";
            case "062", "072", "082" -> "2";
            case "063", "073", "084" -> "3";
            case "064", "074", "085" -> "4";
            case "086" -> "5";
            case "087" -> "6";
            default -> "";
        };
    }

    /** Verbs that code the action of their complement as something asked, promised, refused or threatened. */
    enum Family {
        INTENT("agree", "promise", "pledge", "vow", "offer", "commit", "volunteer", "undertake", "decide", "resolve"),
        APPEAL("urge", "ask", "call", "appeal", "invite", "encourage", "request", "press", "implore", "exhort"),
        DEMAND("demand", "insist", "order"),
        REJECT("refuse", "decline", "reject"),
        THREATEN("threaten");

        private final Set<String> verbs;

        Family(String... verbs) {
            this.verbs = Set.of(verbs);
        }

        static Family of(String lemma) {
            for (Family f : values()) {
                if (f.verbs.contains(lemma)) {
                    return f;
                }
            }
            return null;
        }

        /** This family's code for the action coded {@code code}, or null when CAMEO has none. */
        String code(String code) {
            String three = code.length() >= 3 ? code.substring(0, 3) : code + "0";
            String root = code.substring(0, 2);
            if (this == INTENT) {
                return intentCode(code);
            }
            if (this == THREATEN) {
                return switch (root) {
                    case "14", "16", "17", "18", "19", "20" -> intentCode(code);
                    default -> null;
                };
            }
            String kind = switch (root) {
                case "04" -> three.equals("045") ? "mediate" : "meet";
                case "05" -> "diplomatic";
                case "06" -> "material";
                case "07" -> "aid";
                case "08" -> "yield";
                default -> null;
            };
            if (kind == null) {
                return null;
            }
            String sub = subtype(three);
            String base = switch (this) {
                case APPEAL -> switch (kind) {
                    case "meet" -> "026";
                    case "mediate" -> "028";
                    case "diplomatic" -> "022";
                    case "material" -> "021";
                    case "aid" -> "023";
                    default -> "025";
                };
                case DEMAND -> switch (kind) {
                    case "meet" -> "106";
                    case "mediate" -> "108";
                    case "diplomatic" -> "102";
                    case "material" -> "101";
                    case "aid" -> "103";
                    default -> "105";
                };
                default -> switch (kind) {
                    case "meet" -> "125";
                    case "mediate" -> "126";
                    case "diplomatic" -> "120";
                    case "material" -> "121";
                    case "aid" -> "122";
                    default -> "124";
                };
            };
            if (this == REJECT && kind.equals("material") && (sub.equals("3") || sub.equals("4"))) {
                sub = "";
            }
            return sub.isEmpty() || base.equals("120") ? base : base + sub;
        }
    }

    /** A document's coding: the events (flagged ones included) and what could not be parsed. */
    public record Result(List<CodedEvent> events, int sentences, List<Integer> skipped) {}

    /** Markers in the order patterns are tried: the complement's family, then a promised event noun. */
    private static final LexiconEntry FAMILY = new LexiconEntry("", "(family)", "", false, "", "", "", "", false, false, false, "", "", "");
    private static final LexiconEntry PROMISED_NOUN = new LexiconEntry("", "(promised noun)", "", false, "", "", "", "", false, false, false, "", "", "");

    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "neither", "nor");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> MODAL_AUX = Set.of("would", "could", "may", "might", "should", "must", "can", "ought", "'d", "ca");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their");
    private static final Set<String> HEDGES = Set.of("unlikely", "likely", "possible", "possibly", "probable", "probably",
            "perhaps", "maybe", "conceivably", "potentially");
    private static final Set<String> SCENARIOS = Set.of("scenario", "case", "event", "hypothesis", "eventuality", "contingency");
    private static final Set<String> QUANTITIES = Set.of("wave", "series", "barrage", "string", "round", "volley", "salvo", "spate",
            "flurry", "number", "dozen", "hundred", "thousand", "package", "batch", "shipment", "set", "day", "hour", "week",
            "month", "ten", "euro", "dollar",
            // measures of goods: "handed over 700 kg of medicine", "$50,000 worth of goods"
            "kg", "kilogram", "kilo", "ton", "tonne", "litre", "liter", "gallon", "barrel", "truckload", "planeload",
            "consignment", "quantity", "amount", "crate", "worth", "million", "billion");
    /** Particles the parser may take for a preposition with the verb's object ("cordoned off the roads": obl:off). */
    private static final Set<String> PARTICLES = Set.of("off", "up", "down", "out", "away", "back", "aside", "apart");
    /** How many prepositional phrases deep a target is looked for inside an object ({@code within}). */
    private static final int WITHIN_DEPTH = 4;
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");
    /** Nouns whose "with" phrase names the other party: "relations with Washington", "the border with Ukraine". */
    private static final Set<String> WITH_OWNED = Set.of("border", "frontier", "boundary", "relation", "tie");
    /** Nouns that sum up the clause before them: "Azerbaijan set up a checkpoint, a move that Armenia condemned". */
    private static final Set<String> SUMMARIES = Set.of("move", "decision", "step", "measure", "action", "act");
    /** Verbs under which an event noun did not take place: "cancelled his visit to China". */
    private static final Set<String> CANCELLING = Set.of("cancel", "postpone", "delay", "scrap", "shelve", "suspend", "cut",
            "abandon", "prevent", "block", "thwart", "avert", "prohibit", "ban", "halt", "freeze", "withhold", "stop", "end");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");
    private static final Set<String> NEGATING_VERBS = Set.of("deny", "fail", "refrain", "avoid", "decline", "cease", "stop", "unable");
    /**
     * Verbs and nouns whose complement is what someone is accused of, claims or admits: "accused
     * Azerbaijan of launching an attack", "allegations that hackers had infiltrated ...". The content
     * is not coded as fact; the accusation or admission is the event.
     */
    private static final Set<String> CONTENT_VERBS = Set.of("accuse", "blame", "allege", "charge", "indict", "acknowledge", "admit");
    private static final Set<String> CONTENT_NOUNS = Set.of("claim", "allegation", "accusation", "charge", "suggestion", "rumour",
            "rumor", "speculation");
    /**
     * Roots of events whose object is only their topic: denial (016), disapproval (11), rejection (12)
     * and protest (14). "Condemned Azerbaijan's attacks" codes the condemnation, not the attacks.
     */
    private static final Set<String> TOPIC_ROOTS = Set.of("11", "12", "14");
    /** Verbs that deny what their object says: "rejected claims that Moscow was waging a hybrid war" codes no war. */
    private static final Set<String> DISMISSING_VERBS = Set.of("deny", "reject", "dismiss", "refute", "rebuff");
    /** Verbs by which a text holds what it says, and the texts: "the address contained attacks on Russia". */
    private static final Set<String> CONTAINING = Set.of("contain", "include", "feature");
    private static final Set<String> SPEECHES = Set.of("address", "speech", "statement", "article", "interview", "remark",
            "post", "broadcast", "programme", "program", "report", "letter", "communique", "declaration");
    /** Nouns of an act done for someone who asked: "at Yerevan's request". */
    private static final Set<String> REQUESTS = Set.of("request", "invitation", "behest", "urging", "demand");
    /** Sectors of the state itself, which do not protest to it. */
    private static final Set<Sector> STATE_SECTORS = Set.of(Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.SPY);
    /** Verbs of a protest's purpose clause that address its target ("went on hunger strike to demand that Moscow ..."). */
    private static final Set<String> PROTEST_AIMS = Set.of("demand", "press", "protest", "call", "denounce", "condemn", "oppose",
            "urge", "seek", "insist", "push", "show", "express", "voice", "decry", "reject", "resist", "defy", "pressure");
    /** Protest verbs that mean something else with a direct object ("demonstrated its resolve", "rallied support", "marched troops"). */
    private static final Set<String> INTRANSITIVE_PROTESTS = Set.of("demonstrate", "rally", "march");
    /** Participles that state their subject's stance ("Israel is opposed to ..."), not something done to it. */
    private static final Set<String> STANCE_PARTICIPLES = Set.of("oppose");
    /** Nouns of "in protest at ...", "in defiance of ...": the protest is made to whom they name. */
    private static final Set<String> PROTEST_GROUNDS = Set.of("protest", "defiance", "opposition", "response", "retaliation");
    /** Nouns that stand for the organisation named before them in the sentence ("At a CSTO summit, Pashinyan said the bloc ..."). */
    private static final Set<String> ORGANISATION_ANAPHORS = Set.of("bloc", "alliance");
    private static final Set<String> INTENT_VERBS = Set.of("plan", "intend", "want", "hope", "expect", "seek", "aim", "prepare",
            "propose", "consider", "wish", "mull", "schedule", "set", "ready", "prepared", "willing", "committed", "determined",
            "poised", "eager");
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "announce", "report", "claim", "state", "add", "note",
            "insist", "allege", "declare", "write", "confirm", "assert", "argue", "stress", "suggest", "warn", "vow", "pledge",
            "promise", "threaten", "reiterate", "signal", "indicate");

    private final Parser parser;
    private final ActorDictionary actors;
    private final Lexicon lexicon;
    private final CameoTable cameo;
    private final DateResolver dates;
    private final boolean domestic;
    private final boolean announcedIntents;

    public EventCoder(Parser parser, ActorDictionary actors, Lexicon lexicon, CameoTable cameo) {
        this(parser, actors, lexicon, cameo, false);
    }

    /**
     * @param domestic also code events between two sectors of one state ("ARNGOV" on "ARNOPP"), as
     *                 PETRARCH does; Orbit's own default leaves them out, as it measures relations
     *                 between states
     */
    public EventCoder(Parser parser, ActorDictionary actors, Lexicon lexicon, CameoTable cameo, boolean domestic) {
        this(parser, actors, lexicon, cameo, domestic, true);
    }

    private EventCoder(Parser parser, ActorDictionary actors, Lexicon lexicon, CameoTable cameo, boolean domestic,
            boolean announcedIntents) {
        this.parser = parser;
        this.actors = actors;
        this.lexicon = lexicon;
        this.cameo = cameo;
        this.dates = DateResolver.english();
        this.domestic = domestic;
        this.announcedIntents = announcedIntents;
    }

    /**
     * The bundled dictionaries and lexicon, extended by the user's own files (persons.tsv format for
     * actors, lexicon.tsv format for patterns; later files override earlier entries). Loads the
     * CoreNLP models: seconds, once per process.
     */
    public static EventCoder standard(orbit.core.Ontology ontology, List<java.nio.file.Path> actorFiles,
            List<java.nio.file.Path> lexiconFiles) {
        return standard(ontology, actorFiles, lexiconFiles, false);
    }

    /** As {@link #standard(orbit.core.Ontology, List, List)}, also coding events within one state when {@code domestic}. */
    public static EventCoder standard(orbit.core.Ontology ontology, List<java.nio.file.Path> actorFiles,
            List<java.nio.file.Path> lexiconFiles, boolean domestic) {
        ActorDictionary.Builder actors = ActorDictionary.standard(ontology.entities());
        actorFiles.forEach(actors::addPersons);
        Lexicon.Builder lexicon = Lexicon.standard(ontology.cameo());
        lexiconFiles.forEach(lexicon::add);
        return new EventCoder(Parser.english(), actors.build(), lexicon.build(), ontology.cameo(), domestic);
    }

    /**
     * The coder set up for PETRARCH's validation records: the bundled dictionaries with
     * PETRARCH's actor, agent and verb files from {@code folder} (PETR.Validate.actors.txt,
     * PETR.Validate.agents.txt, PETR.Validate.verbs.txt) loaded over them as user dictionaries.
     */
    public static EventCoder petrarch(orbit.core.Ontology ontology, java.nio.file.Path folder, List<java.nio.file.Path> lexiconFiles) {
        ActorDictionary.Builder actors = ActorDictionary.standard(ontology.entities());
        PetrarchDictionaries.addActors(actors, folder.resolve("PETR.Validate.actors.txt"));
        PetrarchDictionaries.addAgents(actors, folder.resolve("PETR.Validate.agents.txt"));
        Lexicon.Builder lexicon = Lexicon.standard(ontology.cameo());
        // the records' codes are the ones PETRARCH's own (mostly WEIS-coded) verb dictionary gives
        java.nio.file.Path verbs = folder.resolve("PETR.Validate.verbs.txt");
        if (java.nio.file.Files.isRegularFile(verbs)) {
            PetrarchVerbs.addTo(lexicon, verbs);
        }
        lexiconFiles.forEach(lexicon::add);
        return new EventCoder(Parser.english(), actors.build(), lexicon.build(), ontology.cameo(), true).announcedIntents(false);
    }

    /** This coder with the same parser and dictionaries, coding events within one state or not. */
    public EventCoder domestic(boolean domestic) {
        return new EventCoder(parser, actors, lexicon, cameo, domestic, announcedIntents);
    }

    /**
     * This coder coding an actor's announced cooperation ("Finland will give Tanzania a grant") as the
     * intent it states (03x), as the CAMEO manual does, or not. Design decision: PETRARCH's records
     * code such a sentence as the act itself, whatever its tense, so the PETRARCH coder leaves the
     * announcement out rather than count an intent its records never expect.
     */
    public EventCoder announcedIntents(boolean announcedIntents) {
        return new EventCoder(parser, actors, lexicon, cameo, domestic, announcedIntents);
    }

    public Parser parser() {
        return parser;
    }

    /** Parses and codes one document published on {@code published}. */
    public Result code(String doc, LocalDate published, String text) {
        Parser.Parsed parsed = parser.parse(text);
        List<CodedEvent> events = new ArrayList<>();
        for (Parse p : parsed.sentences()) {
            events.addAll(code(doc, published, p));
        }
        return new Result(events, parsed.sentences().size() + parsed.skipped().size(), parsed.skipped());
    }

    /**
     * Codes one stored sentence again, as sentence {@code number} of {@code doc}: the same text,
     * publication date and dictionaries give the same events with the same ids, which is how
     * {@code orbit explain} shows how a stored event was coded.
     */
    public List<CodedEvent> recode(String doc, LocalDate published, int number, String sentence) {
        List<CodedEvent> events = new ArrayList<>();
        for (Parse p : parser.parse(sentence).sentences()) {
            events.addAll(code(doc, published, p.renumbered(number)));
        }
        return events;
    }

    /** Codes one parsed sentence. */
    public List<CodedEvent> code(String doc, LocalDate published, Parse parse) {
        return new SentenceCoder(doc, published, parse).code();
    }

    /** The coding of one sentence; not shared between threads. */
    private final class SentenceCoder {
        private final String doc;
        private final LocalDate published;
        private final Parse parse;
        private final Mention[] mentionAt;
        private final boolean[] consumed;
        private final List<DateMention> dateMentions;
        private final List<CodedEvent> out = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        /** The codes emitted with each token as trigger, so a later clause can tell what it is the topic of. */
        private final java.util.Map<Integer, List<String>> codedAt = new java.util.HashMap<>();

        SentenceCoder(String doc, LocalDate published, Parse parse) {
            this.doc = doc;
            this.published = published;
            this.parse = parse;
            this.mentionAt = new Mention[parse.size()];
            for (Mention m : actors.find(parse)) {
                for (int i = m.start(); i < m.end(); i++) {
                    mentionAt[i] = m;
                }
            }
            this.consumed = new boolean[parse.size()];
            List<String> words = new ArrayList<>(parse.size());
            for (Token t : parse.tokens()) {
                words.add(t.word());
            }
            this.dateMentions = dates.find(words, published);
        }

        List<CodedEvent> code() {
            for (Token t : parse.tokens()) {
                if (!consumed[t.index()] && t.isVerb()) {
                    tryEntries(t.index(), verbEntries(t.index()));
                }
            }
            for (Token t : parse.tokens()) {
                if (!consumed[t.index()] && t.isNoun()) {
                    tryEntries(t.index(), lexicon.noun(t.lemma()));
                }
            }
            return out;
        }

        private List<LexiconEntry> verbEntries(int t) {
            Token tok = parse.token(t);
            List<LexiconEntry> entries = new ArrayList<>();
            for (int prt : parse.dependents(t, "compound:prt")) {
                entries.addAll(lexicon.verb(tok.lemma() + "_" + parse.token(prt).lemma()));
            }
            // "pulled out of Syria" parses as obl:out_of, with no particle; "cordoned off the roads" as obl:off
            for (Parse.Edge d : parse.dependents(t)) {
                int underscore = d.subtype().indexOf('_');
                if (d.base().equals("obl") && underscore > 0) {
                    entries.addAll(lexicon.verb(tok.lemma() + "_" + d.subtype().substring(0, underscore)));
                } else if (d.base().equals("obl") && PARTICLES.contains(d.subtype()) && parse.dependents(t, "compound:prt").isEmpty()) {
                    for (LexiconEntry e : lexicon.verb(tok.lemma() + "_" + d.subtype())) {
                        if (!entries.contains(e)) {
                            entries.add(e);
                        }
                    }
                }
            }
            entries.addAll(lexicon.verb(tok.lemma()));
            return entries;
        }

        private void tryEntries(int t, List<LexiconEntry> entries) {
            Match controlled = null;
            // control patterns naming their complement first, then the complement's own pattern in its
            // family, then light-verb patterns naming their noun, then a promised event noun, then
            // everything else
            List<LexiconEntry> ordered = new ArrayList<>();
            entries.stream().filter(e -> !e.control().isEmpty() && !e.control().equals("*")).forEach(ordered::add);
            ordered.add(FAMILY);
            entries.stream().filter(e -> (e.control().isEmpty() || e.control().equals("*")) && !e.object().isEmpty()).forEach(ordered::add);
            ordered.add(PROMISED_NOUN);
            entries.stream().filter(e -> (e.control().isEmpty() || e.control().equals("*")) && e.object().isEmpty()).forEach(ordered::add);
            for (LexiconEntry e : ordered) {
                if (e == FAMILY || e == PROMISED_NOUN) {
                    if (!parse.token(t).isNoun() && (e == FAMILY ? family(t) : promisedNoun(t)) != null) {
                        return;
                    }
                    continue;
                }
                Match m = match(e, t);
                if (m == null) {
                    continue;
                }
                if (emit(e, t, m)) {
                    // "urged Azerbaijan to end the blockade and return to talks": the other actions in their family
                    if (m.complement() >= 0 && !parse.token(t).isNoun()) {
                        family(t);
                    }
                    return;
                }
                if (m.complement() >= 0 && controlled == null) {
                    controlled = m;
                }
            }
            // "threatened to veto aid to Ukraine" with no target found: the vetoed aid is no aid event
            if (controlled != null) {
                consumed[controlled.complement()] = true;
                for (int o : parse.dependents(controlled.complement(), "obj")) {
                    consumed[o] = true;
                }
            }
        }

        /**
         * Codes "agreed to withdraw", "urged Azerbaijan to lift the blockade", "refused to negotiate",
         * "demanded that Russia free the prisoners", "threatened to cut ties" from the complement's own
         * pattern: CAMEO's intent (03), appeal (02), demand (10), reject (12) and threaten (13) families
         * mirror the cooperative and conflictual codes of the action asked, promised or refused.
         * Returns the match when an event was coded, else null.
         */
        private Match family(int t) {
            Family family = Family.of(parse.token(t).lemma());
            // "Russia said that Sudan must return the helicopter": what a speaker says another must do is a demand
            List<Integer> musts = mustClauses(t);
            if (family == null && !musts.isEmpty()) {
                family = Family.DEMAND;
            }
            if (family == null) {
                return null;
            }
            // "called on Russia to ..." appeals; "called Netanyahu to discuss ..." is a phone call
            if (parse.token(t).lemma().equals("call") && parse.dependents(t, "compound:prt").stream()
                    .noneMatch(p -> parse.token(p).lemma().equals("on") || parse.token(p).lemma().equals("upon"))) {
                return null;
            }
            List<Integer> complements = new ArrayList<>(musts.isEmpty() ? parse.dependents(t, "xcomp") : musts);
            if (musts.isEmpty() && (family == Family.DEMAND || family == Family.APPEAL)) {
                complements.addAll(parse.dependents(t, "ccomp"));
            }
            // "urged Armenia and Azerbaijan to end hostilities and return to negotiations": each coordinated action is asked
            for (int x : List.copyOf(complements)) {
                for (int c : parse.dependents(x, "conj")) {
                    if (parse.token(c).isVerb() && !parse.has(c, "nsubj")) {
                        complements.add(c);
                    }
                }
            }
            Match first = null;
            for (int x : complements) {
                if (!parse.token(x).isVerb() || consumed[x]) {
                    continue;
                }
                for (LexiconEntry ce : verbEntries(x)) {
                    if (!ce.control().isEmpty()) {
                        continue;
                    }
                    Match cm = match(ce, x);
                    if (cm == null) {
                        continue;
                    }
                    String code = family.code(ce.code());
                    if (code != null && cameo.find(code).isEmpty() && code.length() > 3) {
                        code = code.substring(0, 3);
                    }
                    if (code == null || cameo.find(code).isEmpty()) {
                        break;
                    }
                    boolean addressee = family == Family.DEMAND || family == Family.APPEAL;
                    String pattern = parse.token(t).lemma() + " >" + parse.token(x).lemma() + " (" + family.name().toLowerCase(java.util.Locale.ROOT)
                            + ": " + ce.pattern() + ")";
                    LexiconEntry synthetic = new LexiconEntry(code, pattern, parse.token(t).lemma(), false, "", "",
                            parse.token(x).lemma(), addressee ? "" : ce.prep(), ce.symmetric(), false, false, "", "", ce.origin());
                    Match m = new Match(-1, x);
                    if (emit(synthetic, t, m)) {
                        if (cm.object() >= 0) {
                            consumed[cm.object()] = true;
                        }
                        consumed[x] = true;
                        first = first == null ? m : first;
                        break;
                    }
                }
            }
            if (first != null) {
                return first;
            }
            // "said the United States must be ready to mediate": a demand, its action not in the lexicon
            for (int x : musts) {
                if (consumed[x]) {
                    continue;
                }
                String pattern = parse.token(t).lemma() + " >" + parse.token(x).lemma() + " (must: demand)";
                LexiconEntry demand = new LexiconEntry("100", pattern, parse.token(t).lemma(), false, "", "", parse.token(x).lemma(), "",
                        false, false, false, "", "", "EventCoder (a speaker's 'must')");
                Match m = new Match(-1, x);
                if (emit(demand, t, m)) {
                    return m;
                }
            }
            return null;
        }

        /**
         * The complement clauses of a speech verb that say what their subject must do ("declared that
         * China must drop its barriers"); empty for other verbs.
         */
        private List<Integer> mustClauses(int t) {
            if (!SPEECH_VERBS.contains(parse.token(t).lemma()) || Family.of(parse.token(t).lemma()) != null) {
                return List.of();
            }
            List<Integer> out = new ArrayList<>();
            for (int c : parse.dependents(t, "ccomp")) {
                boolean must = parse.dependents(c, "aux").stream().anyMatch(a -> parse.token(a).word().equalsIgnoreCase("must"));
                if (must && !parse.dependents(c, "nsubj").isEmpty()) {
                    out.add(c);
                }
            }
            return out;
        }

        /**
         * Codes "agreed to a ceasefire", "agreed upon a free-trade pact", "promised to continue military
         * aid to Mozambique": an intent verb whose action is an event noun, as its object, its to/on/upon
         * phrase (or that phrase's of-phrase: "agreed on the text of a treaty"), or the object of a
         * complement verb whose own patterns coded nothing ("continue", "undertake"). CAMEO codes agreeing to
         * act as intent to cooperate (03), from the noun's own code. Returns the match when an event
         * was coded, else null.
         */
        private Match promisedNoun(int t) {
            if (Family.of(parse.token(t).lemma()) != Family.INTENT) {
                return null;
            }
            List<int[]> candidates = new ArrayList<>();
            for (String rel : List.of("obj", "obl:to", "obl:on", "obl:upon")) {
                for (int n : parse.dependents(t, rel)) {
                    candidates.add(new int[] {-1, n});
                    for (int of : parse.dependents(n, "nmod:of")) {
                        candidates.add(new int[] {-1, of});
                    }
                }
            }
            for (int x : parse.dependents(t, "xcomp")) {
                if (parse.token(x).isVerb() && !consumed[x]) {
                    for (int n : parse.dependents(x, "obj")) {
                        candidates.add(new int[] {x, n});
                    }
                }
            }
            for (int[] c : candidates) {
                int x = c[0];
                int n = c[1];
                if (consumed[n] || !parse.token(n).isNoun()) {
                    continue;
                }
                for (LexiconEntry ne : lexicon.noun(parse.token(n).lemma())) {
                    String code = intentCode(ne.code());
                    if (code != null && cameo.find(code).isEmpty() && code.length() > 3) {
                        code = code.substring(0, 3);
                    }
                    if (code == null || cameo.find(code).isEmpty()) {
                        continue;
                    }
                    String verb = parse.token(t).lemma();
                    String pattern = verb + (x >= 0 ? " >" + parse.token(x).lemma() : "") + " =" + parse.token(n).lemma()
                            + " (intent: " + ne.pattern() + ")";
                    LexiconEntry synthetic = new LexiconEntry(code, pattern, verb, false, "", parse.token(n).lemma(),
                            x >= 0 ? parse.token(x).lemma() : "", ne.prep(), ne.symmetric(), false, false, "", "", ne.origin());
                    Match m = new Match(n, x);
                    if (emit(synthetic, t, m)) {
                        return m;
                    }
                }
            }
            return null;
        }

        /** The tokens a pattern's constraints matched, or null when the pattern does not fit. */
        private record Match(int object, int complement) {}

        private Match match(LexiconEntry e, int t) {
            int object = -1;
            int complement = -1;
            if (!e.noun() && e.object().isEmpty() && e.prep().isEmpty() && INTRANSITIVE_PROTESTS.contains(e.lemma()) && parse.has(t, "obj")) {
                return null;
            }
            // "called off a strike" is no call: a plain verb's entry leaves a phrasal verb the lexicon knows to its own entries
            if (!e.noun() && e.particle().isEmpty()) {
                for (int prt : parse.dependents(t, "compound:prt")) {
                    if (!lexicon.verb(e.lemma() + "_" + parse.token(prt).lemma()).isEmpty()) {
                        return null;
                    }
                }
                for (Parse.Edge d : parse.dependents(t)) {
                    if (d.base().equals("obl") && PARTICLES.contains(d.subtype()) && !lexicon.verb(e.lemma() + "_" + d.subtype()).isEmpty()) {
                        return null;
                    }
                }
            }
            if (!e.particle().isEmpty()) {
                boolean found = false;
                for (int prt : parse.dependents(t, "compound:prt")) {
                    found |= parse.token(prt).lemma().equals(e.particle());
                }
                // "pulled out of Syria" parses as obl:out_of with no particle; "cordoned off the roads" as obl:off
                for (Parse.Edge d : parse.dependents(t)) {
                    found |= d.base().equals("obl") && (d.subtype().startsWith(e.particle() + "_")
                            || (d.subtype().equals(e.particle()) && PARTICLES.contains(e.particle())));
                }
                if (!found) {
                    return null;
                }
            }
            if (!e.object().isEmpty()) {
                List<Integer> candidates = new ArrayList<>();
                for (String rel : List.of("obj", "nsubj:pass", "obl")) {
                    candidates.addAll(parse.dependents(t, rel));
                }
                // "the attacks launched by Azerbaijan": a reduced relative's noun is its object
                int modified = modifiedNoun(t);
                if (modified >= 0) {
                    candidates.add(modified);
                }
                {
                    for (int o : candidates) {
                        if (object < 0 && lemmaIs(o, e.object())) {
                            object = o;
                        }
                        // PETRARCH's "* DIPLOMATIC": an adjective pattern word is the object's modifier ("renewed diplomatic ties")
                        if (object < 0 && parse.dependents(t, "obj").contains(o)) {
                            for (int a : parse.dependents(o, "amod")) {
                                if (parse.token(a).tag().startsWith("JJ") && lemmaIs(a, e.object())) {
                                    object = o;
                                }
                            }
                        }
                        // "launched waves of air strikes on": the quantity's of-phrase is the object
                        if (object < 0 && QUANTITIES.contains(parse.token(o).lemma())) {
                            for (int q : parse.dependents(o, "nmod:of")) {
                                if (lemmaIs(q, e.object())) {
                                    object = q;
                                }
                            }
                        }
                    }
                }
                if (object < 0) {
                    return null;
                }
            }
            if (!e.control().isEmpty()) {
                // "was considering joining the BRICS" is sometimes parsed with the gerund as an acl
                List<Integer> open = new ArrayList<>(parse.dependents(t, "xcomp"));
                if (open.isEmpty() && parse.token(t).isVerb()) {
                    parse.dependents(t, "acl").stream().filter(x -> parse.token(x).tag().equals("VBG")).forEach(open::add);
                }
                for (int x : open) {
                    if (complement < 0 && (e.control().equals("*") ? parse.token(x).isVerb() : controlIs(x, e.control()))) {
                        complement = x;
                    }
                }
                if (complement < 0) {
                    return null;
                }
            }
            return new Match(object, complement);
        }

        /** The complement's lemma, with its particle for phrasal verbs ("hand_over"). */
        private boolean controlIs(int token, String control) {
            int underscore = control.indexOf('_');
            if (underscore < 0) {
                return lemmaIs(token, control);
            }
            if (!lemmaIs(token, control.substring(0, underscore))) {
                return false;
            }
            String particle = control.substring(underscore + 1);
            for (int prt : parse.dependents(token, "compound:prt")) {
                if (parse.token(prt).lemma().equals(particle)) {
                    return true;
                }
            }
            return false;
        }

        private boolean lemmaIs(int token, String lemma) {
            Token tok = parse.token(token);
            return tok.lemma().equals(lemma) || tok.word().equalsIgnoreCase(lemma);
        }

        private boolean emit(LexiconEntry e, int t, Match m) {
            List<Resolved> sources = new ArrayList<>();
            List<Resolved> targets = new ArrayList<>();
            if (e.noun()) {
                nounArguments(e, t, sources, targets);
            } else {
                verbArguments(e, t, m, sources, targets);
            }
            if (e.reverse()) {
                List<Resolved> s = new ArrayList<>(targets);
                targets.clear();
                targets.addAll(sources);
                sources.clear();
                sources.addAll(s);
            }
            if (e.stance()) {
                // "Russia's foreign ministry said the Armenian leadership was making a huge mistake": the
                // speaker judges the actors of the clause; in the writer's own voice it is no event
                int speech = speechVerb(t);
                List<Resolved> named = new ArrayList<>(sources);
                named.addAll(targets);
                sources.clear();
                targets.clear();
                if (speech >= 0) {
                    for (int sbj : parse.dependents(speech, "nsubj")) {
                        sources.addAll(resolve(sbj));
                    }
                    targets.addAll(foreign(sources, named));
                }
            }
            if (sources.isEmpty()) {
                return false;
            }
            if (targets.isEmpty() && !e.noun() && e.code().startsWith("14")) {
                targets.addAll(protestAddressees(t, sources));
            }
            List<Resolved[]> pairs = new ArrayList<>();
            if (targets.isEmpty()) {
                // "A and B held talks": an event done "with" someone is mutual among its subjects; but
                // CAMEO's Express accord (019) is agreeing with another's position, and "A and B agreed
                // to/upon ..." agree on an action, coded by what they agreed to (03x), not as accord
                boolean mutual = (e.symmetric() || e.prep().equals("with") || reciprocal(t)) && !e.code().equals("019");
                if (mutual && sources.size() >= 2) {
                    for (Resolved a : sources) {
                        for (Resolved b : sources) {
                            if (a != b) {
                                pairs.add(new Resolved[] {a, b});
                            }
                        }
                    }
                } else if (domestic && e.code().startsWith("14") && e.prep().isEmpty()) {
                    // --domestic: a protest that names no one is made to the protesters' own state
                    // ("students staged mass demonstrations in Jakarta" is IDNEDU on IDN); a state, its
                    // organs and people named by a demonym alone do not
                    for (Resolved a : sources) {
                        Resolved p = people(a);
                        if (!p.actor().entity().isEmpty() && !p.actor().sectors().isEmpty()
                                && p.actor().sectors().stream().noneMatch(STATE_SECTORS::contains)) {
                            pairs.add(new Resolved[] {p, new Resolved(Actor.of(p.actor().entity(), p.actor().entity(), List.of()), List.of(), List.of())});
                        }
                    }
                }
                if (pairs.isEmpty()) {
                    return false;
                }
            } else {
                for (Resolved a : sources) {
                    for (Resolved b : targets) {
                        pairs.add(new Resolved[] {a, b});
                    }
                }
            }
            List<Integer> clause = new ArrayList<>(List.of(t));
            if (m.object() >= 0) {
                clause.add(m.object());
            }
            if (m.complement() >= 0) {
                clause.add(m.complement());
            }
            List<Integer> context = new ArrayList<>(clause);
            if (e.noun()) {
                int v = governingVerb(t);
                if (v >= 0) {
                    context.add(v);
                }
            }
            // "ended its aid to Niger" cancels the aid; "the talks ended" had them
            boolean cancelled = e.noun() && context.size() > clause.size()
                    && CANCELLING.contains(parse.token(context.get(context.size() - 1)).lemma())
                    && !parse.dependents(context.get(context.size() - 1), "nsubj").contains(t);
            if (negated(context, m.complement() >= 0) || negatedSubject(sources) || cancelled || topic(t)) {
                if (!negatedSubject(sources) && !cancelled && !topic(t) && clause.stream().anyMatch(this::hasNegator)) {
                    refusal(e, t, clause, context, pairs);
                }
                if (!negated(context, m.complement() >= 0) && !negatedSubject(sources) && !cancelled) {
                    admission(e, t, clause, pairs);
                }
                markConsumed(t, m);
                return true;
            }
            boolean any = false;
            for (Resolved[] p : pairs) {
                // --domestic: "young Algerians blocked roads to press their demands on Bouteflika's government"
                if (domestic && e.code().startsWith("14") && p[0].actor().entity().equals(p[1].actor().entity())) {
                    p[0] = people(p[0]);
                }
                boolean sameEntity = p[0].actor().entity().equals(p[1].actor().entity());
                if (sameEntity && (!domestic || p[0].actor().code().equals(p[1].actor().code()) || p[0].actor().entity().isEmpty())) {
                    continue;
                }
                any |= add(e, t, m, clause, context, p[0], p[1]);
                // "A left for B": B receives A's visit (033) as A pays it (032)
                if (!e.back().isEmpty()) {
                    any |= add(e.backwards(), t, m, clause, context, p[1], p[0]);
                }
            }
            if (any) {
                markConsumed(t, m);
            }
            return any;
        }

        /**
         * Whom a protest that names no one is made to, from its purpose or grounds: "went on hunger
         * strike to demand that Moscow free ...", "demonstrated calling for independence from Iraq",
         * "blocked streets in defiance of Chinese authorities", "went on strike over a bill signed by the
         * labour minister". The first actor named there that is not the protesters themselves.
         */
        private List<Resolved> protestAddressees(int t, List<Resolved> sources) {
            List<Integer> phrases = new ArrayList<>();
            for (Parse.Edge d : parse.dependents(t)) {
                int c = d.dependent();
                Token tok = parse.token(c);
                boolean clause = d.base().equals("advcl") || d.base().equals("xcomp") || (d.base().equals("dep") && tok.tag().equals("VBG"));
                if (clause && tok.isVerb() && PROTEST_AIMS.contains(tok.lemma())) {
                    // "to demand that Moscow free ...": the demanded clause's subject first
                    for (int cc : parse.dependents(c, "ccomp")) {
                        phrases.addAll(parse.dependents(cc, "nsubj"));
                        phrases.addAll(parse.dependents(cc, "nsubj:pass"));
                    }
                    for (Parse.Edge a : parse.dependents(c)) {
                        if (a.relation().equals("obj") || (a.base().equals("obl") && !a.subtype().equals("tmod"))) {
                            phrases.add(a.dependent());
                        }
                    }
                } else if (d.relation().equals("obl:against") || d.relation().equals("obl:over")
                        || (d.relation().equals("obl:in") && PROTEST_GROUNDS.contains(tok.lemma()))) {
                    phrases.add(c);
                }
            }
            for (int x : phrases) {
                List<Resolved> found = new ArrayList<>();
                for (Resolved r : resolve(x)) {
                    if (sources.stream().allMatch(y -> java.util.Collections.disjoint(y.tokens(), r.tokens()))) {
                        found.add(r);
                    }
                }
                if (found.isEmpty()) {
                    found.addAll(within(x, sources));
                }
                found = foreign(sources, found);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return List.of();
        }

        /**
         * People named by their demonym alone ("young Algerians", "Iraqi Kurds") as the civilians of
         * their state, as PLOVER codes protesters; any other actor as it is.
         */
        private Resolved people(Resolved a) {
            boolean demonym = !a.entries().isEmpty() && a.entries().stream().allMatch(x -> x.kind() == ActorEntry.Kind.DEMONYM);
            if (!demonym || !a.actor().code().equals(a.actor().entity())) {
                return a;
            }
            return new Resolved(Actor.of(a.actor().name(), a.actor().entity(), List.of(Sector.CVL)), a.tokens(), a.entries());
        }

        private void markConsumed(int t, Match m) {
            consumed[t] = true;
            if (m.object() >= 0) {
                consumed[m.object()] = true;
            }
            if (m.complement() >= 0) {
                consumed[m.complement()] = true;
            }
        }

        private void verbArguments(LexiconEntry e, int t, Match m, List<Resolved> sources, List<Resolved> targets) {
            // "a decision welcomed by Kyiv": a participle modifying a noun is a passive whose subject is that noun
            int modified = modifiedNoun(t);
            boolean passive = !parse.dependents(t, "nsubj:pass").isEmpty() || !parse.dependents(t, "aux:pass").isEmpty() || modified >= 0;
            int head = m.complement() >= 0 ? m.complement() : t;
            if (passive) {
                for (int a : parse.dependents(t, "obl:agent")) {
                    sources.addAll(resolve(a));
                }
                for (int a : parse.dependents(t, "obl:by")) {
                    sources.addAll(resolve(a));
                }
                // "Israel is opposed to French mediation": the participle states its subject's own stance
                if (sources.isEmpty() && !e.prep().isEmpty() && STANCE_PARTICIPLES.contains(parse.token(t).lemma())) {
                    for (int o : parse.dependents(t, "nsubj:pass")) {
                        sources.addAll(resolve(o));
                    }
                }
                // "Russia's S-400 systems were delivered to Turkey": with the target in a preposition,
                // the owner of what was moved is the source
                if (sources.isEmpty() && !e.prep().isEmpty()) {
                    for (int o : parse.dependents(t, "nsubj:pass")) {
                        for (String rel : List.of("nmod:poss", "amod", "compound")) {
                            for (int w : parse.dependents(o, rel)) {
                                Mention wm = mentionAt[w];
                                if (wm != null && !wm.isSector()) {
                                    sources.addAll(resolve(w));
                                }
                            }
                        }
                    }
                }
            } else {
                for (String rel : List.of("nsubj", "nsubj:xsubj")) {
                    for (int s : parse.dependents(t, rel)) {
                        sources.addAll(resolve(s));
                    }
                }
                // "Moscow retaliated by expelling 23 British diplomats": a subjectless adverbial or
                // conjoined clause takes the subject of the clause it depends on, and so does a
                // participle adjunct the parser leaves unlabelled ("retreated, ceding the town to ...")
                if (sources.isEmpty() && parse.dependents(t, "nsubj").isEmpty()) {
                    for (Parse.Edge g : parse.governors(t)) {
                        // "launched an operation, shelling Armenian positions": a participle the parser left as dep, only
                        // from a stated subject ("to discuss ..., describing it as" has none of its own);
                        // "..., saying/telling/calling it ..." restates the main clause, it is no event of its own
                        boolean participle = g.base().equals("dep") && parse.token(t).tag().equals("VBG") && parse.has(g.governor(), "nsubj")
                                && !e.code().startsWith("01") && !parse.token(t).lemma().equals("call");
                        if ((g.base().equals("advcl") || g.base().equals("conj") || g.base().equals("xcomp") || participle)
                                && parse.token(g.governor()).isVerb()) {
                            for (int s : parse.dependents(g.governor(), "nsubj")) {
                                sources.addAll(resolve(s));
                            }
                        }
                    }
                }
            }
            if (!e.prep().isEmpty()) {
                String rel = "obl:" + e.prep().replace(' ', '_');
                String nrel = "nmod:" + e.prep().replace(' ', '_');
                for (int o : parse.dependents(head, rel)) {
                    targets.addAll(foreign(sources, resolve(o)));
                }
                if (!e.particle().isEmpty()) {
                    for (int o : parse.dependents(head, "obl:" + e.particle() + "_" + e.prep().replace(' ', '_'))) {
                        targets.addAll(foreign(sources, resolve(o)));
                    }
                }
                if (head != t) {
                    for (int o : parse.dependents(t, rel)) {
                        targets.addAll(foreign(sources, resolve(o)));
                    }
                }
                if (m.object() >= 0) {
                    for (int o : parse.dependents(m.object(), nrel)) {
                        targets.addAll(foreign(sources, resolve(o)));
                    }
                    // "ordered a mobilisation of its forces against Azerbaijan": the parser may hang the
                    // preposition on the light noun's of-phrase
                    if (targets.isEmpty()) {
                        for (int of : parse.dependents(m.object(), "nmod:of")) {
                            for (int o : parse.dependents(of, nrel)) {
                                targets.addAll(foreign(sources, resolve(o)));
                            }
                        }
                    }
                }
                // "launched artillery, mortar and rocket fire against ...": the phrase may hang on a coordinated object
                if (targets.isEmpty() && m.object() >= 0) {
                    for (int o : parse.dependents(head, "obj")) {
                        for (int n : o == m.object() ? List.<Integer>of() : parse.dependents(o, nrel)) {
                            targets.addAll(foreign(sources, resolve(n)));
                        }
                    }
                }
                if (targets.isEmpty() && m.object() < 0) {
                    // "mediated talks between ...", "mediated ten hours of talks between ...", and in the
                    // passive "talks between ... were mediated by ..."
                    List<Integer> objects = new ArrayList<>(parse.dependents(head, "obj"));
                    if (passive) {
                        objects.addAll(parse.dependents(t, "nsubj:pass"));
                    }
                    for (int o : List.copyOf(objects)) {
                        objects.addAll(parse.dependents(o, "nmod:of"));
                    }
                    for (int o : objects) {
                        for (int n : parse.dependents(o, nrel)) {
                            targets.addAll(foreign(sources, resolve(n)));
                        }
                    }
                    // "A and B met at talks in Paris, which were mediated by X": the talks' parties are the
                    // subjects of the clause the talks are held in
                    if (targets.isEmpty() && e.code().startsWith("045")) {
                        for (int o : objects) {
                            Parse.Edge up = parse.head(o);
                            if (up != null && up.base().equals("obl") && parse.token(up.governor()).isVerb()) {
                                for (int sbj : parse.dependents(up.governor(), "nsubj")) {
                                    targets.addAll(foreign(sources, resolve(sbj)));
                                }
                            }
                        }
                    }
                }
                // "sent trucks carrying aid to Turkey": the preposition hangs off a participle on the object
                // that carries something of its own (not "roads leading into Mordor")
                if (targets.isEmpty()) {
                    for (int o : m.object() >= 0 ? List.of(m.object()) : parse.dependents(head, "obj")) {
                        for (Parse.Edge a : parse.dependents(o)) {
                            if (a.relation().equals("acl") && parse.token(a.dependent()).tag().equals("VBG")
                                    && !parse.dependents(a.dependent(), "obj").isEmpty()) {
                                for (int n : parse.dependents(a.dependent(), rel)) {
                                    targets.addAll(foreign(sources, resolve(n)));
                                }
                            }
                            // "shortened the curfew imposed in Sudan", "lifted the sanctions imposed on Iran": the light
                            // noun's own participle says where it holds
                            if (o == m.object() && a.relation().equals("acl") && parse.token(a.dependent()).tag().equals("VBN")) {
                                for (int n : parse.dependents(a.dependent(), rel)) {
                                    targets.addAll(foreign(sources, resolve(n)));
                                }
                            }
                        }
                    }
                }
            } else if (passive && head == t && m.object() < 0) {
                for (int o : parse.dependents(t, "nsubj:pass")) {
                    targets.addAll(foreign(sources, resolve(o)));
                }
                if (targets.isEmpty() && modified >= 0) {
                    targets.addAll(foreign(sources, resolve(modified)));
                }
                // "Yerevan's decision to ratify the statute was criticised by the Kremlin", parsed with
                // "criticised" as an unlabelled dependent of "ratify": the passive's subject is the subject
                // of the clause it was attached to
                Parse.Edge up = parse.head(t);
                if (targets.isEmpty() && parse.dependents(t, "nsubj:pass").isEmpty() && up != null && up.base().equals("dep")) {
                    for (int o : parse.dependents(up.governor(), "nsubj")) {
                        targets.addAll(foreign(sources, resolve(o)));
                    }
                }
            } else {
                // "demanded that Azerbaijan release the Armenians": the addressee is the complement clause's subject
                if (head != t && parse.dependents(t, "ccomp").contains(head)) {
                    for (int subj : parse.dependents(head, "nsubj")) {
                        targets.addAll(foreign(sources, resolve(subj)));
                    }
                }
                // "urged Azerbaijan to lift the blockade": the object of the control verb is the target;
                // "refused to attend the summit": the complement's object is
                for (int h : !targets.isEmpty() ? List.<Integer>of() : head == t ? List.of(t) : List.of(t, head)) {
                    for (int o : objects(h, e)) {
                        if (o != m.object()) {
                            targets.addAll(foreign(sources, resolve(o)));
                        }
                    }
                    if (!targets.isEmpty()) {
                        break;
                    }
                }
                if (targets.isEmpty()) {
                    for (int o : parse.dependents(head, "iobj")) {
                        targets.addAll(foreign(sources, resolve(o)));
                    }
                }
                if (targets.isEmpty() && m.object() >= 0) {
                    for (String rel : List.of("nmod:of", "nmod:poss", "compound", "amod")) {
                        for (int n : parse.dependents(m.object(), rel)) {
                            targets.addAll(foreign(sources, resolve(n)));
                        }
                    }
                }
                // "threatened to halt the talks if the United States deployed missiles": the condition's subject
                if (targets.isEmpty() && (e.code().startsWith("13") || e.code().startsWith("10"))) {
                    // the condition may hang off the complement's own complement ("to stop talks to reduce arms if ...")
                    List<Integer> conditioned = new ArrayList<>(head == t ? List.of(t) : List.of(t, head));
                    conditioned.addAll(parse.dependents(head, "xcomp"));
                    for (int h : conditioned) {
                        for (int a : parse.dependents(h, "advcl")) {
                            boolean condition = parse.dependents(a, "mark").stream()
                                    .anyMatch(k -> parse.token(k).lemma().equals("if") || parse.token(k).lemma().equals("unless"));
                            if (condition) {
                                for (int subj : parse.dependents(a, "nsubj")) {
                                    targets.addAll(foreign(sources, resolve(subj)));
                                }
                            }
                        }
                    }
                }
                // "..., a move that Armenia's foreign ministry condemned", parsed as a complement of the noun:
                // the summing noun is the object
                Parse.Edge up = parse.head(t);
                if (targets.isEmpty() && m.object() < 0 && parse.dependents(t, "obj").isEmpty() && up != null
                        && (up.base().equals("acl") || up.base().equals("ccomp")) && summedUp(up.governor()) >= 0) {
                    targets.addAll(foreign(sources, resolve(up.governor())));
                }
                // "demanded that Azerbaijan withdraw its troops", "alleged that Russia had deported children":
                // the subject of the complement clause; a warning's only when the clause foresees ("warned
                // that Iran would pay"): "warned that Azerbaijan was massing troops" reports what Azerbaijan does
                if (targets.isEmpty() && m.object() < 0) {
                    for (int c : parse.dependents(t, "ccomp")) {
                        boolean unrealised = !e.code().startsWith("13") || parse.token(c).tag().equals("VB") || parse.token(c).tag().equals("VBP") || parse.dependents(c, "aux").stream()
                                .anyMatch(a -> parse.token(a).tag().equals("MD"));
                        for (int subj : unrealised ? parse.dependents(c, "nsubj") : List.<Integer>of()) {
                            targets.addAll(foreign(sources, resolve(subj)));
                        }
                    }
                }
                // "agreed to cooperate with France", "threatened to veto aid to Ukraine": the
                // complement's oblique, or its object's modifier
                if (targets.isEmpty() && head != t) {
                    for (Parse.Edge d : parse.dependents(head)) {
                        if (targets.isEmpty() && d.base().equals("obl") && !d.subtype().equals("agent") && !d.subtype().equals("tmod")) {
                            targets.addAll(foreign(sources, resolve(d.dependent())));
                        }
                    }
                    for (int o : parse.dependents(head, "obj")) {
                        for (Parse.Edge d : parse.dependents(o)) {
                            if (targets.isEmpty() && d.base().equals("nmod") && !d.subtype().equals("poss")) {
                                targets.addAll(foreign(sources, resolve(d.dependent())));
                            }
                        }
                    }
                }
            }
            // "they welcomed their resumption of ties": an actor is not the target of its own clause
            targets.removeIf(x -> sources.stream().anyMatch(y -> !java.util.Collections.disjoint(y.tokens(), x.tokens())));
            // "welcomed a resumption of diplomatic ties with Osgiliath", "arranged for the reopening of
            // guest houses in Bree": the first actor inside the object
            if (targets.isEmpty() && !(passive && head == t && m.object() < 0 && e.prep().isEmpty())) {
                for (int o : e.prep().isEmpty() ? objects(head, e) : parse.dependents(head, "obl:" + e.prep().replace(' ', '_'))) {
                    if (targets.isEmpty() && o != m.object()) {
                        targets.addAll(within(o, sources));
                    }
                }
            }
        }

        private void nounArguments(LexiconEntry e, int t, List<Resolved> sources, List<Resolved> targets) {
            for (String rel : List.of("nmod:poss", "nmod:agent", "nmod:by", "amod", "compound")) {
                for (int s : parse.dependents(t, rel)) {
                    // "the Azerbaijani attack" names its source; "Armenian brandy exports" do not
                    Mention sm = mentionAt[s];
                    if (rel.equals("amod") || rel.equals("compound") ? sm != null && !sm.isSector() : true) {
                        sources.addAll(resolve(s));
                    }
                }
            }
            // "the expulsion of Russian diplomats by the United States": the by-phrase often hangs off the object
            if (sources.isEmpty()) {
                for (int o : parse.dependents(t, "nmod:" + (e.prep().isEmpty() ? "of" : e.prep().replace(' ', '_')))) {
                    for (String rel : List.of("nmod:by", "nmod:agent")) {
                        for (int s : parse.dependents(o, rel)) {
                            sources.addAll(resolve(s));
                        }
                    }
                }
            }
            // "Azerbaijan carried out attacks on Armenia": the subject of a support verb; not that of a verb
            // that is an event of its own ("Biden recognised the killings of Armenians", "France condemned the attacks")
            if (sources.isEmpty()) {
                for (Parse.Edge g : parse.governors(t)) {
                    // "the pact that Armenia proposed was rejected by Azerbaijan": a relative clause on the
                    // noun does not do it, its own clause does
                    boolean relative = parse.governors(g.governor()).stream()
                            .anyMatch(r -> r.relation().equals("acl:relcl") && r.governor() == t);
                    if ((g.relation().equals("obj") || g.relation().equals("nsubj:pass")) && !relative && !isEventVerb(g.governor())) {
                        boolean passive = g.relation().equals("nsubj:pass");
                        for (int s : parse.dependents(g.governor(), passive ? "obl:agent" : "nsubj")) {
                            sources.addAll(resolve(s));
                        }
                    }
                }
            }
            String rel = "nmod:" + (e.prep().isEmpty() ? "of" : e.prep().replace(' ', '_'));
            for (int o : parse.dependents(t, rel)) {
                targets.addAll(foreign(sources, resolve(o)));
            }
            if (targets.isEmpty()) {
                for (Parse.Edge g : parse.governors(t)) {
                    if (g.relation().equals("obj") && !e.prep().isEmpty()) {
                        for (int o : parse.dependents(g.governor(), "obl:" + e.prep().replace(' ', '_'))) {
                            targets.addAll(foreign(sources, resolve(o)));
                        }
                    }
                }
            }
            // an actor named as both the noun's possessor and its object is no event ("Russia's own forces")
            sources.removeIf(s -> targets.stream().anyMatch(x -> x.tokens().equals(s.tokens())));
        }

        /** The verb's direct objects; for a phrasal verb also the particle the parser took for a preposition ("cordoned off the roads"). */
        private List<Integer> objects(int verb, LexiconEntry e) {
            List<Integer> out = new ArrayList<>(parse.dependents(verb, "obj"));
            if (PARTICLES.contains(e.particle())) {
                out.addAll(parse.dependents(verb, "obl:" + e.particle()));
            }
            return out;
        }

        /**
         * The actors named inside a noun phrase that is no actor itself, down its chain of
         * prepositional modifiers and participles ("a resumption of ties with Osgiliath", "the
         * closure of guest houses in Bree", "the roads leading into Mordor"): the first phrase of the nearest level that names one, as PETRARCH takes
         * the first actor after the verb. Actors that are the clause's own sources ("welcomed their
         * resumption") are passed over.
         */
        private List<Resolved> within(int phrase, List<Resolved> sources) {
            // a sector word that names no actor by itself is looked into: "aid to refugees fleeing the war in Liberia"
            if (mentionAt[phrase] != null && !mentionAt[phrase].isSector()) {
                return List.of();
            }
            List<Integer> frontier = List.of(phrase);
            Set<Integer> visited = new HashSet<>(frontier);
            for (int level = 0; level < WITHIN_DEPTH && !frontier.isEmpty(); level++) {
                List<Integer> next = new ArrayList<>();
                for (int n : frontier) {
                    for (Parse.Edge d : parse.dependents(n)) {
                        if (d.base().equals("nmod") && !d.subtype().equals("poss") && visited.add(d.dependent())) {
                            next.add(d.dependent());
                        }
                        // a participle's phrases: "the roads leading into Mordor", "memos sent by Bree", and an
                        // infinitive's: "a call for its forces to be deployed in East Timor"
                        if ((d.relation().equals("acl") || d.relation().equals("acl:to")) && parse.token(d.dependent()).isVerb()) {
                            for (Parse.Edge a : parse.dependents(d.dependent())) {
                                boolean kept = (a.base().equals("obl") && !a.subtype().equals("tmod")) || a.relation().equals("obj");
                                if (kept && visited.add(a.dependent())) {
                                    next.add(a.dependent());
                                }
                            }
                        }
                    }
                }
                next.sort(null);
                for (int c : next) {
                    List<Resolved> found = new ArrayList<>();
                    for (Resolved r : foreign(sources, resolve(c))) {
                        if (sources.stream().noneMatch(x -> !java.util.Collections.disjoint(x.tokens(), r.tokens()))) {
                            found.add(r);
                        }
                    }
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
                frontier = next;
            }
            return List.of();
        }

        /** True when the verb codes an event by itself, with no light object, complement or preposition ("condemn", "recognise"). */
        private boolean isEventVerb(int verb) {
            return lexicon.verb(parse.token(verb).lemma()).stream()
                    .anyMatch(v -> v.particle().isEmpty() && v.object().isEmpty() && v.control().isEmpty() && v.prep().isEmpty());
        }

        /** The actors of {@code found} that are not one of the sources' own entity (no event of a state on itself). */
        private List<Resolved> foreign(List<Resolved> sources, List<Resolved> found) {
            if (domestic) {
                return found;
            }
            List<Resolved> out = new ArrayList<>();
            for (Resolved r : found) {
                if (sources.stream().noneMatch(x -> !x.actor().entity().isEmpty() && x.actor().entity().equals(r.actor().entity()))) {
                    out.add(r);
                }
            }
            return out;
        }

        /** An argument resolved to an actor: the actor, the tokens used and the dictionary entries. */
        private record Resolved(Actor actor, List<Integer> tokens, List<ActorEntry> entries) {}

        private List<Resolved> resolve(int head) {
            List<Resolved> found = new ArrayList<>();
            resolve(head, found, 0);
            return found;
        }

        private void resolve(int head, List<Resolved> found, int depth) {
            if (depth > 2) {
                return;
            }
            Mention m = mentionAt[head];
            int summed = m == null ? summedUp(head) : -1;
            if (summed >= 0) {
                resolve(summed, found, depth + 1);
                return;
            }
            if (m == null && isPronoun(head)) {
                int a = antecedent(head);
                if (a >= 0) {
                    resolve(a, found, depth + 1);
                }
                return;
            }
            if (m != null && !m.isSector()) {
                ActorEntry entry = m.at(published);
                // "Bree Prime Minister Romendacil" with Romendacil a state's actor code (PETRARCH's
                // ROMENDACIL [BRE]): the sector word in front gives the sector, BREGOV
                ActorEntry sector = null;
                List<Integer> toks = tokens(m);
                if (entry.kind() == ActorEntry.Kind.STATE && entry.code().equals(entry.entity())) {
                    for (int c : parse.dependents(head, "compound")) {
                        Mention cm = mentionAt[c];
                        if (sector == null && cm != null && cm.isSector() && cm.end() <= m.start()) {
                            sector = cm.at(published);
                            toks.addAll(tokens(cm));
                        }
                    }
                }
                Resolved r = actor(entry, sector, toks, sector == null ? List.of(entry) : List.of(entry, sector));
                // a name with a sector word in front: "the Armenian Foreign Minister Ararat Mirzoyan" keeps the person
                Resolved residents = residents(head, m, entry);
                found.add(residents != null ? residents : r);
            } else {
                found.addAll(owners(head, m == null ? null : m, depth));
                if (found.isEmpty() && m == null && ORGANISATION_ANAPHORS.contains(parse.token(head).lemma())
                        && parse.dependents(head, "det").stream().anyMatch(d -> parse.token(d).lemma().equals("the"))) {
                    int a = namedBefore(head, ActorEntry.Kind.ORGANISATION);
                    if (a >= 0) {
                        resolve(a, found, depth + 1);
                    }
                }
            }
            for (int c : parse.dependents(head, "conj")) {
                if (c != head) {
                    List<Resolved> more = new ArrayList<>();
                    resolve(c, more, depth + 1);
                    for (Resolved r : more) {
                        if (found.stream().noneMatch(f -> f.tokens().equals(r.tokens()))) {
                            found.add(r);
                        }
                    }
                }
            }
        }

        /**
         * People named by their demonym who live in another state, as that state's civilians, as CAMEO
         * codes ethnic groups by residence: "ethnic Albanians in south Serbia", "the Albanians of
         * southern Serbia", "Bosnian Serbs", and "ethnic Albanians demonstrated in Serbia". Null when
         * the words name no such people.
         */
        private Resolved residents(int head, Mention m, ActorEntry entry) {
            String tag = parse.token(head).tag();
            if (entry.kind() != ActorEntry.Kind.DEMONYM || !(tag.equals("NNS") || tag.equals("NNPS"))) {
                return null;
            }
            List<Integer> places = new ArrayList<>();
            boolean ethnic = false;
            for (Parse.Edge d : parse.dependents(head)) {
                String rel = d.relation();
                ethnic |= rel.equals("amod") && parse.token(d.dependent()).lemma().equals("ethnic");
                if (rel.equals("amod") || rel.equals("nmod:in") || rel.equals("nmod:of")) {
                    places.add(d.dependent());
                }
            }
            if (ethnic) {
                for (Parse.Edge g : parse.governors(head)) {
                    if (g.base().equals("nsubj") || g.relation().equals("obj")) {
                        places.addAll(parse.dependents(g.governor(), "obl:in"));
                    }
                }
            }
            for (int p : places) {
                Mention pm = mentionAt[p];
                if (pm == null || pm == m || pm.isSector()) {
                    continue;
                }
                ActorEntry place = pm.at(published);
                boolean state = place.kind() == ActorEntry.Kind.STATE || place.kind() == ActorEntry.Kind.DEMONYM;
                if (state && !place.entity().equals(entry.entity())) {
                    List<Integer> toks = tokens(m);
                    toks.addAll(tokens(pm));
                    String name = toks.stream().sorted().map(i -> parse.token(i).word()).reduce((a, b) -> a + " " + b).orElse("");
                    return new Resolved(Actor.of(name, place.entity(), List.of(Sector.CVL)), List.copyOf(toks), List.of(entry, place));
                }
            }
            return null;
        }

        /** The last token of the nearest mention of {@code kind} before {@code token} in the sentence, or -1. */
        private int namedBefore(int token, ActorEntry.Kind kind) {
            for (int i = token - 1; i >= 0; i--) {
                Mention cm = mentionAt[i];
                if (cm != null && i == cm.end() - 1 && cm.kind() == kind) {
                    return i;
                }
            }
            return -1;
        }

        private boolean isPronoun(int token) {
            Token t = parse.token(token);
            return t.tag().startsWith("PRP") && PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
        }

        /**
         * The actor a third-person pronoun stands for, as a token with an actor mention, or -1. The
         * subject of a reported or complement clause is the subject of the verb above it ("Russia said
         * it would ..."); otherwise the nearest actor named before the pronoun in the sentence, other
         * than its own clause's subject ("Blinken phoned Aliyev and urged him ...").
         */
        private int antecedent(int pronoun) {
            boolean subject = false;
            int clause = -1;
            for (Parse.Edge g : parse.governors(pronoun)) {
                // "urged him to halt": him is the object of urged (and only the controlled subject of halt)
                if (g.relation().equals("nsubj:xsubj")) {
                    continue;
                }
                subject = g.relation().equals("nsubj") || g.relation().equals("nsubj:pass");
                clause = g.governor();
                break;
            }
            if (subject && clause >= 0) {
                int c = clause;
                for (int hops = 0; hops < 3; hops++) {
                    Parse.Edge up = null;
                    for (Parse.Edge g : parse.governors(c)) {
                        String rel = g.base();
                        if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj") || rel.equals("parataxis")) {
                            up = g;
                            break;
                        }
                    }
                    if (up == null) {
                        break;
                    }
                    for (int sbj : parse.dependents(up.governor(), "nsubj")) {
                        if (sbj != pronoun && !isPronoun(sbj) && (mentionAt[sbj] != null || !owners(sbj, null, 1).isEmpty())) {
                            return sbj;
                        }
                    }
                    c = up.governor();
                }
            }
            Set<Integer> ownSubject = new HashSet<>();
            if (!subject && clause >= 0) {
                for (int sbj : parse.dependents(clause, "nsubj")) {
                    Mention sm = mentionAt[sbj];
                    if (sm != null) {
                        ownSubject.addAll(tokens(sm));
                    }
                    ownSubject.add(sbj);
                }
            }
            for (int i = pronoun - 1; i >= 0; i--) {
                Mention cm = mentionAt[i];
                if (cm != null && !cm.isSector() && i == cm.end() - 1 && !ownSubject.contains(i)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The actors a common noun stands for through its modifiers: "Armenian forces", "Russia's
         * foreign minister", "Armenian Prime Minister Nikol Pashinyan", "the summit of the CSTO".
         * Modifiers close to the noun (possessor, adjective, compound, apposition) are searched two
         * levels deep; "of"/"from"/"for" phrases only when those give nothing.
         */
        private List<Resolved> owners(int head, Mention own, int depth) {
            List<Resolved> found = new ArrayList<>();
            ActorEntry sector = own == null ? null : own.at(published);
            List<Integer> sectorTokens = new ArrayList<>();
            if (own != null) {
                sectorTokens.addAll(tokens(own));
            }
            List<Mention> owners = new ArrayList<>();
            List<Integer> agented = new ArrayList<>();
            List<Integer> frontier = new ArrayList<>(List.of(head));
            Set<Integer> visited = new HashSet<>(frontier);
            for (int level = 0; level < 2 && !frontier.isEmpty(); level++) {
                List<Integer> next = new ArrayList<>();
                for (int t : frontier) {
                    for (Parse.Edge e : parse.dependents(t)) {
                        String rel = e.relation();
                        boolean close = rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")
                                || rel.equals("appos") || (rel.equals("dep") && (own != null || parse.token(head).isCapitalised()));
                        int c = e.dependent();
                        boolean participle = (rel.equals("acl") || rel.equals("amod")) && parse.token(c).tag().equals("VBN");
                        if (level == 0 && (participle || (rel.equals("acl:relcl") && parse.dependents(c, "obj").contains(head)))) {
                            agented.add(c);
                            continue;
                        }
                        if (!close || !visited.add(c)) {
                            continue;
                        }
                        Mention cm = mentionAt[c];
                        if (cm == null && rel.equals("nmod:poss") && isPronoun(c)) {
                            int a = antecedent(c);
                            if (a >= 0 && mentionAt[a] != null && !owners.contains(mentionAt[a])) {
                                owners.add(mentionAt[a]);
                            }
                        } else if (cm == null) {
                            next.add(c);
                        } else if (cm.isSector()) {
                            if (sector == null) {
                                sector = cm.at(published);
                                sectorTokens.addAll(tokens(cm));
                            }
                            next.add(c);
                        } else if (cm != own && !owners.contains(cm)) {
                            owners.add(cm);
                        }
                    }
                }
                frontier = next;
            }
            // "crimes committed by Russian forces", "a US-drafted resolution", "the pact that Armenia
            // proposed": the agent of a passive participle, or the subject of a relative clause whose
            // object the thing is, owns it when nothing closer does
            // "Vietnamese-led forces", "the US-led coalition": the leader owns even a sector word's forces
            List<Integer> leaders = agented.stream().filter(p -> parse.token(p).lemma().equals("lead")).toList();
            for (int p : !owners.isEmpty() ? List.<Integer>of() : sector == null ? agented : leaders) {
                boolean relative = parse.dependents(p, "obj").contains(head);
                for (Parse.Edge d : parse.dependents(p)) {
                    String rel = d.relation();
                    boolean agent = relative ? rel.equals("nsubj")
                            : rel.equals("obl:agent") || rel.equals("obl:by") || ((rel.equals("obl") || rel.equals("dep")) && d.dependent() < p);
                    if (agent) {
                        Mention cm = mentionAt[d.dependent()];
                        if (cm != null && !cm.isSector() && !owners.contains(cm)) {
                            owners.add(cm);
                        } else if ((cm == null || cm.isSector()) && depth < 2) {
                            found.addAll(owners(d.dependent(), cm, depth + 1));
                        }
                    }
                }
            }
            if (owners.isEmpty() && found.isEmpty()) {
                // "the arrest by Azerbaijan of three former presidents": the agent of an act stands for it
                for (String rel : List.of("nmod:by", "nmod:agent", "nmod:of", "nmod:from", "nmod:for", "nmod:in", "nmod:throughout", "nmod:across", "nmod:with")) {
                    // "students in Yerevan", "students throughout Indonesia"
                    if ((rel.equals("nmod:in") || rel.equals("nmod:throughout") || rel.equals("nmod:across")) && sector == null) {
                        continue;
                    }
                    // "near the border with Ukraine", "relations with Washington"
                    if (rel.equals("nmod:with") && !WITH_OWNED.contains(parse.token(head).lemma())) {
                        continue;
                    }
                    for (int c : parse.dependents(head, rel)) {
                        Mention cm = mentionAt[c];
                        if (cm != null && !cm.isSector()) {
                            owners.add(cm);
                        } else if (depth < 2) {
                            // "the withdrawal of Russian troops": a sector word with its own state word
                            found.addAll(owners(c, cm, depth + 1));
                        }
                    }
                    if (!owners.isEmpty() || !found.isEmpty()) {
                        break;
                    }
                }
            }
            // a person named beside a sector word and a state word is the person ("his Armenian counterpart Ararat Mirzoyan")
            owners.sort(java.util.Comparator.comparing(o -> o.at(published).kind() != ActorEntry.Kind.PERSON));
            Set<String> entities = new HashSet<>();
            for (Mention o : owners) {
                ActorEntry owner = o.at(published);
                if (!entities.add(owner.entity())) {
                    continue;
                }
                boolean person = owner.kind() == ActorEntry.Kind.PERSON;
                List<Integer> toks = tokens(o);
                if (!person) {
                    toks.addAll(sectorTokens.isEmpty() ? List.of(head) : sectorTokens);
                }
                found.add(actor(owner, person ? null : sector, toks,
                        sector == null || person ? List.of(owner) : List.of(owner, sector)));
            }
            return found;
        }

        private List<Integer> tokens(Mention m) {
            List<Integer> t = new ArrayList<>();
            for (int i = m.start(); i < m.end(); i++) {
                t.add(i);
            }
            return t;
        }

        private Resolved actor(ActorEntry owner, ActorEntry sector, List<Integer> tokens, List<ActorEntry> entries) {
            String code = owner.code();
            if (sector != null && code.equals(owner.entity())) {
                // a sector code written with a trailing ~ goes before the state's (PETRARCH's MSF [NGO~]: NGOARN)
                code = sector.code().endsWith("~") ? sector.code().substring(0, sector.code().length() - 1) + owner.entity()
                        : owner.entity() + sector.code();
            }
            String entity = owner.entity();
            List<Sector> sectors = new ArrayList<>();
            String rest = code.startsWith(entity) ? code.substring(entity.length()) : "";
            for (int i = 0; i + 3 <= rest.length(); i += 3) {
                Sector.fromCode(rest.substring(i, i + 3)).ifPresent(sectors::add);
            }
            String name = tokens.stream().sorted().map(i -> parse.token(i).word()).reduce((a, b) -> a + " " + b).orElse("");
            String type1 = sectors.size() > 0 ? sectors.get(0).name() : "";
            String type2 = sectors.size() > 1 ? sectors.get(1).name() : "";
            String type3 = sectors.size() > 2 ? sectors.get(2).name() : "";
            Actor a = new Actor(code, name, entity, sectors, "", "", "", "", "", type1, type2, type3);
            return new Resolved(a, List.copyOf(tokens), List.copyOf(entries));
        }

        /**
         * The verb an event noun depends on ("has not joined the sanctions", "might reopen talks"), so
         * the noun shares its negation and modality; -1 when none within three steps.
         */
        private int governingVerb(int noun) {
            for (Parse.Edge up : parse.headChain(noun, 3)) {
                if (parse.token(up.governor()).isVerb()) {
                    return up.governor();
                }
            }
            return -1;
        }

        /**
         * True when the trigger is what another event is about rather than an event of its own: the
         * content of an accusation, claim or admission ("accused Azerbaijan of launching an attack",
         * "allegations that hackers had infiltrated ...") or the object of a denial, criticism, rejection
         * or protest ("condemned Azerbaijan's attacks", "protested against Biden's recognition of ...").
         * Relative and participle clauses ("the troops that had crossed the border") and subjects
         * ("Russia's invasion was condemned") assert their own events.
         */
        private boolean topic(int t) {
            return topicOf(t) >= 0;
        }

        /** The token whose topic or content {@code t} is (see {@link #topic}), or -1. */
        private int topicOf(int t) {
            int c = t;
            for (int hops = 0; hops < 4; hops++) {
                Parse.Edge up = parse.head(c);
                if (up == null) {
                    return -1;
                }
                String rel = up.base();
                boolean participle = up.relation().equals("acl:relcl") || parse.token(c).tag().equals("VBN") || parse.token(c).tag().equals("VBG");
                boolean complement = rel.equals("obj") || rel.equals("iobj") || rel.equals("obl") || rel.equals("xcomp") || rel.equals("ccomp")
                        || rel.equals("advcl") || rel.equals("dep") || (rel.equals("nmod") && !up.relation().equals("nmod:poss")) || (rel.equals("acl") && !participle);
                if (!complement) {
                    return -1;
                }
                int g = up.governor();
                Token gov = parse.token(g);
                if ((gov.isVerb() && CONTENT_VERBS.contains(gov.lemma())) || (gov.isNoun() && CONTENT_NOUNS.contains(gov.lemma()))) {
                    return g;
                }
                for (String code : codedAt.getOrDefault(g, List.of())) {
                    if (code.startsWith("016") || TOPIC_ROOTS.contains(code.substring(0, 2))) {
                        return g;
                    }
                }
                c = g;
            }
            return -1;
        }

        /**
         * Codes "Iran acknowledged that its air defences had shot down the Ukrainian airliner" as the
         * admission it is (CAMEO 015, to the act's target), when the admitting actor is the act's own.
         */
        private void admission(LexiconEntry e, int t, List<Integer> clause, List<Resolved[]> pairs) {
            int g = topicOf(t);
            if (g < 0 || !(parse.token(g).lemma().equals("admit") || parse.token(g).lemma().equals("acknowledge"))) {
                return;
            }
            List<Resolved> admitters = new ArrayList<>();
            for (int sbj : parse.dependents(g, "nsubj")) {
                admitters.addAll(resolve(sbj));
            }
            for (Resolved[] p : pairs) {
                Resolved admitter = admitters.stream().filter(a -> a.actor().entity().equals(p[0].actor().entity())).findFirst().orElse(null);
                boolean sameEntity = p[0].actor().entity().equals(p[1].actor().entity());
                if (admitter == null || sameEntity || !seen.add(p[0].actor().entity() + ">" + p[1].actor().entity() + ":015")) {
                    continue;
                }
                emitEvent(e, "015", parse.token(g).lemma() + " (admission: " + e.pattern() + ")", g, List.of(g), parse.token(g).word(),
                        admitter, p[1], published, "publication date " + published + " (the admission)", List.of(), 0.77);
            }
        }

        /** "Neither Armenia nor Azerbaijan asked", "No state condemned": a subject that denies the event. */
        private boolean negatedSubject(List<Resolved> sources) {
            for (Resolved r : sources) {
                for (int tok : r.tokens()) {
                    for (Parse.Edge d : parse.dependents(tok)) {
                        if ((d.relation().equals("cc:preconj") || d.relation().equals("det"))
                                && NEGATORS.contains(parse.token(d.dependent()).lemma())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** True when the clause is negated, or its verb is the complement of a negating verb ("denied attacking"). */
        private boolean negated(List<Integer> clause, boolean controlMatched) {
            for (int c : clause) {
                if (hasNegator(c)) {
                    return true;
                }
            }
            int t = clause.get(0);
            for (Parse.Edge g : parse.governors(t)) {
                String rel = g.base();
                if ((rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("advcl") || rel.equals("dep"))
                        && NEGATING_VERBS.contains(parse.token(g.governor()).lemma())) {
                    return true;
                }
                if (rel.equals("xcomp") && !controlMatched && hasNegator(g.governor())) {
                    return true;
                }
                if (rel.equals("ccomp") && parse.token(g.governor()).isNoun()) {
                    for (Parse.Edge h : parse.governors(g.governor())) {
                        if (h.relation().equals("obj") && DISMISSING_VERBS.contains(parse.token(h.governor()).lemma())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean hasNegator(int token) {
            for (Parse.Edge e : parse.dependents(token)) {
                String rel = e.relation();
                Token d = parse.token(e.dependent());
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj"))
                        && NEGATORS.contains(d.lemma()) && (!rel.equals("det") || parse.token(token).isNoun())) {
                    return true;
                }
            }
            return false;
        }

        private List<String> flags(List<Integer> clause, LocalDate date, boolean relativeFuture) {
            Set<String> flags = new LinkedHashSet<>();
            List<Integer> scope = new ArrayList<>(clause);
            int t = clause.get(0);
            for (Parse.Edge g : parse.governors(t)) {
                if (g.base().equals("xcomp") || g.base().equals("conj")) {
                    scope.add(g.governor());
                    if (g.base().equals("xcomp") && INTENT_VERBS.contains(parse.token(g.governor()).lemma())) {
                        flags.add("future");
                    }
                    if (g.base().equals("xcomp") && parse.token(g.governor()).lemma().equals("go")
                            && !parse.dependents(g.governor(), "aux").isEmpty()) {
                        flags.add("future");
                    }
                }
            }
            boolean would = false;
            for (int c : scope) {
                // "demanded that Russia should withdraw", "said Sudan must return": the modal is the demand's content
                if (c != t && parse.dependents(t, "ccomp").contains(c)) {
                    continue;
                }
                for (int a : parse.dependents(c, "aux")) {
                    String lemma = parse.token(a).lemma();
                    String word = parse.token(a).word().toLowerCase(java.util.Locale.ROOT);
                    if (FUTURE_AUX.contains(lemma) || FUTURE_AUX.contains(word)) {
                        flags.add("future");
                    } else if (word.equals("would") || word.equals("'d")) {
                        would = true;
                    } else if (MODAL_AUX.contains(lemma) || MODAL_AUX.contains(word)) {
                        flags.add("hypothetical");
                    }
                }
                for (int k : parse.dependents(c, "mark")) {
                    if (CONDITIONS.contains(parse.token(k).lemma())) {
                        flags.add("hypothetical");
                    }
                }
            }
            for (int c = t, hops = 0; hops < 6; hops++) {
                Parse.Edge up = parse.head(c);
                if (up == null) {
                    break;
                }
                String rel = up.base();
                if ((rel.equals("ccomp") || rel.equals("parataxis")) && SPEECH_VERBS.contains(parse.token(up.governor()).lemma())) {
                    flags.add("reported");
                }
                if (rel.equals("advcl")) {
                    for (int k : parse.dependents(c, "mark")) {
                        if (CONDITIONS.contains(parse.token(k).lemma())) {
                            flags.add("hypothetical");
                        }
                    }
                }
                c = up.governor();
            }
            for (int c : scope) {
                // "Had Armenia joined ...": an inverted conditional
                for (int a : parse.dependents(c, "aux")) {
                    Token aux = parse.token(a);
                    if (aux.lemma().equals("have") && parse.dependents(c, "nsubj").stream().anyMatch(sb -> sb > a)
                            && (a == 0 || parse.token(a - 1).word().equals(","))) {
                        flags.add("hypothetical");
                    }
                }
                // "looks unlikely", "is expected to", "is possible"
                for (Parse.Edge d : parse.dependents(c)) {
                    if ((d.base().equals("xcomp") || d.base().equals("advmod")) && HEDGES.contains(parse.token(d.dependent()).lemma())) {
                        flags.add("hypothetical");
                    }
                }
                // "in a scenario where Azerbaijan attacked"
                for (Parse.Edge g : parse.governors(c)) {
                    if (g.base().equals("acl") && SCENARIOS.contains(parse.token(g.governor()).lemma())) {
                        flags.add("hypothetical");
                    }
                }
            }
            if (would) {
                // "said it would lift the sanctions": the future of reported speech; otherwise a conditional
                flags.add(flags.contains("reported") && !flags.contains("hypothetical") ? "future" : "hypothetical");
            }
            if (relativeFuture || date.isAfter(published)) {
                flags.add("future");
            }
            if (date.isBefore(published.minusYears(1))) {
                flags.add("historical");
            }
            return List.copyOf(flags);
        }

        private boolean add(LexiconEntry e, int t, Match m, List<Integer> clause, List<Integer> context, Resolved s, Resolved o) {
            // "troops would withdraw from Armenian regions at Yerevan's request": what the target asked
            // for is no conflict with it, and no threat when announced
            if (askedFor(t, o) && cameo.find(e.code()).map(c -> c.quadClass().number() >= 3).orElse(false)) {
                return true;
            }
            // "Pashinyan's address contained unacceptable attacks on Russia": force in words is criticism
            if (inWords(e, t)) {
                e = e.recoded("111", e.pattern() + " (in words)");
            }
            // one event per pair of states and code: "sanctions on three Iranian generals and an Iranian company" is one
            String key = domestic ? s.actor().code() + ">" + o.actor().code() + ":" + e.code()
                    : s.actor().entity() + ">" + o.actor().entity() + ":" + e.code();
            if (!seen.add(key)) {
                return true;
            }
            DateMention dm = dateFor(clause);
            LocalDate date = dm == null ? published : dm.date();
            String dateRule = dm == null ? "publication date " + published
                    : "'" + parse.words(dm.start(), dm.end()) + "' -> " + dm.date() + " (" + dm.rule() + ")";
            List<String> flags = flags(context, date, dm != null && dm.relative() && dm.date().isAfter(published));
            double confidence = 0.9;
            if (e.noun()) {
                confidence *= 0.85;
            }
            if (s.entries().size() > 1 || o.entries().size() > 1) {
                confidence *= 0.95;
            }
            if (flags.contains("reported")) {
                confidence *= 0.9;
            }
            confidence = Math.round(confidence * 100) / 100.0;
            List<Integer> triggerTokens = new ArrayList<>(clause);
            for (int prt : parse.dependents(t, "compound:prt")) {
                triggerTokens.add(prt);
            }
            triggerTokens.sort(null);
            String trigger = triggerTokens.stream().map(i -> parse.token(i).word()).reduce((a, b) -> a + " " + b).orElse("");
            emitEvent(e, e.code(), e.pattern(), t, triggerTokens, trigger, s, o, date, dateRule, flags, confidence);
            // "Russia said it would send aid", "Britain plans to train Ukrainian pilots": the statement of
            // intent happened now even though its action lies ahead (CAMEO 03 and 13)
            String intent = flags.contains("future") && !flags.contains("hypothetical")
                    && (statedBySource(t, s) || announcedCooperation(e, t, s)) ? intentCode(e.code()) : null;
            // "will withdraw its force unless Goukouni arranges a ceasefire": a promise held over the target
            // unless it complies is a threat; "would meet the mediator if he gave them a veto" stays an offer
            if (intent != null && conditioned(clause) && !intent.startsWith("13")) {
                intent = "130";
            }
            if (intent != null && cameo.find(intent).isPresent() && seen.add(s.actor().code() + ">" + o.actor().code() + ":" + intent)) {
                List<String> stated = flags.stream().filter(f -> !f.equals("future")).toList();
                emitEvent(e, intent, e.pattern() + " (stated intent)", t, triggerTokens, trigger, s, o, published,
                        "publication date " + published + " (the statement of intent)", stated, Math.round(confidence * 90) / 100.0);
            }
            return true;
        }

        /**
         * The noun a past participle modifies as a reduced relative clause ("crimes committed by ...",
         * "a decision welcomed by Kyiv"), or -1.
         */
        private int modifiedNoun(int t) {
            Parse.Edge up = parse.head(t);
            if (up == null || !parse.token(t).tag().equals("VBN") || !up.relation().equals("acl") || !parse.token(up.governor()).isNoun()) {
                return -1;
            }
            return up.governor();
        }

        /**
         * For a noun that sums up the clause before it ("..., a move that Armenia condemned", "..., a
         * decision welcomed by Kyiv"), that clause's subject; -1 for any other noun.
         */
        private int summedUp(int noun) {
            if (!SUMMARIES.contains(parse.token(noun).lemma())) {
                return -1;
            }
            int first = noun;
            for (int d : parse.dependents(noun, "det")) {
                first = Math.min(first, d);
            }
            for (int a : parse.dependents(noun, "amod")) {
                first = Math.min(first, a);
            }
            if (first == 0 || !parse.token(first - 1).word().equals(",")) {
                return -1;
            }
            // the clause is the verb above, or above the noun the summary is in apposition to
            Parse.Edge up = parse.head(noun);
            for (int hops = 0; up != null && !parse.token(up.governor()).isVerb() && hops < 2; hops++) {
                up = parse.head(up.governor());
            }
            if (up == null || !parse.token(up.governor()).isVerb()) {
                return -1;
            }
            List<Integer> subjects = parse.dependents(up.governor(), "nsubj");
            return subjects.isEmpty() ? -1 : subjects.get(0);
        }

        /** The speech verb that reports the clause of {@code t} ("said" in "X said Y ..."), or -1. */
        private int speechVerb(int t) {
            int c = t;
            for (int hops = 0; hops < 6; hops++) {
                Parse.Edge up = parse.head(c);
                if (up == null) {
                    return -1;
                }
                if ((up.base().equals("ccomp") || up.base().equals("parataxis")) && SPEECH_VERBS.contains(parse.token(up.governor()).lemma())) {
                    return up.governor();
                }
                c = up.governor();
            }
            return -1;
        }

        /**
         * Codes "Pashinyan said Armenia would not host CSTO exercises" as the refusal it states (CAMEO
         * 12, mirroring the refused action's code): a negated future action announced by its own actor.
         */
        private void refusal(LexiconEntry e, int t, List<Integer> clause, List<Integer> context, List<Resolved[]> pairs) {
            String code = Family.REJECT.code(e.code());
            if (code != null && cameo.find(code).isEmpty() && code.length() > 3) {
                code = code.substring(0, 3);
            }
            if (code == null || cameo.find(code).isEmpty()) {
                return;
            }
            List<String> flags = flags(context, published, false);
            if (!flags.contains("future") || flags.contains("hypothetical")) {
                return;
            }
            List<String> stated = flags.stream().filter(f -> !f.equals("future")).toList();
            List<Integer> triggerTokens = new ArrayList<>(clause);
            triggerTokens.sort(null);
            String trigger = triggerTokens.stream().map(i -> parse.token(i).word()).reduce((a, b) -> a + " " + b).orElse("");
            for (Resolved[] p : pairs) {
                boolean sameEntity = p[0].actor().entity().equals(p[1].actor().entity());
                if (sameEntity || !statedBySource(t, p[0]) || !seen.add(p[0].actor().entity() + ">" + p[1].actor().entity() + ":" + code)) {
                    continue;
                }
                emitEvent(e, code, e.pattern() + " (stated refusal)", t, triggerTokens, trigger, p[0], p[1], published,
                        "publication date " + published + " (the statement of refusal)", stated, 0.73);
            }
        }

        /**
         * True when "each other" or "one another" is an argument of the trigger or of its complement,
         * or sits inside one ("India and Canada expelled each other's diplomats", "accused each other
         * of ...", "stopped firing at each other"): its coordinated subjects act on each other.
         */
        private boolean reciprocal(int t) {
            for (int i = 1; i < parse.size(); i++) {
                String first = parse.token(i - 1).lemma();
                String second = parse.token(i).lemma();
                if (!(first.equals("each") && second.equals("other")) && !(first.equals("one") && second.equals("another"))) {
                    continue;
                }
                for (Parse.Edge up : parse.headChain(i, 3)) {
                    if (up.governor() == t) {
                        return true;
                    }
                    // through the trigger's own complement only ("stopped firing at each other")
                    Parse.Edge above = parse.head(up.governor());
                    if (parse.token(up.governor()).isVerb() && (above == null || above.governor() != t || !above.base().equals("xcomp"))) {
                        break;
                    }
                }
            }
            return false;
        }

        /**
         * True when the trigger is done at the request, invitation or behest of the target's state
         * ("at Yerevan's request", "at the request of the Armenian government").
         */
        private boolean askedFor(int t, Resolved target) {
            for (int r = 0; r < parse.size(); r++) {
                if (!REQUESTS.contains(parse.token(r).lemma()) || !atPhraseOf(r, t)) {
                    continue;
                }
                List<Integer> askers = new ArrayList<>(parse.dependents(r, "nmod:poss"));
                askers.addAll(parse.dependents(r, "nmod:of"));
                for (int a : askers) {
                    for (Resolved x : resolve(a)) {
                        if (!x.actor().entity().isEmpty() && x.actor().entity().equals(target.actor().entity())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** True when {@code r} is an "at" phrase of {@code t} or of a phrase below it (the parser often hangs it lower). */
        private boolean atPhraseOf(int r, int t) {
            Parse.Edge up = parse.head(r);
            if (up == null || !up.relation().equals("obl:at") && !up.relation().equals("nmod:at")) {
                return false;
            }
            return up.governor() == t || parse.headChain(up.governor(), 2).stream().anyMatch(above -> above.governor() == t);
        }

        /**
         * True when {@code t} is an event noun of force (roots 18-20) that a speech or text contains
         * ("his address contained attacks on Russia", "a statement full of threats and attacks").
         */
        private boolean inWords(LexiconEntry e, int t) {
            if (!e.noun() || !(e.code().startsWith("18") || e.code().startsWith("19") || e.code().startsWith("20"))) {
                return false;
            }
            int v = governingVerb(t);
            if (v < 0 || !CONTAINING.contains(parse.token(v).lemma())) {
                return false;
            }
            return parse.dependents(v, "nsubj").stream().anyMatch(x -> SPEECHES.contains(parse.token(x).lemma()));
        }

        /** True when the clause carries an "unless" condition. */
        private boolean conditioned(List<Integer> clause) {
            for (int c : clause) {
                for (int a : parse.dependents(c, "advcl")) {
                    for (int k : parse.dependents(a, "mark")) {
                        String w = parse.token(k).lemma();
                        if (w.equals("unless")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * True when the source itself states the future action: it is the speaker of the reported clause
         * ("Russia said it would send aid") or the subject of an intention verb ("Britain plans to train
         * pilots"). A reporter's "Armenia will attack" is no statement of Armenia's.
         */
        private boolean statedBySource(int t, Resolved source) {
            int c = t;
            for (int hops = 0; hops < 6; hops++) {
                Parse.Edge up = parse.head(c);
                if (up == null) {
                    return false;
                }
                Token gov = parse.token(up.governor());
                boolean speech = (up.base().equals("ccomp") || up.base().equals("parataxis")) && SPEECH_VERBS.contains(gov.lemma());
                boolean intends = up.base().equals("xcomp") && (INTENT_VERBS.contains(gov.lemma()) || Family.of(gov.lemma()) == Family.INTENT);
                if (speech || intends) {
                    for (int sbj : parse.dependents(up.governor(), "nsubj")) {
                        for (Resolved r : resolve(sbj)) {
                            if (r.actor().entity().equals(source.actor().entity())) {
                                return true;
                            }
                        }
                    }
                    return intends && parse.dependents(up.governor(), "nsubj").isEmpty();
                }
                c = up.governor();
            }
            return false;
        }

        /**
         * True when the source is the subject of a cooperative action it "will" or "shall" do ("Finland
         * will give Tanzania a grant", "Fischer will visit Albania in June", whoever reports it): CAMEO
         * codes such an announced cooperation as the intent it states (03x). Hostile futures are not
         * announced this way: a reporter's "Armenia will attack" is no threat of Armenia's.
         */
        private boolean announcedCooperation(LexiconEntry e, int t, Resolved source) {
            String intent = intentCode(e.code());
            if (!announcedIntents || intent == null || !intent.startsWith("03") || e.noun()) {
                return false;
            }
            // "will visit Mauritania and mediate ...": the future and the subject are on the first verb
            int head = t;
            Parse.Edge up = parse.head(t);
            if (up != null && up.base().equals("conj") && parse.token(up.governor()).isVerb()) {
                head = up.governor();
            }
            boolean will = false;
            for (int a : parse.dependents(head, "aux")) {
                String word = parse.token(a).word().toLowerCase(java.util.Locale.ROOT);
                will |= FUTURE_AUX.contains(word) || FUTURE_AUX.contains(parse.token(a).lemma());
            }
            if (!will) {
                return false;
            }
            for (int sbj : parse.dependents(head, "nsubj")) {
                for (Resolved r : resolve(sbj)) {
                    if (r.actor().entity().equals(source.actor().entity())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void emitEvent(LexiconEntry e, String cameoCode, String pattern, int t, List<Integer> triggerTokens, String trigger,
                Resolved s, Resolved o, LocalDate date, String dateRule, List<String> flags, double confidence) {
            CameoCode code = cameo.require(cameoCode);
            codedAt.computeIfAbsent(t, k -> new ArrayList<>()).add(cameoCode);
            String id = "orbit:" + doc + ":" + parse.number() + ":" + (t + 1) + ":" + s.actor().code() + ">" + o.actor().code() + ":"
                    + cameoCode;
            Evidence evidence = new Evidence(doc, parse.number(), parse.text(), trigger, pattern, confidence, flags, "", null, e.origin());
            Event event = new Event(id, "orbit", date, s.actor(), o.actor(), cameoCode, code.quadClass(), code.goldstein(),
                    code.plover(), code.mode(), null, null, null, null, evidence);
            out.add(new CodedEvent(event, parse, t, triggerTokens, e, new CodedEvent.ActorMatch(s.tokens(), s.entries()),
                    new CodedEvent.ActorMatch(o.tokens(), o.entries()), dateRule, flags));
        }

        /** The date expression attached to the clause, else the nearest one in the sentence, else none. */
        private DateMention dateFor(List<Integer> clause) {
            if (dateMentions.isEmpty()) {
                return null;
            }
            DateMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (DateMention d : dateMentions) {
                for (int i = d.start(); i < d.end(); i++) {
                    for (Parse.Edge g : parse.governors(i)) {
                        if (clause.contains(g.governor())) {
                            return d;
                        }
                    }
                }
                int distance = Math.abs(d.start() - clause.get(0));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = d;
                }
            }
            return best;
        }
    }
}
