package orbit.store;

import java.io.IOException;
import java.io.InputStream;
import orbit.core.Event;
import orbit.core.Ontology;

/** A reader for formats with one record per line; subclasses parse a line into an event. */
abstract class LineFormatReader implements FormatReader {
    final Ontology ontology;

    LineFormatReader(Ontology ontology) {
        this.ontology = ontology;
    }

    /** Whether the first line is a header to skip. */
    boolean isHeader(String firstLine) {
        return false;
    }

    /** The event on this line, or null to skip it silently; throws {@link Rejection} for a bad line. */
    abstract Event parse(String line, String origin);

    @Override
    public void read(InputFile input, EventSink sink) throws IOException {
        try (InputStream in = input.open(); LineReader lines = new LineReader(in)) {
            String line;
            String shortName = shortName(input.name());
            while ((line = lines.next()) != null) {
                long n = lines.number();
                if (n == 1) {
                    try {
                        if (isHeader(line)) {
                            continue;
                        }
                    } catch (Rejection r) {
                        sink.row();
                        sink.reject(n, r.getMessage() + "; nothing else in this file was read", line);
                        return;
                    }
                }
                if (line.isBlank()) {
                    continue;
                }
                sink.row();
                if (lines.decodingProblem() != null) {
                    sink.reject(n, lines.decodingProblem(), line);
                    continue;
                }
                try {
                    Event e = parse(line, shortName + ":" + n);
                    if (e != null) {
                        sink.accept(e);
                    }
                } catch (Rejection r) {
                    sink.reject(n, r.getMessage(), line);
                } catch (RuntimeException r) {
                    sink.reject(n, "cannot read this row (" + r.getMessage() + ")", line);
                }
            }
        }
    }

    static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
