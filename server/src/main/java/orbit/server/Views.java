package orbit.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orbit.analytics.AlignmentPeriod;
import orbit.analytics.AlignmentSeries;
import orbit.analytics.Channel;
import orbit.analytics.Concentration;
import orbit.analytics.Direction;
import orbit.analytics.Driver;
import orbit.analytics.DyadPeriod;
import orbit.analytics.DyadSeries;
import orbit.analytics.PartnerSeries;
import orbit.analytics.PartnerShare;
import orbit.analytics.Period;
import orbit.analytics.Pole;
import orbit.core.Actor;
import orbit.core.CameoCode;
import orbit.core.CameoTable;
import orbit.core.Event;

/**
 * The JSON shapes of the API, as ordered maps: field names are those of the CLI's {@code --format
 * json}, a period always carries its label, first and last day, and undefined numbers (NaN) become
 * null. Stateless.
 */
final class Views {
    private Views() {}

    /** An ordered map of alternating keys and values. */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], number(kv[i + 1]));
        }
        return m;
    }

    /** NaN and infinities as null: JSON has no such numbers. */
    static Object number(Object v) {
        return v instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : v;
    }

    static Map<String, Object> actor(Actor a) {
        return obj("code", a.code(), "name", a.name(), "entity", a.entity());
    }

    static Map<String, Object> event(Event e, CameoTable cameo) {
        var v = e.evidence();
        return obj("id", e.id(), "dataset", e.dataset(), "date", e.date().toString(),
                "source", actor(e.source()), "target", actor(e.target()),
                "cameo", e.cameo(), "cameo_name", cameo.find(e.cameo()).map(CameoCode::name).orElse(""), "root", e.root(),
                "quad_class", e.quadClass().number(), "goldstein", e.goldstein(), "plover", e.plover(), "mode", e.mode(),
                "doc", v.doc().isEmpty() ? null : v.doc(), "sentence", v.sentence(), "text", v.text(), "trigger", v.trigger(),
                "pattern", v.pattern(), "confidence", v.confidence(), "flags", v.flags(), "url", v.url(), "origin", v.origin());
    }

    static List<Map<String, Object>> events(List<Event> events, CameoTable cameo) {
        return events.stream().map(e -> event(e, cameo)).toList();
    }

    /** The label, first and last day of the period starting {@code start}. */
    static Map<String, Object> period(Period p, LocalDate start, String label) {
        return obj("period", label, "start", start.toString(), "end", p.next(start).minusDays(1).toString());
    }

    static Map<String, Object> dyad(DyadSeries s) {
        Period p = s.window().period();
        List<Map<String, Object>> periods = new ArrayList<>();
        for (DyadPeriod d : s.periods()) {
            Map<String, Object> m = period(p, d.start(), d.label());
            m.putAll(obj("events", d.events(), "q1", d.verbalCooperation(), "q2", d.materialCooperation(), "q3", d.verbalConflict(),
                    "q4", d.materialConflict(), "goldstein_sum", d.goldsteinSum(), "goldstein_mean", d.goldsteinMean(),
                    "netcoop", d.netCooperation(), "netcoop_ratio", d.netCooperationRatio(), "a_events", d.actorEvents(),
                    "share", d.share(), "low_coverage", d.lowCoverage()));
            periods.add(m);
        }
        return obj("a", s.a(), "b", s.b(), "direction", s.direction() == Direction.DIRECTED ? "directed" : "both",
                "period", p.sqlPart(), "min_events", s.window().minEvents(), "periods", periods);
    }

    static Map<String, Object> pole(Pole p) {
        return obj("id", p.id(), "members", p.members());
    }

    static Map<String, Object> alignment(AlignmentSeries s) {
        Period p = s.window().period();
        List<Map<String, Object>> periods = new ArrayList<>();
        for (AlignmentPeriod a : s.periods()) {
            Map<String, Object> channels = new LinkedHashMap<>();
            for (Channel c : Channel.ALL) {
                channels.put(c.id(), number(a.contributions().get(c)));
            }
            Map<String, Object> m = period(p, a.start(), a.label());
            m.putAll(obj("score", a.score(), "channels", channels, "relation_a", a.relationA(), "relation_b", a.relationB(),
                    "events_a", a.eventsA(), "events_b", a.eventsB(), "low_coverage", a.lowCoverage()));
            periods.add(m);
        }
        return obj("entity", s.entity(), "pole_a", pole(s.a()), "pole_b", pole(s.b()), "series", s.measure().id(),
                "period", p.sqlPart(), "periods", periods);
    }

    static Map<String, Object> partners(PartnerSeries s, int top) {
        Period p = s.window().period();
        List<Map<String, Object>> periods = new ArrayList<>();
        for (Concentration c : s.periods()) {
            List<Map<String, Object>> shares = new ArrayList<>();
            for (PartnerShare share : c.shares().subList(0, Math.min(top, c.shares().size()))) {
                shares.add(obj("partner", share.partner(), "events", share.events(), "share", share.share()));
            }
            Map<String, Object> m = period(p, c.start(), c.label());
            m.putAll(obj("events", c.events(), "partners", c.partners(), "hhi", c.hhi(), "hhi_10000", c.hhi10000(),
                    "effective_partners", c.effectivePartners(), "top_partner", c.top() == null ? null : c.top().partner(),
                    "top_share", c.top() == null ? null : c.top().share(), "low_coverage", c.lowCoverage(), "shares", shares));
            periods.add(m);
        }
        return obj("entity", s.entity(), "channel", s.domain() == null ? "all" : s.domain().id(), "kind", s.valence().id(),
                "period", p.sqlPart(), "periods", periods);
    }

    static Map<String, Object> driver(Driver d, CameoTable cameo) {
        return obj("id", d.id(), "date", d.date().toString(), "source", d.source(), "target", d.target(), "cameo", d.cameo(),
                "cameo_name", cameo.find(d.cameo()).map(CameoCode::name).orElse(""),
                "quad_class", d.quadClass(), "goldstein", d.goldstein(), "contribution", d.contribution(), "text", d.text(),
                "url", d.url(), "doc", d.doc() == null || d.doc().isEmpty() ? null : d.doc());
    }
}
