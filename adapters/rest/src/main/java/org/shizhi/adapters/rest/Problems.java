package org.shizhi.adapters.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.shizhi.adapters.rest.model.Problem;
import org.shizhi.domain.shared.ProblemKind;

/** Builds RFC 9457 problem responses; the one place that knows the type URIs and the statuses. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    /** Problem type URIs are `urn:shizhi:problem:<slug>`: stable, and not pretending to be a web page. */
    public static final String TYPE_PREFIX = "urn:shizhi:problem:";

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
        Problem problem = new Problem(URI.create(TYPE_PREFIX + slug), title, status).detail(detail).field(field);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
