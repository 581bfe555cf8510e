package orbit.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The role an actor plays inside its entity, named with CAMEO's three-letter actor type codes
 * (so that {@code ARM} + {@link #GOV} gives the CAMEO actor code {@code ARMGOV}).
 */
public enum Sector {
    GOV("government"),
    MIL("military"),
    COP("police"),
    JUD("judiciary"),
    LEG("legislature"),
    OPP("opposition"),
    PTY("political party"),
    REB("rebels"),
    INS("insurgents"),
    SEP("separatists"),
    UAF("unaligned armed forces"),
    SPY("intelligence services"),
    MED("media"),
    BUS("business"),
    MNC("multinational corporation"),
    CVL("civilians"),
    EDU("education"),
    REL("religious"),
    NGO("non-governmental organisation"),
    NGM("non-governmental movement"),
    IGO("intergovernmental organisation"),
    LAB("labour"),
    ELI("elites"),
    CRM("criminals"),
    HLH("health"),
    AGR("agriculture"),
    REF("refugees"),
    HRI("human rights"),
    ENV("environment"),
    DEV("development"),
    SET("settlers");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    /** Plain-English name of the sector, for tables and reports. */
    public String label() {
        return label;
    }

    /** The sector for a CAMEO actor type code such as {@code "MIL"}, if Orbit knows it. */
    public static Optional<Sector> fromCode(String code) {
        if (code == null || code.length() != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
