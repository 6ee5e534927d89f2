package org.shizhi.adapters.rest.http;

import io.helidon.http.HttpException;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One line per request served (docs/operations.md#access-log), on the logger {@value #LOGGER} at INFO: method, path
 * without its query, status, time taken and the request id. Never a header (a token lives there), a query (search
 * words and names may) or a body. Turned off like any logger: {@code shizhi.access.level=OFF} in the logging
 * configuration.
 *
 * <p>A path can carry personal data too, by a caller's mistake (an ID number or a mobile where an id belongs, a name):
 * only segments of the shapes the API's paths are made of are written as they are ({@link #loggablePath}), every other
 * segment as {@code *}.
 */
public final class AccessLog {

    public static final String LOGGER = "shizhi.access";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    private AccessLog() {
    }

    /**
     * Logs the request {@link HttpEdge} let through. {@code failure} is what escaped the routing, if anything: a 404 for
     * no route is answered by an error handler after this runs, so the status comes from the failure then.
     */
    static void served(RoutingRequest request, RoutingResponse response, String requestId, long startedNanos, Throwable failure) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        int status;
        if (response.isSent() || failure == null) {
            status = response.status().code();
        } else if (failure instanceof HttpException http) {
            status = http.status().code();
        } else {
            status = 500;
        }
        LOG.info(line(request.prologue().method().text(), loggablePath(request.path().absolute().path()), status,
                System.nanoTime() - startedNanos, requestId));
    }

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Words of the API and the console: resource names, department and plugin ids, file names. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** A version in a path, as the console's third-party files sit under theirs ({@code vendor/echarts/5.5.0/}). */
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,4}){1,3}");
    /** A run this long inside a word could be a mobile (11 digits) or an ID number (18). */
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{7}");

    /**
     * The path with every segment that is not a word, a UUID, a version ({@code 5.5.0}) or an area, grid or building
     * code (up to 9, 12, 15 or 19 digits; a mobile has 11, an ID number 18) replaced by {@code *}: {@code /api/v1/residents/510104199001011234}
     * is written {@code /api/v1/residents/*}.
     */
    public static String loggablePath(String path) {
        String[] segments = path.split("/", -1);
        StringBuilder loggable = new StringBuilder(path.length());
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                loggable.append('/');
            }
            loggable.append(safe(segments[i]) ? segments[i] : "*");
        }
        return loggable.toString();
    }

    private static boolean safe(String segment) {
        if (segment.isEmpty() || UUID.matcher(segment).matches() || VERSION.matcher(segment).matches()) {
            return true;
        }
        if (DIGITS.matcher(segment).matches()) {
            int length = segment.length();
            return length <= 9 || length == 12 || length == 15 || length == 19;
        }
        return WORD.matcher(segment).matches() && !LONG_NUMBER.matcher(segment).find();
    }

    /** {@code GET /api/v1/events 200 3.1 ms request 6f1c...}: what the line says, in this order. */
    public static String line(String method, String path, int status, long nanos, String requestId) {
        return String.format(Locale.ROOT, "%s %s %d %.1f ms request %s", method, path, status, nanos / 1e6, requestId);
    }
}
