package orbit.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static orbit.server.Views.obj;

/**
 * The OpenAPI 3.0 description of the API, written from the {@link Endpoint} declarations the server
 * routes with, so that every route is described and every described parameter is the one checked.
 * The response schemas are declared here in a compact form, {@code "name:type"}, where a type is
 * string, integer, number, boolean, object, a schema name, or {@code array<T>}. Stateless.
 */
final class OpenApi {
    private OpenApi() {}

    private static final Map<String, String[]> SCHEMAS = new LinkedHashMap<>();

    static {
        SCHEMAS.put("Problem", new String[] {"title:string", "status:integer", "type:string", "details:array<FieldError>"});
        SCHEMAS.put("FieldError", new String[] {"field:string", "reason:string"});
        SCHEMAS.put("Actor", new String[] {"code:string", "name:string", "entity:string"});
        SCHEMAS.put("Event", new String[] {"id:string", "dataset:string", "date:string", "source:Actor", "target:Actor", "cameo:string",
            "cameo_name:string", "root:string", "quad_class:integer", "goldstein:number", "plover:string", "mode:string", "doc:string",
            "sentence:integer", "text:string", "trigger:string", "pattern:string", "confidence:number", "flags:array<string>",
            "url:string", "origin:string"});
        SCHEMAS.put("Highlight", new String[] {"start:integer", "end:integer", "role:string"});
        SCHEMAS.put("EventDetail", new String[] {"id:string", "date:string", "source:Actor", "target:Actor", "cameo:string", "text:string",
            "trigger:string", "highlights:array<Highlight>", "document_url:string"});
        SCHEMAS.put("EventPage", new String[] {"total:integer", "offset:integer", "limit:integer", "events:array<Event>"});
        SCHEMAS.put("Stats", new String[] {"events:integer", "documents:integer", "uncoded_documents:integer", "indicators:integer",
            "imports:integer", "datasets:array<object>", "dyads:array<object>", "roots:array<object>"});
        SCHEMAS.put("Entities", new String[] {"entities:array<Entity>"});
        SCHEMAS.put("Entity", new String[] {"id:string", "name:string", "kind:string", "events:integer"});
        SCHEMAS.put("DocumentPage", new String[] {"total:integer", "offset:integer", "limit:integer", "documents:array<DocumentSummary>"});
        SCHEMAS.put("DocumentSummary", new String[] {"id:string", "title:string", "url:string", "published:string", "source:string",
            "origin:string", "coded_at:string", "events:integer"});
        SCHEMAS.put("Sentence", new String[] {"sentence:integer", "text:string", "events:array<Event>"});
        SCHEMAS.put("DocumentDetail", new String[] {"id:string", "title:string", "url:string", "published:string", "source:string",
            "origin:string", "coded_at:string", "text:string", "sentences:array<Sentence>"});
        SCHEMAS.put("CodedDocument", new String[] {"id:string", "status:string", "events_added:integer", "sentences_coded:integer",
            "text:string", "sentences:array<Sentence>"});
        SCHEMAS.put("DocumentPost", new String[] {"text:string", "id:string", "title:string", "url:string", "published:string", "source:string"});
        SCHEMAS.put("DyadPeriod", new String[] {"period:string", "start:string", "end:string", "events:integer", "q1:integer", "q2:integer",
            "q3:integer", "q4:integer", "goldstein_sum:number", "goldstein_mean:number", "netcoop:integer", "netcoop_ratio:number",
            "a_events:integer", "share:number", "low_coverage:boolean"});
        SCHEMAS.put("DyadSeries", new String[] {"a:string", "b:string", "direction:string", "period:string", "min_events:integer",
            "periods:array<DyadPeriod>"});
        SCHEMAS.put("Value", new String[] {"period:string", "start:string", "end:string", "value:number", "low_coverage:boolean"});
        SCHEMAS.put("Segment", new String[] {"from:string", "to:string", "mean:number"});
        SCHEMAS.put("Driver", new String[] {"id:string", "date:string", "source:string", "target:string", "cameo:string", "cameo_name:string",
            "quad_class:integer", "goldstein:number", "contribution:number", "text:string", "url:string", "doc:string"});
        SCHEMAS.put("Changepoint", new String[] {"period:string", "start:string", "end:string", "before:number", "after:number",
            "p:number", "posterior:number", "significant:boolean", "evidence_from:string", "evidence_to:string", "evidence_lost:boolean",
            "evidence:array<Driver>"});
        SCHEMAS.put("Shifts", new String[] {"a:string", "b:string", "series:string", "period:string", "method:string", "penalty:string",
            "values:array<Value>", "segments:array<Segment>", "changepoints:array<Changepoint>"});
        SCHEMAS.put("Pole", new String[] {"id:string", "members:array<string>"});
        SCHEMAS.put("AlignmentPeriod", new String[] {"period:string", "start:string", "end:string", "score:number", "channels:object",
            "relation_a:number", "relation_b:number", "events_a:integer", "events_b:integer", "low_coverage:boolean"});
        SCHEMAS.put("Alignment", new String[] {"entity:string", "pole_a:Pole", "pole_b:Pole", "series:string", "period:string",
            "periods:array<AlignmentPeriod>"});
        SCHEMAS.put("Share", new String[] {"partner:string", "events:integer", "share:number"});
        SCHEMAS.put("Concentration", new String[] {"period:string", "start:string", "end:string", "events:integer", "partners:integer",
            "hhi:number", "hhi_10000:number", "effective_partners:number", "top_partner:string", "top_share:number",
            "low_coverage:boolean", "shares:array<Share>"});
        SCHEMAS.put("Partners", new String[] {"entity:string", "channel:string", "kind:string", "period:string", "periods:array<Concentration>"});
        SCHEMAS.put("Alert", new String[] {"a:string", "b:string", "events:integer", "baseline_mean:number", "change_pct:number",
            "band:string", "record:string"});
        SCHEMAS.put("Alerts", new String[] {"week:string", "week_end:string", "baseline_weeks:integer", "kind:string",
            "limited_not_listed:integer", "alerts:array<Alert>"});
        SCHEMAS.put("Observation", new String[] {"date:string", "entity:string", "partner:string", "indicator:string", "value:number",
            "source:string"});
        SCHEMAS.put("Indicators", new String[] {"indicators:array<Observation>"});
        SCHEMAS.put("PanelPeriod", new String[] {"period:string", "start:string", "end:string", "events:integer", "netcoop:integer",
            "netcoop_ratio:number", "goldstein_mean:number", "low_coverage:boolean", "indicators:object"});
        SCHEMAS.put("Panel", new String[] {"a:string", "b:string", "period:string", "indicators:array<object>", "periods:array<PanelPeriod>"});
        SCHEMAS.put("Node", new String[] {"id:string", "name:string", "events:integer"});
        SCHEMAS.put("Edge", new String[] {"a:string", "b:string", "events:integer", "netcoop:integer", "goldstein_mean:number"});
        SCHEMAS.put("Network", new String[] {"from:string", "to:string", "focus:string", "nodes:array<Node>", "edges:array<Edge>"});
    }

    static Map<String, Object> describe(List<Endpoint> endpoints, String version) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            // Javalin's <id> (a parameter that may hold slashes: document ids are often paths) is OpenAPI's {id}
            String path = e.path().replace('<', '{').replace('>', '}');
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, k -> new LinkedHashMap<>());
            List<Object> parameters = new ArrayList<>();
            for (Param p : e.params()) {
                Map<String, Object> schema = schema(p);
                parameters.add(obj("name", p.name(), "in", p.path() ? "path" : "query", "required", p.required(), "description", p.description(),
                        "schema", schema));
            }
            Map<String, Object> responses = new LinkedHashMap<>();
            String ok = e.method().equals("POST") ? "201" : "200";
            if (e.returns().equals("file")) {
                Map<String, Object> text = obj("schema", obj("type", "string"));
                responses.put(ok, obj("description", "The events, one per line (CSV and TSV with a header row)", "content",
                        obj("text/csv", text, "text/tab-separated-values", text, "application/x-ndjson", text)));
            } else {
                responses.put(ok, obj("description", e.method().equals("POST") ? "Stored and coded (200 when the same text was stored before)" : "OK",
                        "content", obj("application/json", obj("schema", ref(e.returns())))));
            }
            responses.put("400", problem("A parameter is malformed, out of range or unknown; details name each field and the reason."));
            if (path.contains("{")) {
                responses.put("404", problem("No such entity, event or document."));
            }
            Map<String, Object> op = obj("tags", List.of(e.tag()), "summary", e.summary(), "operationId", operationId(e),
                    "parameters", parameters, "responses", responses);
            if (e.method().equals("POST")) {
                op.put("requestBody", obj("required", true, "content", obj(
                        "application/json", obj("schema", ref("DocumentPost"), "example", Documents.example()),
                        "text/plain", obj("schema", obj("type", "string")))));
                responses.put("401", problem("A token is needed (Authorization: Bearer TOKEN) and was missing or wrong."));
                responses.put("413", problem("The body is over the server's limit."));
                responses.put("415", problem("The body is neither JSON nor plain text."));
                op.put("security", List.of(obj("token", List.of())));
            }
            item.put(e.method().toLowerCase(java.util.Locale.ROOT), op);
        }
        Map<String, Object> schemas = new LinkedHashMap<>();
        SCHEMAS.forEach((name, fields) -> {
            Map<String, Object> props = new LinkedHashMap<>();
            for (String f : fields) {
                int colon = f.indexOf(':');
                props.put(f.substring(0, colon), type(f.substring(colon + 1)));
            }
            schemas.put(name, obj("type", "object", "properties", props));
        });
        return obj("openapi", "3.0.3",
                "info", obj("title", "Orbit API", "version", version,
                        "description", "Events coded from news and imported from GDELT, ICEWS and PLOVER, and the measures of relations "
                                + "between states built on them. Every number leads to the events behind it. Errors are problem JSON "
                                + "{title, status, type, details}."),
                "servers", List.of(obj("url", "/")),
                "paths", paths,
                "components", obj("schemas", schemas,
                        "securitySchemes", obj("token", obj("type", "http", "scheme", "bearer",
                                "description", "The server's --token (or ORBIT_TOKEN). Needed for every request when the server binds "
                                        + "to an address other than loopback, and for writes whenever a token is set."))));
    }

    private static Map<String, Object> problem(String description) {
        return obj("description", description, "content", obj("application/problem+json", obj("schema", ref("Problem"))));
    }

    private static Map<String, Object> ref(String schema) {
        return obj("$ref", "#/components/schemas/" + schema);
    }

    private static Map<String, Object> type(String t) {
        if (t.startsWith("array<")) {
            return obj("type", "array", "items", type(t.substring(6, t.length() - 1)));
        }
        return switch (t) {
            case "string", "integer", "number", "boolean", "object" -> obj("type", t);
            default -> {
                if (!SCHEMAS.containsKey(t)) {
                    throw new IllegalStateException("no schema " + t);
                }
                yield ref(t);
            }
        };
    }

    private static Map<String, Object> schema(Param p) {
        Map<String, Object> s = switch (p.type()) {
            case "date" -> obj("type", "string", "format", "date");
            case "list" -> obj("type", "string", "description", "comma-separated");
            case "integer", "number", "boolean", "string" -> obj("type", p.type());
            default -> throw new IllegalStateException("parameter " + p.name() + " has type " + p.type());
        };
        if (!p.values().isEmpty()) {
            s.put("enum", p.values());
        }
        if (p.defaultValue() != null) {
            s.put("default", p.defaultValue());
        }
        return s;
    }

    private static String operationId(Endpoint e) {
        StringBuilder b = new StringBuilder(e.method().toLowerCase(java.util.Locale.ROOT));
        for (String part : e.path().replace("/api/", "").split("/")) {
            String w = part.replace("{", "").replace("}", "").replace("<", "").replace(">", "");
            if (!w.isEmpty()) {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
