package orbit.server;

import java.util.List;

/**
 * A request the API refuses, with the HTTP status and problem type it maps to ({@code Problems}).
 * Thrown by handlers; never escapes the server.
 */
final class ApiException extends RuntimeException {
    /** A field of the request and what is wrong with it. */
    record FieldError(String field, String reason) {}

    final int status;
    final String type;
    final List<FieldError> details;

    ApiException(int status, String type, String title, List<FieldError> details) {
        super(title);
        this.status = status;
        this.type = type;
        this.details = List.copyOf(details);
    }

    static ApiException badParameters(List<FieldError> errors) {
        return new ApiException(400, "bad-parameter", errors.size() == 1 ? "bad parameter" : "bad parameters", errors);
    }

    static ApiException badParameter(String field, String reason) {
        return badParameters(List.of(new FieldError(field, reason)));
    }

    static ApiException notFound(String what) {
        return new ApiException(404, "not-found", "not found", List.of(new FieldError("path", what)));
    }

    static ApiException unauthorized(String reason) {
        return new ApiException(401, "unauthorized", "unauthorized", List.of(new FieldError("authorization", reason)));
    }

    static ApiException forbidden(String field, String reason) {
        return new ApiException(403, "forbidden", "forbidden", List.of(new FieldError(field, reason)));
    }
}
