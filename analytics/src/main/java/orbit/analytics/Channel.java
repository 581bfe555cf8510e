package orbit.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A channel of relations: verbal (QuadClass 1 and 3: statements, appeals, promises, criticism,
 * threats) or material (2 and 4: aid, cooperation, sanctions, force), in one policy domain.
 */
public record Channel(Mode mode, Domain domain) {
    public enum Mode {
        VERBAL, MATERIAL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode ofQuadClass(int quadClass) {
            return quadClass == 1 || quadClass == 3 ? VERBAL : MATERIAL;
        }
    }

    /** The six channels, verbal before material, diplomatic, security, economic. */
    public static final List<Channel> ALL = all();

    private static List<Channel> all() {
        List<Channel> c = new ArrayList<>();
        for (Mode m : Mode.values()) {
            for (Domain d : Domain.values()) {
                c.add(new Channel(m, d));
            }
        }
        return List.copyOf(c);
    }

    /** "verbal_diplomatic", "material_security". */
    public String id() {
        return mode.id() + "_" + domain.id();
    }
}
