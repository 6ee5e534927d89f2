package org.shizhi.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.shizhi.adapters.rest.model.ProblemJson;

/** What JAX-RS itself refuses (unknown route, wrong method, wrong media type) answered as problem+json. */
@Provider
@ApplicationScoped
public class HttpExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            // No JAX-RS route matched: answer without an entity so that Helidon goes on to its own routes
            // (/health, /metrics, /openapi); HttpEdge answers problem+json when nothing matches at all.
            return e.getResponse();
        }
        if (e.getResponse().getEntity() instanceof ProblemJson) {
            // Already a problem response (a bad parameter, a missing If-Match, a refusal renamed to the request's field).
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.internalError(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            // The platform's own refusals (Caller: a claim missing or unusable) say which; they name no secret.
            case 401 -> e instanceof NotAuthorizedException && e.getMessage() != null && !e.getMessage().startsWith("HTTP 401")
                    ? e.getMessage() : "a valid bearer token is required (Authorization: Bearer <token>)";
            case 403 -> "the caller's roles do not allow this operation";
            case 405 -> "this path does not accept that method";
            case 406 -> "no representation matches the Accept header";
            case 415 -> "this path does not accept that Content-Type";
            default -> title;
        };
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(status, slug, title, detail, null));
        // Keep what the refusal told the client to do next (Allow on 405, Retry-After, WWW-Authenticate).
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
