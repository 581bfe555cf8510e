package orbit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.coder.Explanation;
import orbit.core.Event;
import orbit.core.OrbitException;
import orbit.core.Ontology;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orbit explain}: why the coder produced an event. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a coded event: its sentence with source, trigger and target marked, the lexicon entry and",
            "actor entries used, how the date was resolved, the flags. Give a stored EVENT_ID, or --text to explain",
            "every event (and every flagged one) a text gives."})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "EVENT_ID", description = "An event id from `orbit events` or `orbit code-text`.")
    String id;

    @Option(names = "--text", paramLabel = "TEXT", description = "Explain the events of this text instead of a stored event.")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for --text (default: today).")
    LocalDate date;

    @Mixin
    StoreOption store;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Ontology ontology = Ontology.standard();
        if ((id == null) == (text == null)) {
            throw OrbitException.user("give an EVENT_ID or --text TEXT");
        }
        if (text != null) {
            EventCoder coder = coderOptions.coder();
            List<CodedEvent> events = coder.code("text", date == null ? LocalDate.now() : date, text).events();
            if (events.isEmpty()) {
                out.println("no event: no lexicon pattern matched with an identifiable source and target in the same clause");
            }
            for (CodedEvent e : events) {
                out.println(Explanation.of(e, ontology.cameo()));
                out.println();
            }
            out.flush();
            return Orbit.OK;
        }
        Event event;
        LocalDate published;
        try (EventStore s = store.open()) {
            event = s.event(id).orElseThrow(() -> OrbitException.user(
                    "no event %s in %s; list ids with `orbit events --format jsonl`", id, store.path()));
            published = s.publishedDate(event.evidence().doc()).orElse(event.date());
        }
        if (!event.dataset().equals("orbit") || event.evidence().sentence() == null || event.evidence().text().isEmpty()) {
            out.printf("event %s was imported from %s, not coded by Orbit%n", event.id(), event.dataset());
            out.printf("  %s  %s -> %s  %s  origin %s%n", event.date(), event.source().code(), event.target().code(), event.cameo(),
                    event.evidence().origin());
            if (!event.evidence().url().isEmpty()) {
                out.printf("  source %s%n", event.evidence().url());
            }
            out.flush();
            return Orbit.OK;
        }
        EventCoder coder = coderOptions.coder();
        List<CodedEvent> again = coder.recode(event.evidence().doc(), published, event.evidence().sentence(), event.evidence().text());
        CodedEvent match = again.stream().filter(e -> e.event().id().equals(event.id())).findFirst().orElse(null);
        if (match == null) {
            out.printf("event %s: %s -> %s %s, trigger \"%s\", pattern \"%s\" [%s], flags %s%n", event.id(), event.source().code(),
                    event.target().code(), event.cameo(), event.evidence().trigger(), event.evidence().pattern(),
                    event.evidence().origin(), event.evidence().flags());
            out.printf("sentence: %s%n", event.evidence().text());
            out.println("(the current dictionaries no longer give this event; it was coded with other dictionaries or an older Orbit)");
        } else {
            out.println(Explanation.of(match, ontology.cameo()));
        }
        out.flush();
        return Orbit.OK;
    }
}
