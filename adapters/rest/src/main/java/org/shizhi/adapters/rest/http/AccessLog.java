package org.shizhi.adapters.rest.http;

import io.helidon.http.HttpException;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per request served (docs/operations.md#access-log), on the logger {@value #LOGGER} at INFO: method, path
 * without its query, status, time taken and the request id. Never a header (a token lives there), a query (search
 * words and names may) or a body. Turned off like any logger: {@code shizhi.access.level=OFF} in the logging
 * configuration.
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
        LOG.info(line(request.prologue().method().text(), request.path().absolute().path(), status,
                System.nanoTime() - startedNanos, requestId));
    }

    /** {@code GET /api/v1/events 200 3.1 ms request 6f1c...}: what the line says, in this order. */
    public static String line(String method, String path, int status, long nanos, String requestId) {
        return String.format(Locale.ROOT, "%s %s %d %.1f ms request %s", method, path, status, nanos / 1e6, requestId);
    }
}
