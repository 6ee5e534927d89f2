package org.shizhi.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: the client gets an incident id, the log gets the stack trace; never the other way round. One
 * failure is not the platform's fault and not an incident: no database connection freed up in time because more
 * requests arrived than it can serve. That is 503 with {@code Retry-After}, so that clients back off instead of
 * reporting a bug, and one log line, since a stack trace per refused request would only add to the overload.
 */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        return internalError(e);
    }

    public static Response internalError(Throwable e) {
        Optional<Response> refusal = Problems.refusalIn(e);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (overloaded(e)) {
            LOG.warning(() -> "refused a request: no database connection became free in time (" + e.getClass().getSimpleName() + ")");
            return Response.fromResponse(Problems.response(503, "busy", "The platform is busy",
                    "more requests arrived than the platform can serve; retry after the time given in Retry-After", null))
                    .header("Retry-After", "1").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problems.response(500, "internal-error", "Internal error",
                "the platform failed; quote incident " + incident + " to the operators", null);
    }

    /** True if, somewhere in the causes, a connection pool gave up waiting for a free connection. */
    public static boolean overloaded(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
