package orbit.server;

import java.util.ArrayList;
import java.util.List;

/**
 * One API route: its method and path, its parameters, what it returns, and its handler. Declared
 * once in {@link Api}; {@link OpenApi} describes it and {@link Params} checks requests against it.
 *
 * @param method   GET or POST
 * @param path     the Javalin path, with {@code {name}} segments
 * @param tag      the group it is listed under in the description
 * @param summary  one line
 * @param params   its path and query parameters
 * @param returns  the response schema's name in {@link OpenApi}'s components
 * @param handler  what answers it
 */
record Endpoint(String method, String path, String tag, String summary, List<Param> params, String returns, Handler handler) {
    /** Answers a request whose parameters are given as a {@link Params}. */
    @FunctionalInterface
    interface Handler {
        Object handle(Params params) throws Exception;
    }

    Endpoint {
        params = List.copyOf(params);
    }

    static Builder get(String path) {
        return new Builder("GET", path);
    }

    static Builder post(String path) {
        return new Builder("POST", path);
    }

    Param param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(path + " declares no parameter " + name));
    }

    static final class Builder {
        private final String method;
        private final String path;
        private String tag = "";
        private String summary = "";
        private final List<Param> params = new ArrayList<>();
        private String returns = "";

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Builder tag(String t) {
            tag = t;
            return this;
        }

        Builder summary(String s) {
            summary = s;
            return this;
        }

        Builder param(Param p) {
            params.add(p);
            return this;
        }

        Builder params(List<Param> ps) {
            params.addAll(ps);
            return this;
        }

        Builder returns(String schema) {
            returns = schema;
            return this;
        }

        Endpoint handler(Handler h) {
            return new Endpoint(method, path, tag, summary, params, returns, h);
        }
    }
}
