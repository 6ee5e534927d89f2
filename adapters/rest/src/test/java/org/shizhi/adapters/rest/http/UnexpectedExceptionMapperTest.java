package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

    @Test
    void noFreeDatabaseConnectionInTimeIsA503WithRetryAfterNotAnIncident() {
        var timeout = new IllegalStateException("jdbi could not open a handle",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms"));

        Response response = mapper.toResponse(timeout);

        assertThat(response.getStatus()).as("a busy platform is not a bug").isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(response.getEntity().toString()).as("the problem names the condition").contains("busy").doesNotContain("incident");
    }

    @Test
    void anyOtherFailureIsA500WithAnIncidentIdAndNoStackTrace() {
        Response response = mapper.toResponse(new NullPointerException("secret internals"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getEntity().toString()).contains("incident").doesNotContain("secret internals", "NullPointerException");
    }
}
