package org.shizhi.adapters.rest.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.NotFoundException;
import io.helidon.http.RequestException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.shared.ProblemKind;

/**
 * What holds for every response of the server, the API's and Helidon's own (/health, /metrics, /openapi), and for
 * what the server refuses before any route sees it (a malformed request line, an over-long request line or header
 * section, an HTTP version it does not speak): security headers, problem+json, and a closed connection after every
 * refusal whose request was not read to its end, so that the rest of a refused body is never taken for a request.
 * Every request gets its id here ({@link RequestIds}: answered in {@code X-Request-Id}, in the logging context while it
 * is served, in every problem's {@code instance}) and its line in the access log ({@link AccessLog}).
 *
 * <p>Body limits: Helidon's payload limit (for {@code Content-Length} and for chunked bodies as they stream) is set to
 * the largest limit of any operation; the smaller limit of every other operation is checked here for a declared
 * length and by {@link BodyLimit} for a chunked body as it is read.
 */
@ApplicationScoped
public class HttpEdge {

    public static final String MAX_REQUEST_BYTES = "shizhi.http.max-request-bytes";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_048_576;
    /** The archive import (JSON lines) takes larger bodies than any other operation. */
    public static final String MAX_IMPORT_BYTES = "shizhi.http.max-import-bytes";
    public static final long DEFAULT_MAX_IMPORT_BYTES = 16_777_216;
    public static final String IMPORT_PATH = "/api/v1/case-imports";
    /** Where a search too long for a request line goes (docs/api.md). */
    public static final String SEARCH_BY_BODY = "POST /api/v1/cases/search";

    private static final java.time.Duration DRAIN_TIME = java.time.Duration.ofSeconds(2);

    private static final HeaderName FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");
    private static final HeaderName CONTENT_SECURITY_POLICY = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");

    /** Where the platform serves the web console's static files (docs/console.md). */
    public static final String CONSOLE_PATH = "/console";
    /**
     * The console's Content-Security-Policy: no inline script or style, no {@code eval}, nothing from another origin,
     * no frames, no plugins; the only images besides its own are {@code data:} URLs.
     */
    public static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    /**
     * The policy the console's answers carry: {@link #CONSOLE_POLICY}, or where the platform trusts a city's identity
     * provider ({@value org.shizhi.adapters.rest.signin.IdentityProvider#ISSUER}) the same with that issuer's origin
     * added to {@code connect-src} alone, so that the console's scripts may exchange a code and refresh a token at its
     * token endpoint. Going to the provider's sign-in and sign-out pages is a navigation, which no directive governs.
     * Set once while starting.
     */
    private static volatile String consolePolicy = CONSOLE_POLICY;

    private volatile long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private volatile long maxImportBytes = DEFAULT_MAX_IMPORT_BYTES;

    /** Before the server starts (Helidon starts it at PLATFORM_AFTER + 100). */
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) @Initialized(ApplicationScoped.class) Object started,
                  BeanManager beans, Config config) {
        maxRequestBytes = config.getOptionalValue(MAX_REQUEST_BYTES, Long.class).orElse(DEFAULT_MAX_REQUEST_BYTES);
        consolePolicy = consolePolicy(config.getOptionalValue(org.shizhi.adapters.rest.signin.IdentityProvider.ISSUER, String.class));
        maxImportBytes = Math.max(maxRequestBytes, config.getOptionalValue(MAX_IMPORT_BYTES, Long.class).orElse(DEFAULT_MAX_IMPORT_BYTES));
        ServerCdiExtension server = beans.getExtension(ServerCdiExtension.class);
        WebServerConfig.Builder listener = serverBuilder(server);
        listener.maxPayloadSize(maxImportBytes);
        DirectHandlers.Builder refusals = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            refusals.addHandler(type, HttpEdge::refusal);
        }
        listener.directHandlers(refusals.build());
        server.serverRoutingBuilder()
                .addFilter((chain, request, response) -> {
                    String requestId = RequestIds.accept(request.headers().first(RequestIds.HEADER_NAME));
                    response.header(RequestIds.HEADER_NAME, requestId);
                    RequestIds.enter(requestId);
                    long arrived = System.nanoTime();
                    Throwable failure = null;
                    try {
                        edge(chain, request, response, requestId);
                    } catch (RuntimeException | Error e) {
                        failure = e;
                        throw e;
                    } finally {
                        AccessLog.served(request, response, requestId, arrived, failure);
                        RequestIds.leave();
                    }
                })
                .error(NotFoundException.class, (request, response, e) -> {
                    securityHeaders(request.path().absolute().path(), response::header);
                    // A missing file is not kept: it may be there after the next release.
                    response.header(HeaderNames.CACHE_CONTROL, "no-store");
                    response.status(Status.NOT_FOUND_404);
                    response.header(HeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString());
                    response.send(problem(404, ProblemKind.NOT_FOUND.slug(), ProblemKind.NOT_FOUND.title(), "no resource at this path",
                            response.headers().first(RequestIds.HEADER_NAME).orElseGet(RequestIds::generate)));
                });
    }

    /** What every request passes through: the body limits, and a closed connection after a refusal. */
    private void edge(FilterChain chain, RoutingRequest request, RoutingResponse response, String requestId) {
        securityHeaders(request.path().absolute().path(), response::header);
        long limit = maxBytes(request.prologue().method(), request.path().path());
        long length = request.headers().contentLength().orElse(-1);
        if (length > limit) {
            response.status(Status.REQUEST_ENTITY_TOO_LARGE_413);
            response.header(HeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString());
            response.header(HeaderValues.CONNECTION_CLOSE);
            response.send(tooLarge(limit, requestId));
            drain(request);
            throw new CloseConnectionException("refused a body of " + length + " bytes");
        }
        try {
            chain.proceed();
        } catch (RequestException refused) {
            // Helidon refused the body as it read it (a chunk over its payload limit, a malformed chunk).
            if (response.isSent()) {
                throw new CloseConnectionException("refused a request after answering it", refused);
            }
            send(response, refusal(null, refused.eventType(), refused.status(), ServerResponseHeaders.create(), refused.getMessage(),
                    requestId));
            throw new CloseConnectionException("refused a request", refused);
        }
        if (response.headers().contains(HeaderValues.CONNECTION_CLOSE)) {
            // HTTP/1.1 says who sends "close" closes; Helidon would otherwise read on (RFC 9112 §9.6).
            drain(request);
            throw new CloseConnectionException("answered with Connection: close");
        }
    }

    /**
     * Reads and discards what is left of a refused body, for at most {@link #DRAIN_TIME} (and never past Helidon's
     * payload limit), before the connection is closed: a client still sending the body then reads the refusal instead of
     * a reset. What is drained is body, never parsed as a request; the connection closes whatever is left.
     */
    private static void drain(ServerRequest request) {
        if (request.content().consumed()) {
            return;
        }
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                request.content().consume();
            } catch (RuntimeException unreadable) {
                // over the payload limit, malformed, or the connection closed: nothing more to read
            }
        });
        try {
            reader.join(DRAIN_TIME);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The console's policy for a platform trusting the identity provider of {@code issuer} (none: {@link #CONSOLE_POLICY}):
     * {@code connect-src} gains the issuer's origin (scheme, host and port), nothing else changes.
     */
    public static String consolePolicy(java.util.Optional<String> issuer) {
        return issuer.map(String::strip).filter(i -> !i.isEmpty()).map(i -> {
            java.net.URI uri = java.net.URI.create(i);
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
                throw new IllegalArgumentException(org.shizhi.adapters.rest.signin.IdentityProvider.ISSUER
                        + " must be the issuer's http(s) URL, not '" + i + "'");
            }
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return CONSOLE_POLICY.replace("connect-src 'self';", "connect-src 'self' " + origin + ";");
        }).orElse(CONSOLE_POLICY);
    }

    /** The largest body this operation accepts. */
    long maxBytes(Method method, String path) {
        return Method.POST.equals(method) && IMPORT_PATH.equals(path) ? maxImportBytes : maxRequestBytes;
    }

    long maxBytes(String method, String path) {
        return maxBytes(Method.create(method), path);
    }

    public static String tooLarge(long limit, String requestId) {
        return problem(413, "request-too-large", "Request too large", "the request body is larger than " + limit + " bytes", requestId);
    }

    /** The headers every answer carries, refusals included. */
    public static void securityHeaders(BiConsumer<HeaderName, String> header) {
        securityHeaders("", header);
    }

    /**
     * The headers every answer carries; the web console's pages ({@value #CONSOLE_PATH}) get {@link #CONSOLE_POLICY},
     * which lets them load their own scripts and styles and call this origin's API, and nothing else.
     */
    public static void securityHeaders(String path, BiConsumer<HeaderName, String> header) {
        header.accept(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        header.accept(FRAME_OPTIONS, "DENY");
        header.accept(CONTENT_SECURITY_POLICY, isConsole(path) ? consolePolicy : "default-src 'none'; frame-ancestors 'none'");
        header.accept(HeaderNames.STRICT_TRANSPORT_SECURITY, "max-age=31536000");
        header.accept(REFERRER_POLICY, "no-referrer");
        header.accept(HeaderNames.CACHE_CONTROL, cacheControl(path));
    }

    /** Where the console's third-party files are served, each under a folder named for its version (docs/console.md). */
    public static final String CONSOLE_VENDOR_PATH = CONSOLE_PATH + "/vendor/";

    /**
     * How long a browser may keep an answer. The API's answers may carry residents' personal data: no shared or browser
     * cache keeps them ({@code no-store}). The console's own files (pages, modules, styles) keep their names from one
     * release to the next, so a browser may keep them but must ask each time whether they changed ({@code no-cache}): a
     * long max-age would run an old {@code app.js} against a new API, or mix modules of two releases. The third-party
     * files under {@value #CONSOLE_VENDOR_PATH} sit under their version ({@code vendor/echarts/5.5.0/}): a new version is a
     * new address, so the one at an address never changes and is kept a year without asking ({@code immutable}). None of
     * the console's files holds personal data (it comes from the API), so {@code public} is safe.
     */
    static String cacheControl(String path) {
        if (path.startsWith(CONSOLE_VENDOR_PATH)) {
            return "public, max-age=31536000, immutable";
        }
        return isConsole(path) ? "no-cache" : "no-store";
    }

    /**
     * What the server answers when it refuses a request before or while reading it: problem+json naming what was wrong,
     * never Helidon's own words (which may echo the request), and the connection closed.
     */
    public static DirectHandler.TransportResponse refusal(DirectHandler.TransportRequest request, DirectHandler.EventType type,
                                                   Status status, ServerResponseHeaders headers, String message) {
        // Refused before any route: the caller's id if its headers could be read, else one made for this answer.
        java.util.Optional<String> offered;
        try {
            offered = request == null || request.headers() == null ? java.util.Optional.empty() : request.headers().first(RequestIds.HEADER_NAME);
        } catch (RuntimeException unreadable) {
            offered = java.util.Optional.empty();
        }
        return refusal(request, type, status, headers, message, RequestIds.accept(offered));
    }

    static DirectHandler.TransportResponse refusal(DirectHandler.TransportRequest request, DirectHandler.EventType type,
                                            Status status, ServerResponseHeaders headers, String message, String requestId) {
        int code = status == null ? type.defaultStatus().code() : status.code();
        if (code == 304) {
            return notModified(request, headers);
        }
        // Helidon answers 500 for a request line it cannot parse at all (e.g. an unknown method made of symbols): a
        // refusal at the edge is always the client's request, and a fault of the server would not end up here.
        if (code == 500) {
            code = 400;
        }
        String body = switch (code) {
            case 413 -> problem(413, "request-too-large", "Request too large", "the request body is larger than the operation accepts", requestId);
            case 414 -> problem(414, "uri-too-long", "URI too long", "the request line is too long; a long search query goes in the body: "
                    + SEARCH_BY_BODY, requestId);
            case 431 -> problem(431, "headers-too-large", "Request header fields too large", "the request's header section is too large",
                    requestId);
            case 505 -> problem(505, "http-version-not-supported", "HTTP version not supported", "the server speaks HTTP/1.1", requestId);
            case 503 -> problem(503, "busy", "The platform is busy", "more requests arrived than the platform can serve; retry later",
                    requestId);
            case 403 -> problem(403, "forbidden", "Forbidden", "the request is refused", requestId);
            default -> code >= 400 && code < 500
                    ? problem(code, code == 400 ? "malformed-request" : "http-" + code, code == 400 ? "Malformed request" : "HTTP " + code,
                    "the request is not well-formed HTTP/1.1 (request line, headers or body framing)", requestId)
                    : problem(400, "malformed-request", "Malformed request", "the request is not well-formed HTTP/1.1", requestId);
        };
        int answered = code >= 400 && code < 600 ? code : 400;
        ServerResponseHeaders out = headers == null ? ServerResponseHeaders.create() : headers;
        out.remove(HeaderNames.CONTENT_LENGTH);
        DirectHandler.TransportResponse.Builder response = DirectHandler.TransportResponse.builder()
                .status(Status.create(answered))
                .headers(out)
                .header(HeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString())
                .header(HeaderValues.CONNECTION_CLOSE)
                .header(RequestIds.HEADER_NAME, requestId)
                .keepAlive(false)
                .entity(body.getBytes(StandardCharsets.UTF_8));
        securityHeaders(response::header);
        return response.build();
    }

    /**
     * Not a refusal: a console file the browser already holds, asked for again with {@code If-None-Match} or
     * {@code If-Modified-Since} (the console's files are {@code no-cache}: kept, revalidated each time), which Helidon's
     * static content answers by throwing "304 Not Modified" to this handler. It stays a 304 with the validators Helidon
     * set, no body, the connection kept, and the headers of the file's own path.
     */
    private static DirectHandler.TransportResponse notModified(DirectHandler.TransportRequest request, ServerResponseHeaders headers) {
        ServerResponseHeaders out = headers == null ? ServerResponseHeaders.create() : headers;
        out.remove(HeaderNames.CONTENT_LENGTH);
        out.remove(HeaderNames.CONTENT_TYPE);
        DirectHandler.TransportResponse.Builder response = DirectHandler.TransportResponse.builder()
                .status(Status.NOT_MODIFIED_304).headers(out).keepAlive(true);
        String path = request == null || request.path() == null ? "" : request.path();
        int query = path.indexOf('?');
        securityHeaders(query < 0 ? path : path.substring(0, query), response::header);
        return response.build();
    }

    static boolean isConsole(String path) {
        return path.equals(CONSOLE_PATH) || path.startsWith(CONSOLE_PATH + "/");
    }

    private static void send(ServerResponse response, DirectHandler.TransportResponse refusal) {
        response.status(refusal.status());
        refusal.headers().forEach(response::header);
        response.send(refusal.entity().orElse(new byte[0]));
    }

    /**
     * The server's configuration builder, which Helidon MP keeps to itself until it starts the server; the only way to
     * give the listener its direct handlers (not a configuration key) and the payload limit our own keys decide.
     */
    private static WebServerConfig.Builder serverBuilder(ServerCdiExtension server) {
        try {
            java.lang.reflect.Method builder = ServerCdiExtension.class.getDeclaredMethod("serverBuilder");
            builder.setAccessible(true);
            return (WebServerConfig.Builder) builder.invoke(server);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot configure the HTTP listener: Helidon's ServerCdiExtension.serverBuilder() is gone", e);
        }
    }

    /** A problem+json body naming the request ({@link RequestIds}); the texts are the platform's own, never the caller's. */
    public static String problem(int status, String slug, String title, String detail, String requestId) {
        return """
                {"type":"%s%s","title":"%s","status":%d,"detail":"%s","instance":"%s"}""".formatted(Problems.TYPE_PREFIX, slug, title, status,
                detail, RequestIds.instance(requestId));
    }
}
