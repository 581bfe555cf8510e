package orbit.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.Ontology;
import org.junit.jupiter.api.Test;

/**
 * Every lexicon entry's example sentence must be coded with that entry's code (by it or a more
 * specific entry); an example of an event within one state ("Serbian workers began a strike") must
 * be coded so with {@code --domestic}.
 */
class LexiconExamplesTest {

    @Test
    void everyLexiconExampleCodesItsEntry() {
        Lexicon lexicon = Lexicon.standard(Ontology.standard().cameo()).build();
        EventCoder coder = Coders.standard();
        EventCoder domestic = Coders.domestic();
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (LexiconEntry e : lexicon.entries()) {
            if (e.example().isBlank()) {
                failures.add(e.origin() + " " + e.pattern() + ": no example");
                continue;
            }
            tried++;
            List<CodedEvent> events = coder.code("example", LocalDate.of(2024, 6, 1), e.example()).events();
            boolean coded = events.stream().anyMatch(c -> c.event().cameo().equals(e.code()))
                    || domestic.code("example", LocalDate.of(2024, 6, 1), e.example()).events().stream()
                            .anyMatch(c -> c.event().cameo().equals(e.code())
                                    && c.event().source().entity().equals(c.event().target().entity()));
            if (!coded) {
                failures.add(e.origin() + " " + e.code() + " \"" + e.pattern() + "\": " + e.example() + " -> "
                        + events.stream().map(c -> c.event().source().code() + ">" + c.event().target().code() + " " + c.event().cameo()
                                + " [" + c.entry().pattern() + "]" + c.flags()).toList());
            }
        }
        assertThat(tried).isGreaterThan(500);
        assertThat(failures).as("%d of %d examples not coded as their entry", failures.size(), tried).isEmpty();
    }
}
