package org.shizhi.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * What every API request passes before JAX-RS matches it to an operation:
 * <ul>
 * <li>a request without a bearer token is 401, whatever its Content-Type or Accept (JAX-RS would otherwise answer 415
 * or 406 first, telling a stranger about the operation);</li>
 * <li>a body's charset is UTF-8 or none (RFC 8259 §8.1): anything else is 415;</li>
 * <li>a body is read through {@link LimitedBody}: at most the operation's limit (chunked bodies have no length to check
 * up front), and for JSON only well-formed UTF-8 (no CESU-8 surrogates, no overlong forms).</li>
 * </ul>
 * On the way out, a refusal whose body was not read to its end says {@code Connection: close}; {@link HttpEdge} then
 * closes the connection, so that the unread rest of the body is never taken for the next request.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestGate implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String BODY = RequestGate.class.getName() + ".body";
    /** Every operation of the contract is under it (EveryEndpointIsInTheContractTest). */
    static final String API = "/api/";
    private static final java.util.regex.Pattern PUBLIC_READ = java.util.regex.Pattern.compile("/api/v1/public/communities/[0-9]{12}/disclosures");

    @Inject
    HttpEdge edge;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = path(request.getUriInfo().getPath(false));
        if (!path.startsWith(API)) {
            // Helidon's own routes (/health, /metrics, /openapi): the application is mounted at "/", so each of their
            // requests passes here first. A bare 404 hands it on to them at once, as Jersey's would after matching
            // every resource of the API and mapping a NotFoundException.
            request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
            return;
        }
        if (isPublicRead(request.getMethod(), path) || isLocalSignIn(request.getMethod(), path)) {
            // The one operation anyone may read (a GET of exactly this path, nothing below or beside it) is served by a
            // web-server route outside MP-JWT (PublicDisclosureService): a bare 404 hands the request on to it. So is the
            // embedded default's local sign-in (SignInService), which is how one gets a token.
            request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
            return;
        }
        // (OPTIONS: a CORS preflight carries no credentials by definition.)
        if (!"OPTIONS".equals(request.getMethod()) && !hasBearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized",
                    "a valid bearer token is required (Authorization: Bearer <token>)", null)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            return;
        }
        // Jersey answers a header it cannot parse with a bare 400 before any mapper sees it: parse them here first.
        try {
            request.getAcceptableMediaTypes();
        } catch (RuntimeException unparseable) {
            request.abortWith(Problems.response(400, "malformed-header", "Malformed header", "the Accept header is not a list of media types", "Accept"));
            return;
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (RuntimeException unparseable) {
            request.abortWith(Problems.response(415, "unsupported-media-type", "Unsupported Media Type",
                    "the Content-Type is not a media type", null));
            return;
        }
        if (!hasBody(request)) {
            return;
        }
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.strip().equalsIgnoreCase("utf-8")) {
            request.abortWith(Problems.response(415, "unsupported-media-type", "Unsupported Media Type",
                    "the body must be UTF-8: charset '" + charset + "' is not accepted", null));
            return;
        }
        LimitedBody body = new LimitedBody(request.getEntityStream(), edge.maxBytes(request.getMethod(), path), json(type),
                request.getLength());
        request.setProperty(BODY, body);
        request.setEntityStream(body);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean unread = request.getProperty(BODY) instanceof LimitedBody body ? !body.readToEnd() : hasBody(request);
        if (response.getStatus() >= 400 && unread) {
            response.getHeaders().putSingle(Problems.CONNECTION, "close");
        }
    }

    /** The request's path from the application's root ("/"), with one leading slash. */
    static String path(String relative) {
        int start = 0;
        while (start < relative.length() && relative.charAt(start) == '/') {
            start++;
        }
        return "/" + relative.substring(start);
    }

    /** The one path without a token: {@code GET /api/v1/public/communities/<12 digits>/disclosures}. */
    static boolean isPublicRead(String method, String path) {
        return "GET".equals(method) && PUBLIC_READ.matcher(path).matches();
    }

    /** The sign-in's three requests, which need no token: {@code GET .../options}, {@code GET .../local-users}, {@code POST .../local}. */
    static boolean isLocalSignIn(String method, String path) {
        return "GET".equals(method) && (path.equals("/api/v1/sign-in/local-users") || path.equals("/api/v1/sign-in/options"))
                || "POST".equals(method) && path.equals("/api/v1/sign-in/local");
    }

    private static boolean hasBearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && !authorization.substring(7).isBlank();
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean json(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json") || subtype.equals("x-ndjson");
    }
}
