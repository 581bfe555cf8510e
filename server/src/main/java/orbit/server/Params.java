package orbit.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import orbit.analytics.Period;
import orbit.analytics.Window;
import orbit.core.OrbitException;

/**
 * A request's parameters, read against its {@link Endpoint}'s declarations. Each reader records
 * what is wrong instead of throwing, so that one 400 lists every bad field; call {@link #check()}
 * before using the values. Not thread-safe: one per request.
 */
final class Params {
    private final Endpoint endpoint;
    private final Context ctx;
    private final List<ApiException.FieldError> errors = new ArrayList<>();

    Params(Endpoint endpoint, Context ctx) {
        this.endpoint = endpoint;
        this.ctx = ctx;
        for (Map.Entry<String, List<String>> q : ctx.queryParamMap().entrySet()) {
            if (endpoint.params().stream().noneMatch(p -> !p.path() && p.name().equals(q.getKey()))) {
                TreeSet<String> known = new TreeSet<>(endpoint.params().stream().filter(p -> !p.path()).map(Param::name).toList());
                errors.add(new ApiException.FieldError(q.getKey(), known.isEmpty() ? "this endpoint takes no query parameters"
                        : "unknown parameter; " + endpoint.path() + " takes " + String.join(", ", known)));
            } else if (q.getValue().size() > 1) {
                errors.add(new ApiException.FieldError(q.getKey(), "given " + q.getValue().size() + " times; give it once"));
            }
        }
    }

    Context context() {
        return ctx;
    }

    /** The raw value, or the declared default; null when neither. */
    String string(String name) {
        Param p = endpoint.param(name);
        String v = p.path() ? ctx.pathParam(name) : ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            if (p.required() && errors.stream().noneMatch(e -> e.field().equals(name))) {
                fail(name, "required; " + p.description());
            }
            return p.defaultValue();
        }
        v = v.strip();
        if (!p.values().isEmpty() && p.values().stream().noneMatch(v::equalsIgnoreCase)) {
            fail(name, "'" + v + "' is not one of " + String.join(", ", p.values()));
            return p.defaultValue();
        }
        return p.values().isEmpty() ? v : v.toLowerCase(Locale.ROOT);
    }

    /** The value turned into a T by {@code parser}; a USER error from it becomes this field's error. */
    <T> T parse(String name, Function<String, T> parser) {
        String v = string(name);
        return v == null ? null : parse(v, name, parser);
    }

    /** {@code value} (one item of field {@code name}) turned into a T; a USER error becomes the field's error and null. */
    <T> T parse(String v, String name, Function<String, T> parser) {
        try {
            return parser.apply(v);
        } catch (OrbitException e) {
            if (e.kind() != OrbitException.ErrorKind.USER) {
                throw e;
            }
            fail(name, e.getMessage());
            return null;
        }
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            fail(name, "'" + v + "' is not a date; write YYYY-MM-DD, such as 2023-09-19");
            return null;
        }
    }

    /** An integer in [min, max]; {@code fallback} when absent or bad. */
    int integer(String name, int min, int max, int fallback) {
        String v = string(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                fail(name, n + " is out of range; use " + min + " to " + max);
                return fallback;
            }
            return (int) n;
        } catch (NumberFormatException e) {
            fail(name, "'" + v + "' is not a whole number");
            return fallback;
        }
    }

    long longValue(String name, long min, long fallback) {
        String v = string(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n < min) {
                fail(name, n + " is below " + min);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            fail(name, "'" + v + "' is not a whole number");
            return fallback;
        }
    }

    boolean flag(String name) {
        String v = string(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> {
                fail(name, "'" + v + "' is not true or false");
                yield false;
            }
        };
    }

    /** The comma-separated items, stripped, empty ones dropped; empty when absent. */
    List<String> list(String name) {
        String v = string(name);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The dates of {@code from} and {@code to}, an error recorded when the first is after the second. */
    LocalDate[] range(String fromName, String toName) {
        LocalDate from = date(fromName);
        LocalDate to = date(toName);
        if (from != null && to != null && from.isAfter(to)) {
            fail(fromName, fromName + " " + from + " is after " + toName + " " + to + "; swap them");
        }
        return new LocalDate[] {from, to};
    }

    /** The window parameters ({@link Param#window}) as a {@link Window}; null when any is bad. */
    Window window() {
        Period period = parse("by", Period::parse);
        LocalDate[] range = range("from", "to");
        String dataset = string("dataset");
        int minEvents = integer("min_events", 0, 1_000_000, 5);
        if (period == null || !errors.isEmpty()) {
            return null;
        }
        return new Window(period, range[0], range[1], dataset, minEvents);
    }

    void fail(String field, String reason) {
        errors.add(new ApiException.FieldError(field, reason));
    }

    /** Throws the 400 listing every bad field, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw ApiException.badParameters(errors);
        }
    }
}
