package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The local sign-in (which mints a signed token for anyone who asks) is bounded per client address with the public
 * view's mechanism in a bucket of its own: past a client's burst, 429 problem+json with Retry-After and no token, while
 * another address signs in, and the public view's bucket is untouched.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:sign-in-rate;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "false")
@AddConfig(key = "mp.config.profile", value = "embedded")
@AddConfig(key = "shizhi.sign-in.burst", value = "3")
@AddConfig(key = "shizhi.sign-in.rate-per-minute", value = "1")
@AddConfig(key = "shizhi.public.burst", value = "3")
@AddConfig(key = "shizhi.public.client-address-header", value = "X-Forwarded-For")
class LocalSignInRateLimitTest {

    @Inject
    WebTarget target;

    private Response signIn(String client) {
        return target.path("/api/v1/sign-in/local").request().header("X-Forwarded-For", client)
                .post(Entity.entity("{\"user\":\"chengdu-street-officer\"}", MediaType.APPLICATION_JSON));
    }

    @Test
    void aClientsSignInsPastItsBurstAre429WithRetryAfterAndNoTokenWhileAnotherClientSignsIn() {
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 5; i++) {
            Response r = signIn("198.51.100.7");
            statuses.add(r.getStatus());
            if (r.getStatus() == 429 && refused == null) {
                refused = r;
            }
        }
        assertThat(statuses).as("five sign-ins of one client at once against its burst of three, refilled one a minute")
                .containsExactly(200, 200, 200, 429, 429);
        assertThat(Integer.parseInt(refused.getHeaderString("Retry-After"))).as("Retry-After seconds").isBetween(1, 60);
        assertThat(refused.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject problem = refused.readEntity(JsonObject.class);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:too-many-requests");
        assertThat(problem.getInt("status")).isEqualTo(429);
        assertThat(problem.getString("detail")).contains("the local sign-in", "per minute", "one client address");
        assertThat(problem.containsKey("token")).as("no token in a refusal").isFalse();
        assertThat(refused.getHeaderString("Content-Security-Policy")).as("the security headers on the refusal").isNotBlank();

        assertThat(signIn("198.51.100.8").getStatus()).as("another client").isEqualTo(200);
        assertThat(target.path("/api/v1/public/communities/510104022001/disclosures").request().header("X-Forwarded-For", "198.51.100.7")
                .get().getStatus()).as("the public view's own bucket for the same address").isNotEqualTo(429);
    }
}
