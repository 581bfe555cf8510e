package orbit.store;

import java.io.IOException;
import java.io.Writer;
import orbit.core.Event;
import orbit.core.Ontology;

/** Writes events as an aligned table for people, one event per line, long values cut. */
final class TableWriter extends TextEventWriter {
    private static final String FORMAT = "%-10s  %-18s  %-12s  %-12s  %-5s  %-34s  %6s  %s%n";
    private boolean headerWritten;

    TableWriter(Writer out) {
        super(out);
    }

    @Override
    void writeEvent(Event e) throws IOException {
        header();
        String name = Ontology.standard().cameo().find(e.cameo()).map(c -> c.name()).orElse("");
        out.write(String.format(FORMAT, e.date(), cut(e.id(), 18), cut(actor(e.source().entity(), e.source().code()), 12),
                cut(actor(e.target().entity(), e.target().code()), 12), e.cameo(), cut(name, 34), shortest(e.goldstein()),
                cut(e.evidence().text().isEmpty() ? e.evidence().url() : e.evidence().text(), 80)));
    }

    @Override
    void finish() throws IOException {
        header();
    }

    private void header() throws IOException {
        if (!headerWritten) {
            out.write(String.format(FORMAT, "date", "id", "source", "target", "cameo", "event", "gold", "evidence"));
            headerWritten = true;
        }
    }

    private static String actor(String entity, String code) {
        return code.isEmpty() ? entity : code;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
