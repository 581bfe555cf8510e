package orbit.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import orbit.analytics.Alert;
import orbit.analytics.Alerts;
import orbit.analytics.Band;
import orbit.analytics.Direction;
import orbit.analytics.Domain;
import orbit.analytics.DyadPeriod;
import orbit.analytics.Measure;
import orbit.analytics.Panel;
import orbit.analytics.Period;
import orbit.analytics.Pole;
import orbit.analytics.Relations;
import orbit.analytics.IndicatorSeries;
import orbit.analytics.Shift;
import orbit.analytics.Shifts;
import orbit.analytics.Valence;
import orbit.analytics.Window;
import orbit.analytics.changepoint.Cost;
import orbit.analytics.changepoint.Method;
import orbit.analytics.changepoint.Penalty;
import orbit.analytics.changepoint.Segment;
import orbit.analytics.changepoint.Settings;
import orbit.analytics.changepoint.Significance;
import orbit.core.CameoTable;
import orbit.core.Document;
import orbit.core.Entity;
import orbit.core.Event;
import orbit.core.IndicatorObservation;
import orbit.core.OrbitException;
import orbit.store.DocumentStore;
import orbit.store.EventQuery;
import orbit.store.EventStore;
import orbit.store.EventWriter;
import orbit.store.ExportFormat;
import orbit.store.IndicatorQuery;
import orbit.store.StoreStats;

import static orbit.server.Views.obj;

/**
 * The read endpoints of the API, each declared with its parameters (see {@link Endpoint}) next to
 * the code that answers it. Every handler borrows a store handle from {@link Sessions} for the
 * length of the request. Thread-safe.
 */
final class Api {
    /** The most events one page returns. */
    static final int MAX_PAGE = 500;

    /** The filters of /api/events and /api/export/events, those of orbit events. */
    static final List<Param> EVENT_FILTERS = List.of(
            Param.query("actor", "string", "Events with this entity on either side (ARM)."),
            Param.query("partners", "list", "With actor: only events between the actor and one of these, either way round (RUS,EU,FRA,DEU)."),
            Param.query("dyad", "string", "Events from SOURCE to TARGET (ARM:RUS)."),
            Param.query("both", "boolean", "With dyad: both directions.", "false"),
            Param.query("from", "date", "First day, inclusive."),
            Param.query("to", "date", "Last day, inclusive."),
            Param.query("root", "list", "CAMEO roots, 01 to 20 (18,19)."),
            new Param("quad", false, "integer", "QuadClass: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.",
                    null, List.of("1", "2", "3", "4"), false),
            Param.dataset());

    private final Sessions sessions;
    private final CameoTable cameo;

    Api(Sessions sessions, CameoTable cameo) {
        this.sessions = sessions;
        this.cameo = cameo;
    }

    List<Endpoint> endpoints() {
        List<Endpoint> e = new ArrayList<>();
        e.add(Endpoint.get("/api/stats").tag("store").summary("What the store holds: events per dataset, top dyads, CAMEO roots, documents.")
                .param(Param.query("top", "integer", "Dyads and roots listed.", "10"))
                .returns("Stats").handler(this::stats));
        e.add(Endpoint.get("/api/entities").tag("store").summary("The entities Orbit knows (states and organisations).")
                .param(Param.query("with_events", "boolean", "Only entities with events in the store, with their counts, most events first.", "false"))
                .returns("Entities").handler(this::entities));
        e.add(Endpoint.get("/api/events").tag("events").summary("Stored events, filtered and paged, ordered by date and id.")
                .params(EVENT_FILTERS)
                .param(Param.query("limit", "integer", "Events per page, 1 to " + MAX_PAGE + ".", "50"))
                .param(Param.query("offset", "integer", "Events skipped before the page.", "0"))
                .returns("EventPage").handler(this::events));
        e.add(Endpoint.get("/api/export/events").tag("events")
                .summary("Every matching event as one file, streamed in date and id order: csv, tsv, jsonl (Orbit), gdelt2 or plover, as orbit events writes them.")
                .params(EVENT_FILTERS)
                .param(Param.choice("format", "The file format.", "csv", "csv", "tsv", "jsonl", "gdelt2", "plover"))
                .returns("file").handler(this::export));
        e.add(Endpoint.get("/api/events/<id>").tag("events")
                .summary("One event with its evidence: the sentence, with the source, trigger and target marked, and its document.")
                .param(Param.path("id", "The event id (orbit:doc:1:5:RUSGOV>ARMGOV:051)."))
                .returns("EventDetail").handler(this::event));
        e.add(Endpoint.get("/api/documents").tag("documents").summary("Stored documents, newest first, with how many events each gave.")
                .param(Param.query("limit", "integer", "Documents per page, 1 to " + MAX_PAGE + ".", "50"))
                .param(Param.query("offset", "integer", "Documents skipped before the page.", "0"))
                .returns("DocumentPage").handler(this::documents));
        e.add(Endpoint.get("/api/documents/<id>").tag("documents").summary("A document's text and its coded sentences with their events.")
                .param(Param.path("id", "The document id."))
                .returns("DocumentDetail").handler(this::document));
        e.add(Endpoint.get("/api/dyads/{a}/{b}").tag("relations")
                .summary("A dyad's series: events per QuadClass, Goldstein sum and mean, net cooperation, share of A's events.")
                .param(Param.path("a", "Entity id (ARM).")).param(Param.path("b", "Entity id (RUS)."))
                .param(Param.choice("direction", "both: A to B and B to A; directed: A to B only.", "both", "both", "directed"))
                .params(Param.window("month"))
                .returns("DyadSeries").handler(this::dyad));
        e.add(Endpoint.get("/api/dyads/{a}/{b}/shifts").tag("relations")
                .summary("Changepoints in a dyad's series, each with the events that drive it.")
                .param(Param.path("a", "Entity id (ARM).")).param(Param.path("b", "Entity id (RUS)."))
                .param(Param.choice("direction", "both or directed.", "both", "both", "directed"))
                .params(Param.window("month"))
                .param(Param.choice("series", "The measure segmented.", "netcoop", "netcoop", "goldstein", "count"))
                .param(Param.choice("method", "PELT, binary segmentation or Bayesian online changepoint detection.", "pelt", "pelt", "binseg", "bocpd"))
                .param(Param.choice("cost", "l2: changes in mean; normal: mean and variance.", "l2", "l2", "normal"))
                .param(Param.query("penalty", "string", "mbic, bic, or a number.", "mbic"))
                .param(Param.query("min_size", "integer", "Shortest segment, in periods.", "2"))
                .param(Param.query("evidence", "integer", "Events listed per change.", "5"))
                .returns("Shifts").handler(this::shifts));
        e.add(Endpoint.get("/api/entities/{id}/alignment").tag("relations")
                .summary("Alignment between two poles in [-1, 1] (-1: with pole A, +1: with pole B), split into six channels that add up to it.")
                .param(Param.path("id", "Entity id (ARM)."))
                .param(Param.query("poles", "list", "The two poles (RUS,EU).", "RUS,EU"))
                .param(Param.query("members", "string", "Members counted with a pole, POLE:ID,ID;POLE:ID (EU:FRA,DEU; the CLI's EU=FRA,DEU too)."))
                .param(Param.choice("series", "The relation measured with each pole.", "goldstein", "goldstein", "netcoop"))
                .params(Param.window("month"))
                .returns("Alignment").handler(this::alignment));
        e.add(Endpoint.get("/api/entities/{id}/partners").tag("relations")
                .summary("Partner concentration: shares, HHI (0-1 and 0-10,000), effective number of partners, top partner.")
                .param(Param.path("id", "Entity id (ARM)."))
                .param(Param.choice("kind", "Which events count.", "cooperation", "cooperation", "conflict", "all"))
                .param(Param.choice("channel", "Only events of one domain.", "all", "all", "diplomatic", "security", "economic"))
                .param(Param.query("top", "integer", "Partners listed per period.", "5"))
                .params(Param.window("year"))
                .returns("Partners").handler(this::partners));
        e.add(Endpoint.get("/api/alerts").tag("relations")
                .summary("This week's events per dyad against its baseline, in ACLED Trendfinder's bands.")
                .param(Param.query("baseline", "integer", "Weeks of baseline (Trendfinder uses 4 or 52).", "4"))
                .param(Param.query("focus", "string", "Only dyads with this entity."))
                .param(Param.query("as_of", "date", "A day of the current week (default: the latest event's)."))
                .param(Param.choice("kind", "Which events count.", "all", "cooperation", "conflict", "all"))
                .param(Param.dataset())
                .param(Param.query("all", "boolean", "Also list dyads whose change is limited.", "false"))
                .returns("Alerts").handler(this::alerts));
        e.add(Endpoint.get("/api/indicators").tag("indicators").summary("Stored indicator figures (polls, trade and arms shares), each with its source.")
                .param(Param.required("entity", "string", "Entity the figures describe (ARM)."))
                .param(Param.query("partner", "string", "Partner the figures are about (RUS)."))
                .param(Param.query("indicator", "string", "Indicator name."))
                .param(Param.query("from", "date", "First day, inclusive."))
                .param(Param.query("to", "date", "Last day, inclusive."))
                .returns("Indicators").handler(this::indicators));
        e.add(Endpoint.get("/api/panel/{a}/{b}").tag("indicators").summary("Indicators of A towards B beside the dyad's event measures, period by period.")
                .param(Param.path("a", "Entity id (ARM).")).param(Param.path("b", "Entity id (RUS)."))
                .params(Param.window("year"))
                .returns("Panel").handler(this::panel));
        e.add(Endpoint.get("/api/network").tag("relations")
                .summary("Entities and the net cooperation between them in a period (both directions of each pair together).")
                .param(Param.query("from", "date", "First day, inclusive (default: the first event's)."))
                .param(Param.query("to", "date", "Last day, inclusive (default: the last event's)."))
                .param(Param.query("focus", "string", "Only pairs with this entity, and pairs among its partners."))
                .param(Param.dataset())
                .param(Param.query("min_events", "integer", "Pairs with fewer events are left out.", "1"))
                .param(Param.query("max_edges", "integer", "The most pairs returned, those with most events first.", "150"))
                .returns("Network").handler(this::network));
        return e;
    }

    private Object stats(Params p) throws Exception {
        int top = p.integer("top", 1, 1000, 10);
        p.check();
        return sessions.with(s -> {
            StoreStats st = s.stats(top);
            List<Map<String, Object>> datasets = st.datasets().stream().map(d -> obj("dataset", d.dataset(), "events", d.events(),
                    "first", str(d.first()), "last", str(d.last()))).toList();
            List<Map<String, Object>> dyads = st.dyads().stream().map(d -> obj("source", d.source(), "target", d.target(), "events", d.events())).toList();
            List<Map<String, Object>> roots = st.roots().stream().map(r -> obj("root", r.root(), "name", r.name(), "events", r.events())).toList();
            return obj("events", st.events(), "documents", s.documents().count(), "uncoded_documents", s.documents().countUncoded(),
                    "indicators", s.indicators().count(), "imports", st.imports(), "datasets", datasets, "dyads", dyads, "roots", roots);
        });
    }

    private Object entities(Params p) throws Exception {
        boolean withEvents = p.flag("with_events");
        p.check();
        return sessions.with(s -> {
            Map<String, Long> counts = withEvents ? s.entityCounts() : Map.of();
            List<Map<String, Object>> out = new ArrayList<>();
            if (withEvents) {
                counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .forEach(c -> out.add(entity(s, c.getKey(), c.getValue())));
            } else {
                s.ontology().entities().entities().stream().sorted(Comparator.comparing(Entity::id))
                        .forEach(en -> out.add(entity(s, en.id(), null)));
            }
            return obj("entities", out);
        });
    }

    private static Map<String, Object> entity(EventStore s, String id, Long events) {
        var known = s.ontology().entities().byId(id);
        Map<String, Object> m = obj("id", id, "name", known.map(Entity::name).orElse(id),
                "kind", known.map(en -> en.kind() == Entity.Kind.STATE ? "state" : "organisation").orElse("unknown"));
        if (events != null) {
            m.put("events", events);
        }
        return m;
    }

    private Object events(Params p) throws Exception {
        EventFilter filter = EventFilter.read(p);
        int limit = p.integer("limit", 1, MAX_PAGE, 50);
        long offset = p.longValue("offset", 0, 0);
        p.check();
        return sessions.with(s -> {
            EventQuery q = filter.query(p, s);
            long total = s.count(q);
            return obj("total", total, "offset", offset, "limit", limit, "events", Views.events(s.page(q, offset, limit), cameo));
        });
    }

    /** Streams the events to the response; answers nothing else, so returns null. */
    private Object export(Params p) throws Exception {
        EventFilter filter = EventFilter.read(p);
        ExportFormat format = p.parse("format", ExportFormat::named);
        p.check();
        return sessions.with(s -> {
            EventQuery q = filter.query(p, s);
            var ctx = p.context();
            ctx.contentType(switch (format) {
                case CSV -> "text/csv; charset=utf-8";
                case JSONL, PLOVER -> "application/x-ndjson; charset=utf-8";
                case TSV, GDELT2, TABLE -> "text/tab-separated-values; charset=utf-8";
            });
            String extension = switch (format) {
                case CSV -> "csv";
                case JSONL, PLOVER -> "jsonl";
                case TSV, GDELT2, TABLE -> "tsv";
            };
            ctx.header("Content-Disposition", "attachment; filename=\"orbit-events-" + format.id() + "." + extension + "\"");
            try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(ctx.outputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)); EventWriter out = format.open(w)) {
                s.events(q, out::write);
            }
            return null;
        });
    }

    /** The event filters of a request, checked; entity ids are resolved against the store in {@link #query}. */
    private record EventFilter(String actor, List<String> partners, String[] dyad, boolean both, LocalDate[] range, List<String> roots,
            String quad, String dataset) {
        static EventFilter read(Params p) {
            String actorId = p.string("actor");
            List<String> partnerIds = p.list("partners");
            if (!partnerIds.isEmpty() && actorId == null) {
                p.fail("partners", "filters the events of an actor; give actor too");
            }
            String dyad = p.string("dyad");
            boolean both = p.flag("both");
            LocalDate[] range = p.range("from", "to");
            List<String> roots = new ArrayList<>();
            for (String r : p.list("root")) {
                String root = p.parse(r, "root", EventQuery::root);
                if (root != null) {
                    roots.add(root);
                }
            }
            String[] sides = null;
            if (dyad != null) {
                sides = p.parse(dyad, "dyad", EventQuery::dyad);
            } else if (both) {
                p.fail("both", "both needs dyad=SOURCE:TARGET");
            }
            return new EventFilter(actorId, partnerIds, sides, both, range, roots, p.string("quad"), p.string("dataset"));
        }

        /** The store query; a 400 naming each entity the store does not know. */
        EventQuery query(Params p, EventStore s) {
            Relations r = new Relations(s);
            String a = actor == null ? null : p.parse("actor", r::entity);
            List<String> ps = new ArrayList<>();
            for (String id : partners) {
                ps.add(entity(p, "partners", r, id));
            }
            String ds = dyad == null ? null : entity(p, "dyad", r, dyad[0]);
            String dt = dyad == null ? null : entity(p, "dyad", r, dyad[1]);
            p.check();
            return new EventQuery(a, ds, dt, both, range[0], range[1], roots, quad == null ? null : Integer.valueOf(quad), dataset, 0, ps);
        }
    }

    /** The entity id as stored, or null with the error recorded against {@code field}. */
    private static String entity(Params p, String field, Relations r, String id) {
        try {
            return r.entity(id);
        } catch (OrbitException e) {
            if (e.kind() != OrbitException.ErrorKind.USER) {
                throw e;
            }
            p.fail(field, e.getMessage());
            return null;
        }
    }

    private Object event(Params p) throws Exception {
        String id = p.string("id");
        p.check();
        return sessions.with(s -> {
            Event e = s.event(id).orElseThrow(() -> ApiException.notFound("no event " + id + "; list events with /api/events"));
            Map<String, Object> m = Views.event(e, cameo);
            m.put("highlights", Highlights.of(e, s.ontology().entities()).stream().map(h -> obj("start", h.start(), "end", h.end(), "role", h.role())).toList());
            m.put("document_url", e.evidence().doc().isEmpty() ? null : "/api/documents/" + e.evidence().doc());
            return m;
        });
    }

    private Object documents(Params p) throws Exception {
        int limit = p.integer("limit", 1, MAX_PAGE, 50);
        long offset = p.longValue("offset", 0, 0);
        p.check();
        return sessions.with(s -> {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (DocumentStore.Listed l : s.documents().page(offset, limit)) {
                Document d = l.document();
                docs.add(obj("id", d.id(), "title", d.title(), "url", d.url(), "published", str(d.published()), "source", d.source(),
                        "origin", d.origin(), "coded_at", l.codedAt() == null ? null : l.codedAt().toString(), "events", l.events()));
            }
            return obj("total", s.documents().count(), "offset", offset, "limit", limit, "documents", docs);
        });
    }

    private Object document(Params p) throws Exception {
        String id = p.string("id");
        p.check();
        return sessions.with(s -> {
            Document d = s.documents().find(id).orElseThrow(() -> ApiException.notFound("no document " + id + "; list documents with /api/documents"));
            return document(s, d, cameo);
        });
    }

    /** A document with its text and its coded sentences, each with its events. */
    static Map<String, Object> document(EventStore s, Document d, CameoTable cameo) {
        Map<Integer, Map<String, Object>> sentences = new LinkedHashMap<>();
        for (Event e : s.eventsOfDocument(d.id())) {
            int n = e.evidence().sentence() == null ? 0 : e.evidence().sentence();
            Map<String, Object> sentence = sentences.computeIfAbsent(n, k -> obj("sentence", k, "text", e.evidence().text(), "events", new ArrayList<>()));
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) sentence.get("events");
            list.add(Views.event(e, cameo));
        }
        return obj("id", d.id(), "title", d.title(), "url", d.url(), "published", str(d.published()), "source", d.source(),
                "origin", d.origin(), "coded_at", s.documents().codedAt(d.id()).map(Object::toString).orElse(null),
                "text", d.text(), "sentences", new ArrayList<>(sentences.values()));
    }

    private Object dyad(Params p) throws Exception {
        Direction direction = direction(p);
        Window w = p.window();
        p.check();
        return sessions.with(s -> {
            Relations r = new Relations(s);
            String[] ab = dyad(p, r);
            String a = ab[0];
            String b = ab[1];
            return Views.dyad(r.dyad(a, b, direction, w));
        });
    }

    /** The path's entities {a} and {b} as stored; a 400 naming each unknown one. */
    private static String[] dyad(Params p, Relations r) {
        String a = p.parse("a", r::entity);
        String b = p.parse("b", r::entity);
        p.check();
        return new String[] {a, b};
    }

    private static Direction direction(Params p) {
        return "directed".equals(p.string("direction")) ? Direction.DIRECTED : Direction.BOTH;
    }

    private Object shifts(Params p) throws Exception {
        Direction direction = direction(p);
        Window w = p.window();
        Measure measure = p.parse("series", Measure::parse);
        Method method = p.parse("method", Method::parse);
        Cost cost = p.parse("cost", Cost::parse);
        Penalty penalty = p.parse("penalty", Penalty::parse);
        int minSize = p.integer("min_size", 1, 1000, 2);
        int evidence = p.integer("evidence", 0, 100, 5);
        p.check();
        Settings settings = Settings.defaults().withMethod(method).withCost(cost).withPenalty(penalty).withMinSize(minSize);
        return sessions.with(s -> {
            Relations r = new Relations(s);
            String[] ab = dyad(p, r);
            String a = ab[0];
            String b = ab[1];
            Shifts.Result res;
            try {
                res = new Shifts(r).find(a, b, direction, w, measure, settings, evidence, 3);
            } catch (OrbitException e) {
                if (e.kind() != OrbitException.ErrorKind.USER) {
                    throw e;
                }
                throw ApiException.badParameter("series", e.getMessage());
            }
            Period period = w.period();
            List<DyadPeriod> periods = res.series().periods();
            double[] v = res.series().values(measure);
            List<Map<String, Object>> values = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                Map<String, Object> m = Views.period(period, periods.get(i).start(), periods.get(i).label());
                m.put("value", Views.number(v[i]));
                m.put("low_coverage", periods.get(i).lowCoverage());
                values.add(m);
            }
            List<Map<String, Object>> segments = new ArrayList<>();
            for (Segment seg : res.segmentation().segments()) {
                segments.add(obj("from", periods.get(seg.start()).start().toString(),
                        "to", period.next(periods.get(seg.end() - 1).start()).minusDays(1).toString(), "mean", seg.mean()));
            }
            List<Map<String, Object>> changes = new ArrayList<>();
            for (Shift sh : res.shifts()) {
                Map<String, Object> m = Views.period(period, sh.start(), sh.label());
                boolean pValue = sh.kind() == Significance.P_VALUE;
                m.putAll(obj("before", sh.before(), "after", sh.after(), pValue ? "p" : "posterior", sh.significance(),
                        "significant", pValue ? sh.significance() <= 0.05 : sh.significance() >= 0.5,
                        "evidence_from", sh.evidenceFrom().toString(), "evidence_to", sh.evidenceUntil().minusDays(1).toString(),
                        "evidence_lost", sh.lost(), "evidence", sh.evidence().stream().map(d -> Views.driver(d, cameo)).toList()));
                changes.add(m);
            }
            return obj("a", res.series().a(), "b", res.series().b(), "series", measure.id(), "period", period.sqlPart(),
                    "method", method.name().toLowerCase(Locale.ROOT), "penalty", penalty.id(), "values", values, "segments", segments,
                    "changepoints", changes);
        });
    }

    private Object alignment(Params p) throws Exception {
        List<String> poles = p.list("poles");
        String members = p.string("members");
        List<Pole> axis = List.of();
        if (poles.size() != 2) {
            p.fail("poles", "give two entity ids, such as RUS,EU; got " + poles.size());
        } else {
            try {
                axis = Pole.axis(poles, members == null ? List.of() : List.of(members.split(";")));
            } catch (OrbitException e) {
                if (e.kind() != OrbitException.ErrorKind.USER) {
                    throw e;
                }
                p.fail("members", e.getMessage());
            }
        }
        List<Pole> poleAxis = axis;
        Measure measure = p.parse("series", Measure::parse);
        Window w = p.window();
        p.check();
        return sessions.with(s -> {
            Relations r = new Relations(s);
            String id = p.parse("id", r::entity);
            p.check();
            try {
                return Views.alignment(r.alignment(id, poleAxis.get(0), poleAxis.get(1), measure, w));
            } catch (OrbitException e) {
                if (e.kind() != OrbitException.ErrorKind.USER) {
                    throw e;
                }
                throw ApiException.badParameter("poles", e.getMessage());
            }
        });
    }

    private Object partners(Params p) throws Exception {
        Valence valence = p.parse("kind", Valence::parse);
        String channel = p.string("channel");
        Domain domain = channel == null || channel.equals("all") ? null : p.parse("channel", Domain::parse);
        int top = p.integer("top", 1, 1000, 5);
        Window w = p.window();
        p.check();
        return sessions.with(s -> {
            Relations r = new Relations(s);
            String id = p.parse("id", r::entity);
            p.check();
            return Views.partners(r.partners(id, domain, valence, w), top);
        });
    }

    private Object alerts(Params p) throws Exception {
        int baseline = p.integer("baseline", 1, 520, 4);
        String focus = p.string("focus");
        LocalDate asOf = p.date("as_of");
        Valence valence = p.parse("kind", Valence::parse);
        String dataset = p.string("dataset");
        boolean all = p.flag("all");
        p.check();
        return sessions.with(s -> {
            String f = focus == null ? null : p.parse("focus", new Relations(s)::entity);
            p.check();
            Alerts.Result r = new Alerts(s).find(new Alerts.Query(asOf, baseline, f, valence, dataset));
            List<Map<String, Object>> alerts = new ArrayList<>();
            long limited = 0;
            for (Alert a : r.alerts()) {
                if (a.band() == Band.LIMITED_CHANGE && !all) {
                    limited++;
                    continue;
                }
                alerts.add(obj("a", a.a(), "b", a.b(), "events", a.current(), "baseline_mean", a.baselineMean(),
                        "change_pct", 100 * a.change(), "band", a.band().id(), "record", a.record(r.week())));
            }
            return obj("week", str(r.week()), "week_end", r.week() == null ? null : r.week().plusDays(6).toString(),
                    "baseline_weeks", baseline, "kind", valence.id(), "limited_not_listed", limited, "alerts", alerts);
        });
    }

    private Object indicators(Params p) throws Exception {
        String entity = p.string("entity");
        String partner = p.string("partner");
        String indicator = p.string("indicator");
        LocalDate[] range = p.range("from", "to");
        p.check();
        return sessions.with(s -> {
            Relations r = new Relations(s);
            String e = entity == null ? null : p.parse("entity", r::entity);
            String pa = partner == null ? null : p.parse("partner", r::entity);
            p.check();
            IndicatorQuery q = new IndicatorQuery(e, pa, indicator, range[0], range[1]);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (IndicatorObservation o : s.indicators().observations(q)) {
                rows.add(obj("date", o.date().toString(), "entity", o.entity(), "partner", o.partner() == null || o.partner().isEmpty() ? null : o.partner(),
                        "indicator", o.indicator(), "value", o.value(), "source", o.source()));
            }
            return obj("indicators", rows);
        });
    }

    private Object panel(Params p) throws Exception {
        Window w = p.window();
        p.check();
        return sessions.with(s -> {
            Relations r = new Relations(s);
            String[] ab = dyad(p, r);
            String a = ab[0];
            String b = ab[1];
            Panel panel = Panel.of(s, a, b, w);
            Period period = w.period();
            List<Map<String, Object>> indicators = new ArrayList<>();
            for (IndicatorSeries i : panel.indicators()) {
                Set<String> sources = new LinkedHashSet<>();
                i.points().forEach(pt -> sources.addAll(pt.sources()));
                indicators.add(obj("indicator", i.indicator(), "sources", List.copyOf(sources)));
            }
            List<Map<String, Object>> periods = new ArrayList<>();
            for (DyadPeriod d : panel.series().periods()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (IndicatorSeries i : panel.indicators()) {
                    IndicatorSeries.Point pt = Panel.at(i, d.start());
                    values.put(i.indicator(), pt == null ? null : Views.number(pt.mean()));
                }
                Map<String, Object> m = Views.period(period, d.start(), d.label());
                m.putAll(obj("events", d.events(), "netcoop", d.netCooperation(), "netcoop_ratio", d.netCooperationRatio(),
                        "goldstein_mean", d.goldsteinMean(), "low_coverage", d.lowCoverage(), "indicators", values));
                periods.add(m);
            }
            return obj("a", a, "b", b, "period", period.sqlPart(), "indicators", indicators, "periods", periods);
        });
    }

    /** An undirected pair, {@code a} before {@code b}, and its running totals. */
    private static final class Pair {
        final String a;
        final String b;
        long events;
        long netcoop;
        double goldstein;

        Pair(String a, String b) {
            this.a = a;
            this.b = b;
        }

        boolean touches(String id) {
            return a.equals(id) || b.equals(id);
        }
    }

    private Object network(Params p) throws Exception {
        LocalDate[] range = p.range("from", "to");
        String focus = p.string("focus");
        String dataset = p.string("dataset");
        int minEvents = p.integer("min_events", 1, 1_000_000, 1);
        int maxEdges = p.integer("max_edges", 1, 5000, 150);
        p.check();
        return sessions.with(s -> {
            Relations r = new Relations(s);
            String f = focus == null ? null : p.parse("focus", r::entity);
            p.check();
            Map<List<String>, Pair> byIds = new HashMap<>();
            r.allDyads(new Window(Period.YEAR, range[0], range[1], dataset, 0), c -> {
                boolean ordered = c.source().compareTo(c.target()) < 0;
                String a = ordered ? c.source() : c.target();
                String b = ordered ? c.target() : c.source();
                Pair pair = byIds.computeIfAbsent(List.of(a, b), k -> new Pair(a, b));
                pair.events += c.events();
                pair.netcoop += c.verbalCooperation() + c.materialCooperation() - c.verbalConflict() - c.materialConflict();
                pair.goldstein += c.goldsteinSum();
            });
            List<Pair> pairs = byIds.values().stream().filter(x -> x.events >= minEvents).toList();
            // around a focus: its pairs, and the pairs among its partners
            Set<String> around = new LinkedHashSet<>();
            if (f != null) {
                around.add(f);
                pairs.stream().filter(x -> x.touches(f)).forEach(x -> around.addAll(List.of(x.a, x.b)));
            }
            List<Pair> kept = pairs.stream()
                    .filter(x -> f == null || (around.contains(x.a) && around.contains(x.b)))
                    .sorted(Comparator.comparingLong((Pair x) -> x.events).reversed().thenComparing(x -> x.a).thenComparing(x -> x.b))
                    .limit(maxEdges).toList();
            Map<String, Long> nodeEvents = new LinkedHashMap<>();
            List<Map<String, Object>> edges = new ArrayList<>();
            for (Pair x : kept) {
                edges.add(obj("a", x.a, "b", x.b, "events", x.events, "netcoop", x.netcoop, "goldstein_mean", x.goldstein / x.events));
                nodeEvents.merge(x.a, x.events, Long::sum);
                nodeEvents.merge(x.b, x.events, Long::sum);
            }
            List<Map<String, Object>> nodes = new ArrayList<>();
            nodeEvents.forEach((id, n) -> nodes.add(obj("id", id, "name",
                    s.ontology().entities().byId(id).map(Entity::name).orElse(id), "events", n)));
            return obj("from", str(range[0]), "to", str(range[1]), "focus", f, "nodes", nodes, "edges", edges);
        });
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
