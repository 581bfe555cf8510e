package orbit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.core.OrbitException;
import orbit.core.Ontology;
import picocli.CommandLine.Option;

/** Options every command that codes text shares: user dictionaries and which flagged events to keep. */
final class CoderOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "An extra actor file (persons.tsv format: name, aliases, entity, sector, role, from, to). Repeatable.")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "An extra lexicon file (lexicon.tsv format: code, pattern, options, example). Repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--include", paramLabel = "FLAGS", split = ",",
            description = "Also output events flagged hypothetical and/or future (left out by default).")
    List<String> include = new ArrayList<>();

    @Option(names = "--domestic",
            description = "Also code events between actors of one state (government and opposition, police and protesters); "
                    + "left out by default, as Orbit measures relations between states.")
    boolean domestic;

    EventCoder coder() {
        for (String flag : include) {
            if (!CodedEvent.NOT_HAPPENED.contains(flag.toLowerCase(Locale.ROOT))) {
                throw OrbitException.user("--include %s: flags that can be included are hypothetical and future", flag);
            }
        }
        return EventCoder.standard(Ontology.standard(), actors, lexicons, domestic);
    }

    /** True when the event is output by default or its flags were asked for. */
    boolean keep(CodedEvent e) {
        for (String flag : CodedEvent.NOT_HAPPENED) {
            if (e.has(flag) && !include.contains(flag)) {
                return false;
            }
        }
        return true;
    }
}
