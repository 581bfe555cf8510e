package orbit.core;

/**
 * The four-way split of CAMEO events used by GDELT: verbal and material, cooperation and conflict.
 * The number is the one GDELT stores in its QuadClass column.
 */
public enum QuadClass {
    VERBAL_COOPERATION(1),
    MATERIAL_COOPERATION(2),
    VERBAL_CONFLICT(3),
    MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static QuadClass of(int number) {
        if (number < 1 || number > 4) {
            throw OrbitException.user("QuadClass %d does not exist; it is 1 to 4", number);
        }
        return values()[number - 1];
    }

    /** The QuadClass of a CAMEO root ("01" to "20"), as GDELT assigns it. */
    public static QuadClass ofRoot(String root) {
        int r = Integer.parseInt(root);
        if (r < 1 || r > 20) {
            throw OrbitException.user("CAMEO root %s does not exist; roots run from 01 to 20", root);
        }
        if (r <= 5) {
            return VERBAL_COOPERATION;
        }
        if (r <= 9) {
            return MATERIAL_COOPERATION;
        }
        if (r <= 14) {
            return VERBAL_CONFLICT;
        }
        return MATERIAL_CONFLICT;
    }
}
