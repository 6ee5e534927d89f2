package org.shizhi.adapters.rest;

import io.helidon.http.HeaderName;
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
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.shared.ProblemKind;

/**
 * What holds for every response of the server, the API's and Helidon's own (/health, /metrics, /openapi):
 * security headers; requests over the size limit refused before anything reads them; and a path that
 * nothing serves answered with the same problem+json 404 as any other refusal.
 */
@ApplicationScoped
public class HttpEdge {

    public static final String MAX_REQUEST_BYTES = "shizhi.http.max-request-bytes";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_048_576;

    private static final HeaderName FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");
    private static final HeaderName CONTENT_SECURITY_POLICY = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");

    private static final String NOT_FOUND = problem(404, ProblemKind.NOT_FOUND.slug(), ProblemKind.NOT_FOUND.title(),
            "no resource at this path");

    /** Before the server starts (Helidon starts it at PLATFORM_AFTER + 100). */
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) @Initialized(ApplicationScoped.class) Object started,
                  BeanManager beans, Config config) {
        long maxRequestBytes = config.getOptionalValue(MAX_REQUEST_BYTES, Long.class).orElse(DEFAULT_MAX_REQUEST_BYTES);
        String tooLarge = problem(413, "request-too-large", "Request too large",
                "the request body is larger than " + maxRequestBytes + " bytes");
        beans.getExtension(ServerCdiExtension.class).serverRoutingBuilder()
                .addFilter((chain, request, response) -> {
                    response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
                    response.header(FRAME_OPTIONS, "DENY");
                    response.header(CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'");
                    response.header(HeaderNames.STRICT_TRANSPORT_SECURITY, "max-age=31536000");
                    response.header(REFERRER_POLICY, "no-referrer");
                    // Answers may carry residents' personal data: no shared or browser cache keeps them.
                    response.header(HeaderNames.CACHE_CONTROL, "no-store");
                    long length = request.headers().contentLength().orElse(-1);
                    if (length > maxRequestBytes) {
                        response.status(Status.REQUEST_ENTITY_TOO_LARGE_413);
                        response.header(HeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString());
                        response.send(tooLarge);
                        return;
                    }
                    chain.proceed();
                })
                .error(NotFoundException.class, (request, response, e) -> {
                    response.status(Status.NOT_FOUND_404);
                    response.header(HeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString());
                    response.send(NOT_FOUND);
                });
    }

    private static String problem(int status, String slug, String title, String detail) {
        return """
                {"type":"%s%s","title":"%s","status":%d,"detail":"%s"}""".formatted(Problems.TYPE_PREFIX, slug, title, status, detail);
    }
}
