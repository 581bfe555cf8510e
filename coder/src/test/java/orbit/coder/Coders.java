package orbit.coder;

import orbit.core.Ontology;
import java.util.List;

/** One coder with the bundled dictionaries per test JVM: loading CoreNLP's models takes seconds. */
public final class Coders {
    private static EventCoder standard;
    private static EventCoder domestic;

    private Coders() {}

    /** The bundled dictionaries, also coding events within one state. */
    public static synchronized EventCoder domestic() {
        if (domestic == null) {
            domestic = standard().domestic(true);
        }
        return domestic;
    }

    public static synchronized EventCoder standard() {
        if (standard == null) {
            standard = EventCoder.standard(Ontology.standard(), List.of(), List.of());
        }
        return standard;
    }
}
