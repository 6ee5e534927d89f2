package org.shizhi.adapters.rest.http;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.helidon.http.RequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.glassfish.jersey.message.internal.HeaderValueException;
import org.shizhi.adapters.rest.model.ProblemJson;
import org.shizhi.domain.shared.ProblemKind;

/**
 * Builds RFC 9457 problem responses; the one place that knows the type URIs and the statuses. Each names the request it
 * answers in {@code instance} ({@link RequestIds}).
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    /** ProblemJson type URIs are `urn:shizhi:problem:<slug>`: stable, and not pretending to be a web page. */
    public static final String TYPE_PREFIX = "urn:shizhi:problem:";

    /** The header that ends a connection after the answer (RFC 9112 §9.6); HttpEdge closes it. */
    public static final String CONNECTION = "Connection";

    private Problems() {
    }

    public static int status(ProblemKind kind) {
        return switch (kind) {
            case INVALID_VALUE -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE_VERSION -> 412;
            case MISSING_REFERENCE_DATA, SEARCH_UNAVAILABLE -> 503;
        };
    }

    public static Response of(ProblemKind kind, String detail, String field) {
        return response(status(kind), kind.slug(), kind.title(), detail, field);
    }

    public static Response response(int status, String slug, String title, String detail, String field) {
        ProblemJson problem = new ProblemJson(URI.create(TYPE_PREFIX + slug), title, status).detail(detail).field(field)
                .instance(RequestIds.currentInstance());
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    /** The answer, and the connection closed after it: for refusals whose body may be left partly unread. */
    public static Response closing(Response response) {
        return Response.fromResponse(response).header(CONNECTION, "close").build();
    }

    /**
     * The client's mistake found somewhere in the causes of a failure: a refusal thrown while the body was read (over the
     * limit, not UTF-8), a JSON parsing limit, or Helidon refusing the body's framing. Parsers and JAX-RS wrap what a
     * read throws in exceptions of their own, so the mappers look through them before calling anything an incident.
     */
    public static Optional<Response> refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException refused && refused.getResponse().getEntity() instanceof ProblemJson) {
                return Optional.of(refused.getResponse());
            }
            if (t instanceof HeaderValueException header) {
                // Jersey could not parse a header it needed (Accept, Content-Type, a date...): the client's mistake.
                return Optional.of(response(400, "malformed-header", "Malformed header", header.getMessage(), null));
            }
            if (t instanceof StreamConstraintsException limit) {
                return Optional.of(JsonExceptionMappers.overLimit(limit));
            }
            if (t instanceof RequestException refused && refused.status().code() >= 400 && refused.status().code() < 500) {
                int status = refused.status().code();
                Response problem = status == 413
                        ? response(413, "request-too-large", "Request too large", "the request body is larger than the operation accepts", null)
                        : response(status, "malformed-request", "Malformed request", "the request body is not well-formed HTTP/1.1 (chunked framing)", null);
                return Optional.of(closing(problem));
            }
        }
        return Optional.empty();
    }
}
