package orbit.coder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import orbit.core.Actor;
import orbit.core.CameoTable;
import orbit.core.Entity;
import orbit.core.EntityDictionary;
import orbit.core.OrbitException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Readers for the gold standards the coder is evaluated against. */
public final class Suites {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Suites() {}

    /**
     * Orbit's own gold set (JSONL: id, date, text, events [{source, target, code}], tags), sentences
     * about real events 2014-2025 written for Orbit, with traps.
     */
    public static List<GoldCase> gold(InputStream in, String name, CameoTable cameo) {
        List<GoldCase> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    throw OrbitException.user("line %d of %s is not JSON (%s)", n, name, e.getMessage());
                }
                List<GoldCase.Expected> expected = new ArrayList<>();
                int lineNo = n;
                for (JsonNode ev : o.path("events")) {
                    String code = ev.path("code").asText();
                    String plover = cameo.find(code).map(c -> c.plover()).orElseThrow(
                            () -> OrbitException.user("line %d of %s: '%s' is not a CAMEO code", lineNo, name, code));
                    expected.add(new GoldCase.Expected(Set.of(ev.path("source").asText()), Set.of(ev.path("target").asText()), code, plover));
                }
                Set<String> tags = new HashSet<>();
                o.path("tags").forEach(t -> tags.add(t.asText()));
                cases.add(new GoldCase(o.path("id").asText(), LocalDate.parse(o.path("date").asText()), o.path("text").asText(), expected, tags));
            }
        } catch (IOException e) {
            throw OrbitException.external(e, "cannot read %s", name);
        }
        return cases;
    }

    /**
     * The PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt, a JSON array of CAMEO manual
     * examples with 2016 PLOVER types). Types are mapped to the 2021 names (DEMAND to REQUEST,
     * DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to ASSAULT, YIELD to CONCEDE). Actors, as the
     * records' readme defines them:
     * <ul>
     * <li>codes are ISO 3166 alpha-3 (or CAMEO) country codes; three are misspelled in the records
     *     (JAP, ITL, VTN for JPN, ITA, VNM) and read as meant;</li>
     * <li>"IGO" is the organisation the actor's text names ("U.N. Security Council" is the UN), or
     *     any organisation when the text names none Orbit knows ("Physicians for Human Rights");</li>
     * <li>a record with two or more sources and no target is reciprocal (the readme's SRC/TAR
     *     markup): each source acts on another, and on itself when two of them are one state
     *     ("the Sudanese government and SPLM/A");</li>
     * <li>a record with one source and no target ("Akayev agreed to resign") expects an event
     *     without a target, which Orbit, coding dyads only, never gives: such records stay unmatched,
     *     as do records whose target Orbit cannot name (IMG for "al-Qaeda leaders").</li>
     * </ul>
     */
    public static List<GoldCase> ploverGsr(Path file, EntityDictionary entities) {
        JsonNode all;
        try {
            all = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw OrbitException.user("%s is not a JSON array of PLOVER records (%s)", file, e.getMessage());
        }
        Set<String> organisations = new HashSet<>();
        for (Entity e : entities.entities()) {
            if (e.kind() == Entity.Kind.ORGANISATION) {
                organisations.add(e.id());
            }
        }
        List<GoldCase> cases = new ArrayList<>();
        for (JsonNode r : all) {
            String type = r.path("event").asText();
            if (type.equals("DOCUMENT") || !r.has("text")) {
                continue;
            }
            Set<String> sources = actorKeys(r.path("source"), entities, organisations);
            Set<String> targets = actorKeys(r.path("target"), entities, organisations);
            if (targets.isEmpty() && hasActors(r.path("target"))) {
                // a target Orbit cannot name ("al-Qaeda leaders", IMG) is no reciprocal event: expect its code, which no event has
                targets = Set.of(r.path("target").get(0).path("code").asText());
            } else if (targets.isEmpty()) {
                int named = r.path("source").isArray() ? r.path("source").size() : 0;
                if (named < 2) {
                    targets = Set.of(Actor.NONE.entity());
                } else if (sources.size() == 1) {
                    targets = sources;
                }
            }
            String plover = orbit.core.CameoTable.currentPlover(type, "")[0];
            LocalDate date = LocalDate.parse(r.path("date").asText("2000-01-01"));
            List<GoldCase.Expected> expected = sources.isEmpty() ? List.of()
                    : List.of(new GoldCase.Expected(sources, targets, "", plover));
            cases.add(new GoldCase(r.path("id").asText(), date, r.path("text").asText().replace("{", "").replace("}", ""), expected,
                    Set.of(type.toLowerCase(Locale.ROOT))));
        }
        return cases;
    }

    /** Country codes the PLOVER records misspell, with the ISO code they mean. */
    private static final Map<String, String> MISSPELLED = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    private static boolean hasActors(JsonNode side) {
        if (!side.isArray()) {
            return false;
        }
        for (JsonNode a : side) {
            String code = a.path("code").asText("");
            if (!code.isEmpty() && !code.equals("None")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> actorKeys(JsonNode side, EntityDictionary entities, Set<String> organisations) {
        Set<String> keys = new LinkedHashSet<>();
        if (!side.isArray()) {
            return keys;
        }
        for (JsonNode a : side) {
            String code = MISSPELLED.getOrDefault(a.path("code").asText(""), a.path("code").asText(""));
            if (code.isEmpty() || code.equals("None")) {
                continue;
            }
            if (code.equals("IGO")) {
                Set<String> named = organisationsNamed(a.path("actorText").asText(""), entities);
                keys.addAll(named.isEmpty() ? organisations : named);
                continue;
            }
            entities.byId(code).or(() -> entities.byCameo(code)).ifPresent(e -> keys.add(e.id()));
        }
        return keys;
    }

    /** The organisations whose name or an alias occurs in {@code text} as whole words. */
    private static Set<String> organisationsNamed(String text, EntityDictionary entities) {
        Set<String> found = new LinkedHashSet<>();
        for (Entity e : entities.entities()) {
            if (e.kind() != Entity.Kind.ORGANISATION) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                if (java.util.regex.Pattern.compile("(?<![\\p{L}.])" + java.util.regex.Pattern.quote(n) + "(?![\\p{L}])").matcher(text).find()) {
                    found.add(e.id());
                }
            }
        }
        return found;
    }

    /**
     * PETRARCH's unit-test records (PETR.UnitTest.records.xml): sentences about fictional and real
     * states with the codings PETRARCH must give; actor keys are PETRARCH actor codes. Records
     * marked {@code noevents} expect nothing; records marked {@code error} are skipped.
     */
    public static List<GoldCase> petrarch(Path file) {
        org.w3c.dom.Document xml;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml = f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw OrbitException.user("%s is not PETRARCH validation XML (%s)", file, e.getMessage());
        }
        DateTimeFormatter yyyymmdd = DateTimeFormatter.ofPattern("yyyyMMdd");
        List<GoldCase> cases = new ArrayList<>();
        NodeList sentences = xml.getElementsByTagName("Sentence");
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            NodeList codings = s.getElementsByTagName("EventCoding");
            NodeList texts = s.getElementsByTagName("Text");
            if (texts.getLength() == 0 || codings.getLength() == 0) {
                continue;
            }
            List<GoldCase.Expected> expected = new ArrayList<>();
            boolean error = false;
            for (int k = 0; k < codings.getLength(); k++) {
                Element c = (Element) codings.item(k);
                if (c.hasAttribute("error")) {
                    error = true;
                } else if (c.hasAttribute("eventcode")) {
                    String code = c.getAttribute("eventcode");
                    expected.add(new GoldCase.Expected(Set.of(c.getAttribute("sourcecode")), Set.of(c.getAttribute("targetcode")), code, ""));
                }
            }
            if (error) {
                continue;
            }
            String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            LocalDate date = LocalDate.parse(s.getAttribute("date"), yyyymmdd);
            cases.add(new GoldCase(s.getAttribute("id"), date, text, expected, Set.of(s.getAttribute("category").toLowerCase(Locale.ROOT))));
        }
        return cases;
    }
}
