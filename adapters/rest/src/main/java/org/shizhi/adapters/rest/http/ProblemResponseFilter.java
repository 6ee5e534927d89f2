package org.shizhi.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.shizhi.adapters.rest.model.ProblemJson;

/**
 * Refusals made by the security layer (401 without or with a bad token, 403 for a role not allowed) come
 * without a body; give them the same problem+json as every other refusal, and the Bearer challenge. So does any other
 * refusal JAX-RS makes without a body. Every problem leaving here names the request in {@code instance} ({@link RequestIds}).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class ProblemResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (response.getEntity() instanceof ProblemJson problem && problem.getInstance() == null) {
            // A problem made before the request had an id to name, or replayed from the one that first answered it.
            problem.setInstance(RequestIds.currentInstance());
        }
        if (response.hasEntity() || status < 400 || status == 404) {
            // (A bare 404 is JAX-RS finding no route: Helidon then tries its own, and HttpEdge answers what none serves.)
            return;
        }
        if (status != 401 && status != 403) {
            // Any other bare refusal (JAX-RS itself, before the mappers): still a problem, never an empty body.
            response.setEntity(new ProblemJson(URI.create(Problems.TYPE_PREFIX + "http-" + status), "HTTP " + status, status)
                    .detail("the request was refused with HTTP status " + status).instance(RequestIds.currentInstance()),
                    null, Problems.PROBLEM_JSON);
            return;
        }
        boolean unauthorized = status == 401;
        ProblemJson problem = new ProblemJson(
                URI.create(Problems.TYPE_PREFIX + (unauthorized ? "unauthorized" : "forbidden")),
                unauthorized ? "Unauthorized" : "Forbidden", status)
                .detail(unauthorized
                        ? "a valid bearer token is required (Authorization: Bearer <token>)"
                        : "the caller's roles do not allow this operation")
                .instance(RequestIds.currentInstance());
        response.setEntity(problem, null, Problems.PROBLEM_JSON);
        if (unauthorized && !response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
    }

}
