package orbit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import orbit.core.CameoCode;
import orbit.core.Ontology;

/**
 * The fixed population a {@link GdeltGenerator} draws from: states with their FIPS codes and
 * coordinates, the actors of each state (state + sector), known-group actors, the dyad
 * frequencies, the CAMEO code frequencies, news domains. Built once from the seed; immutable after
 * construction and safe to share between generator threads. Field values are kept as
 * pre-encoded ASCII so that the generator's hot loop only copies bytes.
 */
final class GdeltWorld {
    /** ISO alpha-3 | FIPS | name | capital | country centroid lat, lon | capital lat, lon; roughly by GDELT frequency. */
    private static final String[] STATES = {
        "USA|US|United States|Washington, District of Columbia|39.828175|-98.5795|38.8951|-77.0364",
        "GBR|UK|United Kingdom|London|54|-2|51.5|-0.1167",
        "RUS|RS|Russia|Moscow|60|100|55.7522|37.6156",
        "CHN|CH|China|Beijing|35|105|39.9289|116.388",
        "ISR|IS|Israel|Jerusalem|31.5|34.75|31.7833|35.2167",
        "IND|IN|India|New Delhi|20|77|28.6|77.2",
        "IRN|IR|Iran|Tehran|32|53|35.75|51.5148",
        "UKR|UP|Ukraine|Kyiv|49|32|50.4333|30.5167",
        "FRA|FR|France|Paris|46|2|48.8667|2.3333",
        "DEU|GM|Germany|Berlin|51|9|52.5167|13.4",
        "PAK|PK|Pakistan|Islamabad|30|70|33.7|73.1667",
        "AUS|AS|Australia|Canberra|-27|133|-35.2833|149.217",
        "CAN|CA|Canada|Ottawa|60|-95|45.4167|-75.7",
        "JPN|JA|Japan|Tokyo|36|138|35.685|139.751",
        "TUR|TU|Turkey|Ankara|39|35|39.9272|32.8644",
        "SYR|SY|Syria|Damascus|35|38|33.5|36.3",
        "NGA|NI|Nigeria|Abuja|10|8|9.0833|7.5333",
        "KOR|KS|South Korea|Seoul|37|127.5|37.5664|126.9997",
        "PRK|KN|North Korea|Pyongyang|40|127|39.0194|125.755",
        "AFG|AF|Afghanistan|Kabul|33|65|34.5167|69.1833",
        "IRQ|IZ|Iraq|Baghdad|33|44|33.3386|44.3939",
        "SAU|SA|Saudi Arabia|Riyadh|25|45|24.6408|46.7728",
        "EGY|EG|Egypt|Cairo|27|30|30.05|31.25",
        "PSE|WE|Palestine|Ramallah|32|35.25|31.9|35.2",
        "ZAF|SF|South Africa|Pretoria|-29|24|-25.7069|28.2294",
        "PHL|RP|Philippines|Manila|13|122|14.6042|120.982",
        "MEX|MX|Mexico|Mexico City|23|-102|19.4342|-99.1386",
        "ITA|IT|Italy|Rome|42.8333|12.8333|41.9|12.4833",
        "ESP|SP|Spain|Madrid|40|-4|40.4|-3.6833",
        "BRA|BR|Brazil|Brasilia|-10|-55|-15.7833|-47.9167",
        "ARM|AM|Armenia|Yerevan|40|45|40.1811|44.5136",
        "AZE|AJ|Azerbaijan|Baku|40.5|47.5|40.3953|49.8822",
        "GEO|GG|Georgia|Tbilisi|42|43.5|41.725|44.7908",
        "KEN|KE|Kenya|Nairobi|1|38|-1.2833|36.8167",
        "LBN|LE|Lebanon|Beirut|33.8333|35.8333|33.8719|35.5097",
        "YEM|YM|Yemen|Sanaa|15|48|15.3547|44.2067",
        "QAT|QA|Qatar|Doha|25.5|51.25|25.2867|51.5333",
        "ARE|AE|United Arab Emirates|Abu Dhabi|24|54|24.4667|54.3667",
        "JOR|JO|Jordan|Amman|31|36|31.95|35.9333",
        "BGD|BG|Bangladesh|Dhaka|24|90|23.7231|90.4086",
        "IDN|ID|Indonesia|Jakarta|-5|120|-6.1744|106.829",
        "MYS|MY|Malaysia|Kuala Lumpur|2.5|112.5|3.1667|101.7",
        "THA|TH|Thailand|Bangkok|15|100|13.75|100.517",
        "VNM|VM|Vietnam|Hanoi|16.1667|107.833|21.0333|105.85",
        "SGP|SN|Singapore|Singapore|1.3667|103.8|1.2931|103.856",
        "TWN|TW|Taiwan|Taipei|23.5|121|25.0392|121.525",
        "MMR|BM|Myanmar|Naypyidaw|22|98|19.7475|96.115",
        "LKA|CE|Sri Lanka|Colombo|7|81|6.9319|79.8478",
        "NPL|NP|Nepal|Kathmandu|28|84|27.7167|85.3167",
        "POL|PL|Poland|Warsaw|52|20|52.25|21",
        "NLD|NL|Netherlands|Amsterdam|52.5|5.75|52.35|4.9167",
        "BEL|BE|Belgium|Brussels|50.8333|4|50.8333|4.3333",
        "SWE|SW|Sweden|Stockholm|62|15|59.3333|18.05",
        "NOR|NO|Norway|Oslo|62|10|59.9167|10.75",
        "FIN|FI|Finland|Helsinki|64|26|60.1756|24.9342",
        "DNK|DA|Denmark|Copenhagen|56|10|55.6667|12.5833",
        "IRL|EI|Ireland|Dublin|53|-8|53.3331|-6.2489",
        "CHE|SZ|Switzerland|Bern|47|8|46.9167|7.4667",
        "AUT|AU|Austria|Vienna|47.3333|13.3333|48.2|16.3667",
        "GRC|GR|Greece|Athens|39|22|37.9833|23.7333",
        "CYP|CY|Cyprus|Nicosia|35|33|35.1667|33.3667",
        "HUN|HU|Hungary|Budapest|47|20|47.5|19.0833",
        "ROU|RO|Romania|Bucharest|46|25|44.4333|26.1",
        "BGR|BU|Bulgaria|Sofia|43|25|42.6833|23.3167",
        "SRB|RI|Serbia|Belgrade|44|21|44.8186|20.4681",
        "BLR|BO|Belarus|Minsk|53|28|53.9|27.5667",
        "MDA|MD|Moldova|Chisinau|47|29|47.0056|28.8575",
        "KAZ|KZ|Kazakhstan|Astana|48|68|51.1811|71.4278",
        "UZB|UZ|Uzbekistan|Tashkent|41|64|41.3167|69.25",
        "KGZ|KG|Kyrgyzstan|Bishkek|41|75|42.8731|74.6003",
        "TJK|TI|Tajikistan|Dushanbe|39|71|38.56|68.7739",
        "TKM|TX|Turkmenistan|Ashgabat|40|60|37.95|58.3833",
        "MNG|MG|Mongolia|Ulaanbaatar|46|105|47.9167|106.917",
        "ARG|AR|Argentina|Buenos Aires|-34|-64|-34.5875|-58.6725",
        "CHL|CI|Chile|Santiago|-30|-71|-33.45|-70.6667",
        "COL|CO|Colombia|Bogota|4|-72|4.6|-74.0833",
        "VEN|VE|Venezuela|Caracas|8|-66|10.5|-66.9167",
        "PER|PE|Peru|Lima|-10|-76|-12.05|-77.05",
        "CUB|CU|Cuba|Havana|21.5|-80|23.1319|-82.3642",
        "NIC|NU|Nicaragua|Managua|13|-85|12.1508|-86.2683",
        "ETH|ET|Ethiopia|Addis Ababa|8|38|9.0333|38.7",
        "SDN|SU|Sudan|Khartoum|15|30|15.5881|32.5342",
        "SSD|OD|South Sudan|Juba|7|30|4.85|31.6",
        "SOM|SO|Somalia|Mogadishu|10|49|2.0667|45.3667",
        "LBY|LY|Libya|Tripoli|25|17|32.8925|13.18",
        "TUN|TS|Tunisia|Tunis|34|9|36.8028|10.1797",
        "DZA|AG|Algeria|Algiers|28|3|36.7631|3.0506",
        "MAR|MO|Morocco|Rabat|32|-5|34.0253|-6.8361",
        "MLI|ML|Mali|Bamako|17|-4|12.65|-8",
        "NER|NG|Niger|Niamey|16|8|13.5167|2.1167",
        "GHA|GH|Ghana|Accra|8|-2|5.55|-0.2167",
        "UGA|UG|Uganda|Kampala|1|32|0.3156|32.5656",
        "COD|CG|Democratic Republic of the Congo|Kinshasa|0|25|-4.3|15.3",
        "ZWE|ZI|Zimbabwe|Harare|-20|30|-17.8178|31.0447",
        "NZL|NZ|New Zealand|Wellington|-41|174|-41.3|174.783",
        "VAT|VT|Vatican City|Vatican City|41.9|12.45|41.9|12.45",
        "OMN|MU|Oman|Muscat|21|57|23.6133|58.5933",
        "KWT|KU|Kuwait|Kuwait City|29.5|47.75|29.3697|47.9783",
        "BHR|BA|Bahrain|Manama|26|50.5|26.2361|50.5831",
    };

    /** Sector codes with their share of a large state's actor mentions; "" is the bare state. */
    private static final String[] SECTORS = {"", "GOV", "MIL", "COP", "BUS", "MED", "OPP", "CVL", "LEG", "JUD", "EDU",
        "REB", "HLH", "LAB", "REF", "SPY", "AGR", "ENV"};
    private static final double[] SECTOR_WEIGHTS = {35, 25, 7, 6, 5, 5, 3, 4, 3, 2, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5};

    /** Known-group actors (code|name|known group|type1). */
    private static final String[] GROUPS = {
        "IGOUNO|UNITED NATIONS|UNO|IGO", "NAT|NATO|NAT|", "IGOEEC|EUROPEAN UNION|EEC|IGO", "IGOIMF|IMF|IMF|IGO",
        "IGOWBK|WORLD BANK|WBK|IGO", "IGOARL|ARAB LEAGUE|ARL|IGO", "IGOASN|ASEAN|ASN|IGO", "IGOCIS|COMMONWEALTH OF INDEPENDENT STATES|CIS|IGO",
        "IGOOPC|OPEC|OPC|IGO", "NGOHRIAMN|AMNESTY INTERNATIONAL|AMN|NGO", "TAL|TALIBAN|TAL|", "HMS|HAMAS|HMS|"};

    /** Country-less actors GDELT often emits (code|name|type1). */
    private static final String[] PLAIN = {"CVL|RESIDENTS|CVL", "GOV|GOVERNMENT|GOV", "MED|JOURNALIST|MED", "COP|POLICE|COP",
        "BUS|COMPANY|BUS", "REB|MILITANT|REB", "EDU|STUDENT|EDU", "CRM|CRIMINAL|CRM"};

    /** Relative frequency of each CAMEO root 01..20, close to GDELT 2.0's. */
    private static final double[] ROOT_WEIGHTS = {14, 5, 8, 20, 9, 2.5, 2.5, 2.5, 1.5, 1.5, 4.5, 2, 2.5, 2, 0.8, 1.2, 5, 4, 4, 0.15};
    private static final List<String> POPULAR_CODES = List.of("042", "043", "036", "046", "051", "057", "112", "173", "190", "193");

    private static final String[] DOMAINS = {"reuters.com", "apnews.com", "bbc.co.uk", "theguardian.com", "nytimes.com",
        "washingtonpost.com", "aljazeera.com", "france24.com", "dw.com", "tass.com", "ria.ru", "armenpress.am",
        "news.am", "azernews.az", "civil.ge", "timesofindia.indiatimes.com", "dawn.com", "scmp.com", "japantimes.co.jp",
        "koreaherald.com", "abc.net.au", "cbc.ca", "timesofisrael.com", "haaretz.com", "arabnews.com", "thenationalnews.com",
        "kyivindependent.com", "ukrinform.net", "themoscowtimes.com", "euronews.com", "politico.eu", "lemonde.fr",
        "spiegel.de", "elpais.com", "ansa.it", "dailysabah.com", "hurriyetdailynews.com", "premiumtimesng.com",
        "allafrica.com", "news24.com", "inquirer.net", "thejakartapost.com", "bangkokpost.com", "straitstimes.com",
        "mercopress.com", "eluniversal.com.mx", "folha.uol.com.br", "buenosairesherald.com", "yahoo.com", "msn.com",
        "foxnews.com", "cnn.com", "nbcnews.com", "cbsnews.com", "usatoday.com", "wsj.com", "bloomberg.com", "ft.com",
        "localnews8.com", "kmbc.com", "wral.com", "startribune.com", "miamiherald.com", "sfgate.com"};
    private static final String[] SECTIONS = {"world", "news", "politics", "europe", "asia", "middle-east", "africa",
        "americas", "business", "opinion", "national", "local", "article", "story"};
    private static final String[] WORDS = {"talks", "minister", "meets", "president", "border", "security", "sanctions",
        "trade", "deal", "military", "forces", "protest", "police", "election", "government", "aid", "visit", "summit",
        "crisis", "peace", "attack", "killed", "arrest", "court", "rejects", "calls", "urges", "warns", "agreement",
        "cooperation", "energy", "gas", "oil", "troops", "ceasefire", "opposition", "parliament", "leader", "foreign",
        "defence", "relations", "strategic", "dialogue", "investment", "refugees", "humanitarian", "strike", "drone",
        "missile", "navy", "exercise", "accuses", "denies", "condemns", "praises", "signs", "pact", "delegation",
        "embassy", "envoy", "vote", "reform", "economy", "inflation"};

    final int states;
    final byte[][] stateIso;
    /** Actor columns 5-14 ("code\tname\tcountry\tgroup\tethnic\trel1\trel2\ttype1\ttype2\ttype3"), by actor. */
    final byte[][] actorFields;
    /** The state of each actor, or -1 for a group or country-less actor. */
    final int[] actorState;
    /** The actors of each state, and an alias table over them. */
    final int[][] stateActors;
    final AliasTable[] stateActorPick;
    final int[] groupActors;
    final int[] plainActors;
    /** Geography columns (8 fields, no surrounding tabs) of each state at country and capital level. */
    final byte[][] geoCountry;
    final byte[][] geoCapital;
    static final byte[] GEO_NONE = "0\t\t\t\t\t\t\t".getBytes(StandardCharsets.US_ASCII);

    /** Dyads over states as source * states + target, and their frequencies. */
    final AliasTable dyads;
    /** CAMEO columns 26-30 ("code\tbase\troot\tquad\tgoldstein") by code, and their frequencies. */
    final byte[][] codeFields;
    final int[] codeQuad;
    final AliasTable codes;
    final String cameoSource;

    final byte[][] domains;
    final byte[][] sections;
    final byte[][] words;

    GdeltWorld(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        states = STATES.length;
        stateIso = new byte[states][];
        geoCountry = new byte[states][];
        geoCapital = new byte[states][];
        List<byte[]> fields = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        stateActors = new int[states][];
        stateActorPick = new AliasTable[states];
        for (int s = 0; s < states; s++) {
            String[] p = STATES[s].split("\\|");
            String iso = p[0];
            String fips = p[1];
            String name = p[2];
            String capital = p[3];
            stateIso[s] = ascii(iso);
            geoCountry[s] = ascii(String.join("\t", "1", name, fips, fips, "", p[4], p[5], fips));
            String capitalName = capital.contains(",") ? capital + ", " + name : capital + ", " + name;
            String adm1 = fips.equals("US") ? "USDC" : fips + String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(40));
            String adm2 = fips.equals("US") ? "DC001" : Integer.toString(10000 + rnd.nextInt(90000));
            int geoType = fips.equals("US") ? 3 : 4;
            geoCapital[s] = ascii(String.join("\t", Integer.toString(geoType), capitalName, fips, adm1, adm2, p[6], p[7],
                    Integer.toString(-(1000000 + rnd.nextInt(3000000)))));
            // larger states have more distinct actors: the bare state and GOV always, up to all sectors
            int sectors = Math.max(3, SECTORS.length - s / 6);
            int[] ids = new int[sectors];
            double[] w = new double[sectors];
            String upper = name.toUpperCase(Locale.ROOT);
            String capitalUpper = capital.replaceFirst(",.*", "").toUpperCase(Locale.ROOT);
            for (int k = 0; k < sectors; k++) {
                String sector = SECTORS[k];
                String actorName = k == 1 && rnd.nextInt(3) == 0 ? capitalUpper : upper;
                String religion = rnd.nextInt(25) == 0 ? "CHR" : "";
                ids[k] = fields.size();
                fields.add(ascii(String.join("\t", iso + sector, actorName, iso, "", "", religion, "", sector, "", "")));
                owner.add(s);
                w[k] = SECTOR_WEIGHTS[k];
            }
            stateActors[s] = ids;
            stateActorPick[s] = new AliasTable(w);
        }
        groupActors = new int[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            String[] p = GROUPS[g].split("\\|", -1);
            groupActors[g] = fields.size();
            fields.add(ascii(String.join("\t", p[0], p[1], "", p[2], "", "", "", p[3], "", "")));
            owner.add(-1);
        }
        plainActors = new int[PLAIN.length];
        for (int g = 0; g < PLAIN.length; g++) {
            String[] p = PLAIN[g].split("\\|", -1);
            plainActors[g] = fields.size();
            fields.add(ascii(String.join("\t", p[0], p[1], "", "", "", "", "", p[2], "", "")));
            owner.add(-1);
        }
        actorFields = fields.toArray(new byte[0][]);
        actorState = owner.stream().mapToInt(Integer::intValue).toArray();

        // Dyad frequency: Zipf-like state weights times a log-normal affinity; domestic dyads are
        // the most common in GDELT, and a few famous pairs are boosted.
        double[] dw = new double[states * states];
        for (int a = 0; a < states; a++) {
            for (int b = 0; b < states; b++) {
                double w = 1.0 / Math.pow(a + 1, 1.1) / Math.pow(b + 1, 1.1) * Math.exp(1.2 * gaussian(rnd));
                if (a == b) {
                    w *= 25;
                }
                dw[a * states + b] = w;
            }
        }
        boost(dw, "ARM", "RUS", 30);
        boost(dw, "ARM", "AZE", 30);
        boost(dw, "RUS", "UKR", 10);
        boost(dw, "ISR", "PSE", 10);
        boost(dw, "USA", "CHN", 3);
        dyads = new AliasTable(dw);

        Loaded table = loadCameo();
        cameoSource = table.source;
        List<byte[]> cf = new ArrayList<>();
        List<Integer> cq = new ArrayList<>();
        List<Double> cw = new ArrayList<>();
        double[] rootSum = new double[21];
        List<Double> raw = new ArrayList<>();
        for (String[] c : table.rows) {
            String code = c[0];
            if (code.length() < 3) {
                continue; // GDELT codes events at three or four digits
            }
            int root = Integer.parseInt(code.substring(0, 2));
            double w = code.length() == 4 ? 0.2 : code.endsWith("0") ? 4 : POPULAR_CODES.contains(code) ? 3 : 1;
            rootSum[root] += w;
            raw.add(w);
            int quad = quadOf(root);
            double goldstein = Double.parseDouble(c[1]);
            String base = code.substring(0, 3);
            cf.add(ascii(String.join("\t", code, base, code.substring(0, 2), Integer.toString(quad), Double.toString(goldstein))));
            cq.add(quad);
        }
        int i = 0;
        for (String[] c : table.rows) {
            if (c[0].length() < 3) {
                continue;
            }
            int root = Integer.parseInt(c[0].substring(0, 2));
            cw.add(ROOT_WEIGHTS[root - 1] * raw.get(i++) / rootSum[root]);
        }
        codeFields = cf.toArray(new byte[0][]);
        codeQuad = cq.stream().mapToInt(Integer::intValue).toArray();
        codes = new AliasTable(cw.stream().mapToDouble(Double::doubleValue).toArray());

        domains = asciiAll(DOMAINS);
        sections = asciiAll(SECTIONS);
        words = asciiAll(WORDS);
    }

    private void boost(double[] dw, String a, String b, double factor) {
        int x = indexOf(a);
        int y = indexOf(b);
        dw[x * states + y] *= factor;
        dw[y * states + x] *= factor;
    }

    private int indexOf(String iso) {
        for (int s = 0; s < states; s++) {
            if (new String(stateIso[s], StandardCharsets.US_ASCII).equals(iso)) {
                return s;
            }
        }
        throw new IllegalArgumentException(iso);
    }

    static int quadOf(int root) {
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private record Loaded(List<String[]> rows, String source) {}

    /**
     * The CAMEO table through {@link Ontology#standard()}; while the bundled dictionaries are
     * incomplete (the ontology fails to load), the CAMEO resource alone.
     */
    private static Loaded loadCameo() {
        try {
            List<String[]> rows = new ArrayList<>();
            for (CameoCode c : Ontology.standard().cameo().codes()) {
                rows.add(new String[] {c.code(), Double.toString(c.goldstein())});
            }
            return new Loaded(rows, "Ontology.standard().cameo()");
        } catch (RuntimeException | Error e) {
            try (InputStream in = Ontology.class.getResourceAsStream("cameo-codes.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("orbit/core/cameo-codes.tsv is not on the classpath; build orbit-core first", e);
                }
                List<String[]> rows = new ArrayList<>();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                boolean header = true;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    rows.add(new String[] {f[0], f[2]});
                }
                return new Loaded(rows, "orbit/core/cameo-codes.tsv (the ontology did not load: " + e + ")");
            } catch (IOException io) {
                throw new IllegalStateException("cannot read orbit/core/cameo-codes.tsv", io);
            }
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[][] asciiAll(String[] s) {
        byte[][] out = new byte[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = ascii(s[i]);
        }
        return out;
    }
}
