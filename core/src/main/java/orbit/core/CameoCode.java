package orbit.core;

import java.util.Objects;

/**
 * One entry of the CAMEO event code table with its PLOVER translation.
 *
 * @param code      the code with leading zeros, two to four digits ("042", "1031")
 * @param name      short English name ("Make a visit")
 * @param goldstein the Goldstein conflict-cooperation value, -10 to +10, as GDELT uses it
 * @param quadClass GDELT's QuadClass of the code's root
 * @param plover    the PLOVER event type ("CONSULT"), empty where PLOVER has none
 * @param mode      the PLOVER mode ("visit"), empty where none is defined
 * @param context   the PLOVER context ("diplomatic"), empty where none is defined
 */
public record CameoCode(
        String code, String name, double goldstein, QuadClass quadClass, String plover, String mode, String context) {

    public CameoCode {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(quadClass);
        plover = plover == null ? "" : plover;
        mode = mode == null ? "" : mode;
        context = context == null ? "" : context;
    }

    /** The two-digit root ("04" for "042"). */
    public String root() {
        return rootOf(code);
    }

    /** The three-digit base code ("042" for "0421"); a root is its own base. */
    public String base() {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    public static String rootOf(String code) {
        return code.substring(0, 2);
    }
}
