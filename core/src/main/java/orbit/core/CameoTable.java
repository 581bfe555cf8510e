package orbit.core;

import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The complete CAMEO event code table (every code with name, root, Goldstein value, QuadClass and
 * PLOVER type and mode), loaded from {@code orbit/core/cameo-codes.tsv}. Immutable, thread-safe.
 */
public final class CameoTable {
    static final String RESOURCE = "cameo-codes.tsv";
    private static final List<String> COLUMNS = List.of("code", "name", "goldstein", "quad_class", "plover", "mode", "context");

    private final Map<String, CameoCode> byCode;

    private CameoTable(Map<String, CameoCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    static CameoTable load(InputStream in, String name) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (CameoCode c : Tsv.read(in, name, COLUMNS, CameoTable::parse)) {
            if (codes.put(c.code(), c) != null) {
                throw OrbitException.user("%s lists CAMEO code %s twice", name, c.code());
            }
        }
        return new CameoTable(codes);
    }

    private static CameoCode parse(Tsv.Row row) {
        String code = row.get("code");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("'" + code + "' is not a CAMEO code (two to four digits)");
        }
        QuadClass quad = QuadClass.of(Integer.parseInt(row.get("quad_class")));
        if (quad != QuadClass.ofRoot(CameoCode.rootOf(code))) {
            throw new IllegalArgumentException("code " + code + " has QuadClass " + quad.number()
                    + " but its root belongs to " + QuadClass.ofRoot(CameoCode.rootOf(code)).number());
        }
        return new CameoCode(code, row.get("name"), Double.parseDouble(row.get("goldstein")), quad,
                row.get("plover"), row.get("mode"), row.get("context"));
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The code, or a USER error that says what a CAMEO code looks like. */
    public CameoCode require(String code) {
        CameoCode c = byCode.get(code);
        if (c == null) {
            throw OrbitException.user("'%s' is not a CAMEO event code; codes have 2 to 4 digits with leading zeros, e.g. 042", code);
        }
        return c;
    }

    public Collection<CameoCode> codes() {
        return byCode.values();
    }

    /**
     * Older PLOVER drafts (2016-2019, used by the PLOVER gold-standard records) named some types
     * differently; they map onto the 2021 types as {type, implied mode}.
     */
    private static final Map<String, String[]> OLDER_PLOVER = Map.of(
            "DEMAND", new String[] {"REQUEST", ""},
            "DISAPPROVE", new String[] {"ACCUSE", ""},
            "INVESTIGATE", new String[] {"ACCUSE", "investigate"},
            "FIGHT", new String[] {"ASSAULT", ""},
            "YIELD", new String[] {"CONCEDE", ""});

    /**
     * The current PLOVER type and mode for a type of any PLOVER draft: {"ACCUSE", "investigate"}
     * for "INVESTIGATE"; the type itself (upper case) and {@code mode} when it is current.
     */
    public static String[] currentPlover(String type, String mode) {
        String t = type.strip().toUpperCase(java.util.Locale.ROOT);
        String[] older = OLDER_PLOVER.get(t);
        if (older == null) {
            return new String[] {t, mode == null ? "" : mode};
        }
        return new String[] {older[0], older[1].isEmpty() ? (mode == null ? "" : mode) : older[1]};
    }

    /**
     * The most general CAMEO code PLOVER maps to this type (and mode, when given), used to place
     * PLOVER-only records (which carry no CAMEO code) on the CAMEO scale.
     */
    public Optional<CameoCode> forPlover(String plover, String mode) {
        Optional<CameoCode> best = Optional.empty();
        for (CameoCode c : byCode.values()) {
            if (!c.plover().equalsIgnoreCase(plover)) {
                continue;
            }
            if (mode != null && !mode.isEmpty() && !c.mode().equalsIgnoreCase(mode)) {
                continue;
            }
            if (best.isEmpty() || c.code().length() < best.get().code().length()) {
                best = Optional.of(c);
            }
        }
        if (best.isEmpty() && mode != null && !mode.isEmpty()) {
            return forPlover(plover, "");
        }
        return best;
    }
}
