package org.shizhi.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.shizhi.domain.shared.DomainException;
import org.shizhi.domain.shared.SearchUnavailableException;

@Provider
@ApplicationScoped
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        Response problem = Problems.of(e.kind(), e.getMessage(), e.field().orElse(null));
        if (e instanceof SearchUnavailableException) {
            // The index catches up by itself; a client may try again shortly.
            return Response.fromResponse(problem).header("Retry-After", "30").build();
        }
        return problem;
    }
}
