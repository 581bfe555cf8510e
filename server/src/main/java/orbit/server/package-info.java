/**
 * The REST API and web dashboard over an Orbit store: {@link orbit.server.OrbitServer} starts a
 * Javalin server from a {@link orbit.server.ServerConfig}. Every endpoint is declared once (an
 * {@code Endpoint} with its parameters); the same declaration checks the request's parameters and
 * writes the OpenAPI description, so the two cannot drift apart. Errors map to HTTP in one place
 * ({@code Problems}) as JSON {@code {title, status, type, details}}.
 */
package orbit.server;
