package orbit.store;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import orbit.core.Actor;
import orbit.core.Event;
import orbit.core.Sector;

/** Writes events as CSV (RFC 4180 quoting) or TSV (tabs and newlines in values become spaces), with a header. */
final class DelimitedWriter extends TextEventWriter {
    static final List<String> HEADER = List.of("id", "dataset", "date", "source_code", "source_name", "source_entity",
            "source_sectors", "target_code", "target_name", "target_entity", "target_sectors", "cameo", "root", "quad_class",
            "goldstein", "plover", "mode", "doc", "sentence", "text", "url", "origin");

    private final char sep;
    private boolean headerWritten;

    DelimitedWriter(Writer out, char sep) {
        super(out);
        this.sep = sep;
    }

    @Override
    void writeEvent(Event e) throws IOException {
        if (!headerWritten) {
            line(HEADER);
            headerWritten = true;
        }
        line(List.of(e.id(), e.dataset(), e.date().toString(), e.source().code(), e.source().name(), e.source().entity(),
                sectors(e.source()), e.target().code(), e.target().name(), e.target().entity(), sectors(e.target()), e.cameo(),
                e.root(), Integer.toString(e.quadClass().number()), shortest(e.goldstein()), e.plover(), e.mode(),
                e.evidence().doc(), e.evidence().sentence() == null ? "" : e.evidence().sentence().toString(),
                e.evidence().text(), e.evidence().url(), e.evidence().origin()));
    }

    @Override
    void finish() throws IOException {
        if (!headerWritten) {
            line(HEADER);
            headerWritten = true;
        }
    }

    private static String sectors(Actor a) {
        return String.join(",", a.sectors().stream().map(Sector::name).toList());
    }

    private void line(List<String> values) throws IOException {
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(sep);
            }
            b.append(sep == ',' ? csv(values.get(i)) : values.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        b.append('\n');
        out.write(b.toString());
    }

    private static String csv(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
