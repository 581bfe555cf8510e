package orbit.coder;

import orbit.core.CameoCode;
import orbit.core.CameoTable;
import orbit.core.Event;
import java.util.ArrayList;
import java.util.List;

/** Renders why the coder produced an event: the marked sentence, the lexicon and actor entries, the date rule, the flags. */
public final class Explanation {

    private Explanation() {}

    /**
     * The sentence with the source, trigger and target marked as PLOVER's gold records mark them:
     * "(SRC: Azerbaijani forces) (EVT: shelled) (TAR: Armenian positions)".
     */
    public static String markedSentence(CodedEvent e) {
        Parse p = e.parse();
        StringBuilder b = new StringBuilder();
        List<Integer> src = e.source().tokens();
        List<Integer> tar = e.target().tokens();
        List<Integer> evt = e.triggerTokens();
        String open = null;
        for (int i = 0; i < p.size(); i++) {
            String role = src.contains(i) ? "SRC" : tar.contains(i) ? "TAR" : evt.contains(i) ? "EVT" : null;
            if (open != null && !open.equals(role)) {
                b.append(')');
                open = null;
            }
            if (i > 0) {
                Token prev = p.token(i - 1);
                if (p.token(i).begin() > prev.end()) {
                    b.append(' ');
                }
            }
            if (role != null && !role.equals(open)) {
                b.append('(').append(role).append(": ");
                open = role;
            }
            b.append(p.token(i).word());
        }
        if (open != null) {
            b.append(')');
        }
        return b.toString();
    }

    /** A multi-line explanation of one coded event. */
    public static String of(CodedEvent e, CameoTable cameo) {
        Event ev = e.event();
        CameoCode code = cameo.require(ev.cameo());
        List<String> lines = new ArrayList<>();
        lines.add("event     " + ev.id());
        lines.add("          " + ev.date() + "  " + ev.source().code() + " -> " + ev.target().code() + "  " + ev.cameo() + " "
                + code.name() + (ev.plover().isEmpty() ? "" : "  (PLOVER " + ev.plover() + (ev.mode().isEmpty() ? "" : "/" + ev.mode()) + ")")
                + "  QuadClass " + ev.quadClass().number() + ", Goldstein " + ev.goldstein());
        lines.add("sentence  " + e.parse().number() + " of " + ev.evidence().doc() + ":");
        lines.add("          " + markedSentence(e));
        LexiconEntry l = e.entry();
        lines.add("lexicon   \"" + l.pattern() + "\" -> " + l.code() + (l.symmetric() ? " (symmetric)" : "") + "  [" + l.origin() + "]");
        lines.add("source    " + actorLine(e, e.source()));
        lines.add("target    " + actorLine(e, e.target()));
        lines.add("date      " + e.dateRule());
        lines.add("flags     " + (e.flags().isEmpty() ? "none" : String.join(", ", e.flags())));
        lines.add("confidence " + ev.evidence().confidence());
        return String.join("\n", lines);
    }

    private static String actorLine(CodedEvent e, CodedEvent.ActorMatch m) {
        StringBuilder b = new StringBuilder();
        List<Integer> sorted = new ArrayList<>(m.tokens());
        sorted.sort(null);
        for (int i : sorted) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(e.parse().token(i).word());
        }
        b.append("  <-");
        for (ActorEntry a : m.entries()) {
            b.append(' ').append('"').append(a.phrase()).append("\" ").append(a.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (!a.entity().isEmpty()) {
                b.append(' ').append(a.entity());
            }
            if (!a.role().isEmpty()) {
                b.append(" (").append(a.role());
                if (a.from() != null || a.to() != null) {
                    b.append(", ").append(a.from() == null ? "" : a.from()).append(" to ").append(a.to() == null ? "now" : a.to());
                }
                b.append(')');
            }
            b.append(" code ").append(a.code()).append(" [").append(a.origin()).append(']');
            b.append(';');
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }
}
