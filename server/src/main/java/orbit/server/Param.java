package orbit.server;

import java.util.List;

/**
 * A parameter an endpoint takes, as the OpenAPI description shows it and as {@link Params} checks it.
 *
 * @param name         as written in the URL
 * @param path         whether it is a path segment ({@code /api/dyads/{a}/{b}}) rather than a query parameter
 * @param type         string, integer, number, boolean, date or list (comma-separated strings)
 * @param description  what it means, with its unit
 * @param defaultValue the value when absent, null for none
 * @param values       the allowed values, empty for any
 * @param required     whether a request must give it (path parameters always)
 */
record Param(String name, boolean path, String type, String description, String defaultValue, List<String> values, boolean required) {
    Param {
        values = List.copyOf(values);
    }

    static Param path(String name, String description) {
        return new Param(name, true, "string", description, null, List.of(), true);
    }

    static Param query(String name, String type, String description) {
        return new Param(name, false, type, description, null, List.of(), false);
    }

    static Param required(String name, String type, String description) {
        return new Param(name, false, type, description, null, List.of(), true);
    }

    static Param query(String name, String type, String description, String defaultValue) {
        return new Param(name, false, type, description, defaultValue, List.of(), false);
    }

    static Param choice(String name, String description, String defaultValue, String... values) {
        return new Param(name, false, "string", description, defaultValue, List.of(values), false);
    }

    /** Only events of one dataset, one of those the store knows. */
    static Param dataset() {
        return new Param("dataset", false, "string", "Only events of this dataset (default: all).", null, orbit.store.EventQuery.DATASETS, false);
    }

    /** The window parameters every series endpoint takes, with the period it defaults to. */
    static List<Param> window(String period) {
        return List.of(
                choice("by", "Period of the series.", period, "week", "month", "quarter", "year"),
                query("from", "date", "First day, inclusive (default: the first event's)."),
                query("to", "date", "Last day, inclusive (default: the last event's)."),
                dataset(),
                query("min_events", "integer", "Periods with fewer events are flagged low_coverage.", "5"));
    }
}
