package orbit.core;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Where an event came from: the document, sentence and words behind it, or the file line it was
 * imported from. Absent text fields are empty strings; absent numbers are null.
 *
 * @param doc        document id the event was coded from
 * @param sentence   sentence number in the document (GDELT and ICEWS have one too)
 * @param text       the sentence text
 * @param trigger    the words that triggered the event code
 * @param pattern    the lexicon pattern (or the importer) that produced the code
 * @param confidence coder confidence in [0, 1]
 * @param flags      any of hypothetical, future, historical, reported
 * @param url        the source URL (GDELT SOURCEURL) or publisher name
 * @param added      when the source added the event (GDELT DATEADDED)
 * @param origin     the imported file and line ("20250807220000.export.CSV:12")
 */
public record Evidence(
        String doc,
        Integer sentence,
        String text,
        String trigger,
        String pattern,
        Double confidence,
        List<String> flags,
        String url,
        LocalDateTime added,
        String origin) {

    public static final Evidence NONE = new Evidence("", null, "", "", "", null, List.of(), "", null, "");

    public Evidence {
        doc = Actor.nz(doc);
        text = Actor.nz(text);
        trigger = Actor.nz(trigger);
        pattern = Actor.nz(pattern);
        flags = List.copyOf(Objects.requireNonNullElse(flags, List.of()));
        url = Actor.nz(url);
        origin = Actor.nz(origin);
    }
}
