package org.shizhi.adapters.rest;

import io.helidon.http.HeaderNames;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;
import org.shizhi.domain.shared.ProblemKind;

/**
 * A path that neither the API nor Helidon's own endpoints serve gets the same problem+json 404 as any
 * other refusal, instead of the web server's plain-text page.
 */
@ApplicationScoped
public class UnknownRoutes {

    private static final String BODY = """
            {"type":"%s%s","title":"%s","status":404,"detail":"no resource at this path"}"""
            .formatted(Problems.TYPE_PREFIX, ProblemKind.NOT_FOUND.slug(), ProblemKind.NOT_FOUND.title());

    /** Before the server starts (Helidon starts it at PLATFORM_AFTER + 100). */
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) @Initialized(ApplicationScoped.class) Object started,
                  BeanManager beans) {
        beans.getExtension(ServerCdiExtension.class).serverRoutingBuilder()
                .error(NotFoundException.class, (request, response, e) -> {
                    response.status(Status.NOT_FOUND_404);
                    response.header(HeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString());
                    response.send(BODY);
                });
    }
}
