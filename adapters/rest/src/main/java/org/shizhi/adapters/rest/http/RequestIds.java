package org.shizhi.adapters.rest.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.logging.common.HelidonMdc;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one request (docs/operations.md#request-ids): the caller's {@value #HEADER} when it is well-formed, else
 * one made here; sent back in the same header, carried in the logging context (key {@value #LOG_KEY}) while the request
 * is served, and named in every problem+json answer's {@code instance} ({@value #INSTANCE_PREFIX}{@code <id>}), so that
 * a refusal a city's staff quote leads the operators to the log lines of that very request.
 *
 * <p>Well-formed is 1 to 64 of letters, digits, {@code . _ : -}, starting with a letter or digit: a UUID, a W3C trace
 * id or a gateway's own ids pass; anything that could break a log line or a URN (spaces, quotes, line breaks) does not,
 * and is replaced rather than refused, since the id serves the operators and is no part of the request's meaning.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final HeaderName HEADER_NAME = HeaderNames.create(HEADER);
    /** The key in the logging context (Helidon's MDC), and the JSON log lines' field. */
    public static final String LOG_KEY = "request-id";
    public static final String INSTANCE_PREFIX = "urn:shizhi:request:";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    /** The id of the request this thread serves: the answers' own record, whichever logging provider holds the MDC. */
    private static final ThreadLocal<String> SERVED = new ThreadLocal<>();

    private RequestIds() {
    }

    /** The caller's id if it is well-formed, else a new one. */
    public static String accept(Optional<String> offered) {
        return offered.map(String::strip).filter(RequestIds::wellFormed).orElseGet(RequestIds::generate);
    }

    public static boolean wellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /** The id of the request this thread serves, if it serves one. */
    public static Optional<String> current() {
        return Optional.ofNullable(SERVED.get());
    }

    /** The problem+json {@code instance} naming the request {@code id}. */
    public static URI instance(String id) {
        return URI.create(INSTANCE_PREFIX + id);
    }

    /** The {@code instance} of a problem answered to the request this thread serves; null outside a request. */
    public static URI currentInstance() {
        return current().map(RequestIds::instance).orElse(null);
    }

    /** Carries {@code id} in the logging context of this thread until {@link #leave()}. */
    static void enter(String id) {
        SERVED.set(id);
        HelidonMdc.set(LOG_KEY, id);
    }

    static void leave() {
        SERVED.remove();
        HelidonMdc.remove(LOG_KEY);
    }
}
