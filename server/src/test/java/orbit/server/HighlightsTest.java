package orbit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.Actor;
import orbit.core.Event;
import orbit.core.Evidence;
import orbit.core.Ontology;
import orbit.core.QuadClass;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    private static Event event(String text, String trigger, String source, String target) {
        Actor s = new Actor("RUSGOV", source, "RUS", List.of(), "", "", "", "", "", "", "", "");
        Actor t = new Actor("ARMGOV", target, "ARM", List.of(), "", "", "", "", "", "", "", "");
        return new Event("orbit:x", "orbit", LocalDate.of(2018, 5, 8), s, t, "051", QuadClass.VERBAL_COOPERATION, 3.4, "", "", null, null,
                null, null, new Evidence("d", 1, text, trigger, "", 0.9, List.of(), "", null, ""));
    }

    private static List<String> marked(Event e) {
        String text = e.evidence().text();
        return Highlights.of(e, Ontology.standard().entities()).stream().map(h -> h.role() + ":" + text.substring(h.start(), h.end())).toList();
    }

    @Test
    void marksSourceTriggerAndTargetInSentenceOrder() {
        Event e = event("Russian President Vladimir Putin congratulated Nikol Pashinyan on Tuesday.", "congratulated", "Putin", "Pashinyan");
        assertThat(marked(e)).containsExactly("source:Putin", "trigger:congratulated", "target:Pashinyan");
    }

    @Test
    void actorWordsSplitAcrossTheSentenceAreMarkedOneByOne() {
        Event e = event("The Russian foreign ministry said that Armenia's government had erred.", "said", "Russian ministry", "Armenia");
        assertThat(marked(e)).containsExactly("source:Russian", "source:ministry", "trigger:said", "target:Armenia");
    }

    @Test
    void wholeWordsOnlyAndNoOverlap() {
        Event e = event("Armenians in Armenia met.", "met", "Armenia", "Armenia");
        assertThat(marked(e)).containsExactly("source:Armenia", "trigger:met");
    }

    @Test
    void wordsNotInTheSentenceMarkNothing() {
        assertThat(marked(event("Talks were held.", "convened", "Putin", ""))).isEmpty();
        assertThat(marked(event("", "met", "Putin", "Pashinyan"))).isEmpty();
    }

    @Test
    void anActorWithoutWordsIsFoundByItsEntitysNameOrDemonym() {
        Event e = event("The Russian side mediated talks between Armenia and Azerbaijan.", "mediated", "", "");
        assertThat(marked(e)).containsExactly("source:Russian", "trigger:mediated", "target:Armenia");
    }
}
