package orbit.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import orbit.core.Document;

/**
 * Reproducible news-like English documents for the coder benchmark: wire-style stories about the
 * South Caucasus and its partners, 2022-2024, built from sentence templates over real actors (named
 * as news names them: full name with office at first mention, surname after) and the predicates
 * of Orbit's lexicon. The templates vary the syntax the way wire copy does: passives, relative
 * and participial clauses, reported speech, quotes, coordination, conditionals and negation, and
 * background sentences with no actors; about a third run to 30-45 tokens. Documents have 3-8
 * sentences with paragraph breaks. The same seed and count give the same documents; texts are
 * distinct, so a store keeps every one. Not thread-safe.
 *
 * <p>Design decision: the texts are not meant to be good news, only to load the parser the way
 * news does (sentence length, clause depth, names and numbers); how many events the coder finds in
 * them is reported but is no measure of the coder.
 */
final class NewsGenerator {

    /** An actor as a story names it: first mention, later mentions, and whether it is a person. */
    private record Actor(String first, String later, boolean person) {}

    private static final List<Actor> ACTORS = List.of(
            person("Armenian Prime Minister Nikol Pashinyan", "Pashinyan"),
            person("Azerbaijani President Ilham Aliyev", "Aliyev"),
            person("Russian President Vladimir Putin", "Putin"),
            person("Russian Foreign Minister Sergei Lavrov", "Lavrov"),
            person("Armenian Foreign Minister Ararat Mirzoyan", "Mirzoyan"),
            person("Azerbaijani Foreign Minister Jeyhun Bayramov", "Bayramov"),
            person("French President Emmanuel Macron", "Macron"),
            person("U.S. Secretary of State Antony Blinken", "Blinken"),
            person("Turkish President Recep Tayyip Erdogan", "Erdogan"),
            person("EU foreign policy chief Josep Borrell", "Borrell"),
            person("European Council President Charles Michel", "Michel"),
            person("German Chancellor Olaf Scholz", "Scholz"),
            person("Kremlin spokesman Dmitry Peskov", "Peskov"),
            person("Russian Foreign Ministry spokeswoman Maria Zakharova", "Zakharova"),
            person("Ukrainian President Volodymyr Zelensky", "Zelensky"),
            person("Chinese President Xi Jinping", "Xi"),
            person("NATO Secretary General Jens Stoltenberg", "Stoltenberg"),
            person("Russian Deputy Prime Minister Alexei Overchuk", "Overchuk"),
            person("Armenian Security Council Secretary Armen Grigoryan", "Grigoryan"),
            person("UN Secretary-General Antonio Guterres", "Guterres"),
            body("the Kremlin"), body("the State Department"), body("the European Union"), body("NATO"),
            body("the United Nations"), body("Russia's foreign ministry"), body("Azerbaijan's defence ministry"),
            body("Armenia's defence ministry"), body("the Armenian government"), body("the Collective Security Treaty Organization"),
            body("the European Commission"), body("Armenian troops"), body("Azerbaijani forces"), body("Russian peacekeepers"),
            body("the Iranian government"), body("the Georgian government"), body("Turkey"), body("Armenia"), body("Azerbaijan"),
            body("Russia"), body("France"), body("the United States"), body("Iran"), body("Georgia"));

    private static final List<String> CITIES = List.of("Yerevan", "Baku", "Moscow", "Brussels", "Paris", "Washington", "Tbilisi",
            "Ankara", "Tehran", "Geneva", "Prague", "Granada", "Munich", "Sochi", "Astana", "Minsk", "Berlin", "Vienna");
    private static final List<String> DAYS = List.of("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
            "on Saturday", "on Sunday", "late on Tuesday", "on Thursday evening", "earlier this week", "on Friday morning");
    private static final List<String> TOPICS = List.of("the peace treaty", "border delimitation", "the reopening of regional transport links",
            "the return of prisoners of war", "energy cooperation", "the humanitarian situation in Nagorno-Karabakh", "the Lachin corridor",
            "military-technical cooperation", "the deployment of EU monitors along the border", "gas supplies for the coming winter",
            "the mutual recognition of territorial integrity", "the demarcation of the state border", "trade through the Upper Lars crossing",
            "the future of the Russian military base in Gyumri", "visa liberalisation with the European Union");
    private static final List<String> ACCUSATIONS = List.of("violating the ceasefire", "blocking the Lachin corridor", "shelling border villages",
            "failing to honour its security commitments", "stalling the peace process", "spreading disinformation about the talks",
            "deploying heavy weapons near the line of contact", "obstructing the delivery of humanitarian aid", "interfering in its internal affairs");
    private static final List<String> DEMANDS = List.of("withdraw its troops from the border", "release the detained servicemen",
            "resume negotiations without preconditions", "reopen the corridor to civilian traffic", "respect the territorial integrity of its neighbours",
            "refrain from the use of force", "allow international observers into the region", "return to the negotiating table");
    private static final List<String> RELATIVES = List.of("who took office in 2018", "who has repeatedly criticised Moscow",
            "whose government froze its participation in the CSTO", "who is on a two-day visit to the region",
            "who spoke after an emergency meeting of the Security Council", "who has led the negotiations for more than two years",
            "whose country holds the rotating presidency of the bloc");
    private static final List<String> RELATIVES_OF_BODIES = List.of("which has repeatedly criticised Moscow",
            "which froze its participation in the alliance last year", "which has sent observers to the border since 2023",
            "which has long been seen as a mediator in the conflict");
    private static final List<String> VERBED = List.of("criticised", "condemned", "praised", "thanked", "welcomed", "threatened", "rebuked",
            "met", "congratulated", "supported", "warned", "accused", "invited", "called");
    private static final List<String> CLAUSES = List.of("the region could not afford another war", "the two sides remained far apart on key issues",
            "further escalation would have serious consequences for regional security", "the agreement would be signed before the end of the year",
            "no decision had yet been taken on the matter", "the door to dialogue remained open despite the recent clashes",
            "the ceasefire was largely holding along the border", "the talks had been constructive but difficult");
    private static final List<String> CONTEXTS = List.of("rising tension along the Armenian-Azerbaijani border",
            "a deepening rift between Yerevan and Moscow", "growing Western involvement in the South Caucasus",
            "an energy crisis that has pushed up prices across the region", "a wave of anti-government protests in the capital",
            "renewed fighting around the disputed region", "efforts by Brussels to broker a lasting settlement");
    private static final List<String> EFFECTS = List.of("displaced tens of thousands of people", "strained relations between the neighbours",
            "disrupted trade routes that run through the region", "left hundreds of soldiers dead on both sides",
            "raised fears of a wider conflict");
    private static final List<String> QUOTES = List.of("We will not accept any attempt to change borders by force",
            "Our goal is a lasting peace in the South Caucasus, and we are ready to work for it",
            "This is a provocation, and it will not go unanswered", "The ball is now in the other side's court",
            "We have never been closer to an agreement than we are today", "Nobody should doubt our commitment to our allies");
    private static final List<String> PLEDGES = List.of("expand trade", "work together against terrorism", "step up energy cooperation",
            "open direct flights between their capitals", "set up a joint commission on border delimitation", "exchange prisoners of war");
    private static final List<String> ADJECTIVES = List.of("unacceptable", "a dangerous provocation", "a step in the right direction",
            "an unfriendly act", "a violation of international law", "a historic opportunity");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    /** Sentence templates; {A} {B} {C} are actors, other {names} are filled from the lists above. */
    private static final List<String> TEMPLATES = List.of(
            "{A} met {B} in {city} {day} to discuss {topic}, the first such meeting since {month}.",
            "{B} was sharply criticised by {A} {day} for {accusation}, according to a statement published on the government's website.",
            "{A}, {relative}, accused {B} of {accusation} during a news conference in {city} {day}.",
            "{A} said {day} that {B} had {verbed} {C} over {topic}, adding that {clause}.",
            "In a statement released late {day}, {A} urged {B} to {demand} and warned that {clause}.",
            "\"{quote},\" {A} told reporters in {city}, in remarks that were later broadcast by state television.",
            "{A} and {B} signed an agreement on {topic} and pledged to {pledge} by the end of the year.",
            "The talks come amid {context}, which has {effect} since {year}.",
            "{A} did not rule out imposing sanctions on {B} if the attacks continued, a spokesman said.",
            "{A} is expected to visit {city} next month to meet {B}, officials familiar with the plans said on condition of anonymity.",
            "Hundreds of people gathered outside the government building in {city} {day} to protest against {topic}, and police detained dozens of them.",
            "According to {C}, {B} {verbed} {A}, a move that was described by observers as {adjective}.",
            "{A} thanked {B} for its support, saying that the two countries would continue to work together on {topic}.",
            "The decision of {B} to suspend talks on {topic} was condemned by {A}, who called it {adjective}.",
            "Speaking at a joint press conference with {B} in {city}, {A} said the sides had agreed to {pledge} and to hold the next round of talks in {city2}.",
            "{A} threatened to cut economic ties with {B} unless it agreed to {demand}.",
            "{A} declined to comment.",
            "Officials in {city} said that {number} servicemen, who were captured in {month}, would be handed over to {B} at the border.",
            "{B} has been accused by {A} of {accusation}, a charge it denies.",
            "{A} will host {B} for talks on {topic} {day}, the foreign ministry said.",
            "It was not immediately clear whether {B} would accept the proposal, which {A} first put forward in {month} {year}.",
            "{A} called on {B} to {demand}, saying that {clause} and that the international community was watching closely.",
            "The meeting, which lasted more than three hours, ended without a joint statement.",
            "{A} rejected {B}'s claims as groundless and said that {clause}.");

    private final SplittableRandom random;

    NewsGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private static Actor person(String first, String later) {
        return new Actor(first, later, true);
    }

    private static Actor body(String name) {
        return new Actor(name, name, false);
    }

    /** {@code count} distinct documents with ids {@code gen-00001} onwards, published 2022-09-01 to 2024-04-30. */
    List<Document> documents(int count) {
        List<Document> docs = new ArrayList<>(count);
        Set<String> texts = new HashSet<>();
        LocalDate start = LocalDate.of(2022, 9, 1);
        int days = (int) (LocalDate.of(2024, 4, 30).toEpochDay() - start.toEpochDay());
        while (docs.size() < count) {
            String text = story();
            if (!texts.add(text)) {
                continue;
            }
            String id = String.format("gen-%05d", docs.size() + 1);
            LocalDate published = start.plusDays(random.nextInt(days + 1));
            docs.add(Document.of(id, "https://example.org/orbit-bench/" + id, null, published, "Orbit benchmark generator", text, id));
        }
        return docs;
    }

    private String story() {
        List<Actor> cast = new ArrayList<>(ACTORS);
        Collections.shuffle(cast, new Random(random.nextLong()));
        List<Actor> actors = cast.subList(0, 3);
        Set<Actor> mentioned = new HashSet<>();
        int sentences = 3 + random.nextInt(6);
        StringBuilder b = new StringBuilder();
        List<String> templates = new ArrayList<>(TEMPLATES);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                b.append(random.nextInt(3) == 0 ? "\n\n" : " ");
            }
            String t = templates.remove(random.nextInt(templates.size()));
            // two of the three actors swap roles from sentence to sentence
            List<Actor> roles = random.nextBoolean() ? actors : List.of(actors.get(1), actors.get(0), actors.get(2));
            b.append(fill(t, roles, mentioned));
        }
        return b.toString();
    }

    private String fill(String template, List<Actor> roles, Set<Actor> mentioned) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            String value = switch (name) {
                case "A" -> mention(roles.get(0), mentioned);
                case "B" -> mention(roles.get(1), mentioned);
                case "C" -> mention(roles.get(2), mentioned);
                case "city", "city2" -> pick(CITIES);
                case "day" -> pick(DAYS);
                case "topic" -> pick(TOPICS);
                case "accusation" -> pick(ACCUSATIONS);
                case "demand" -> pick(DEMANDS);
                case "relative" -> pick(roles.get(0).person() ? RELATIVES : RELATIVES_OF_BODIES);
                case "verbed" -> pick(VERBED);
                case "clause" -> pick(CLAUSES);
                case "context" -> pick(CONTEXTS);
                case "effect" -> pick(EFFECTS);
                case "quote" -> pick(QUOTES);
                case "pledge" -> pick(PLEDGES);
                case "adjective" -> pick(ADJECTIVES);
                case "month" -> pick(MONTHS);
                case "year" -> Integer.toString(2019 + random.nextInt(4));
                case "number" -> Integer.toString(2 + random.nextInt(40));
                default -> throw new IllegalStateException("template field {" + name + "} not found in " + template);
            };
            out.append(value);
            i = close + 1;
        }
        String s = out.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String mention(Actor a, Set<Actor> mentioned) {
        return mentioned.add(a) ? a.first() : a.later();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
