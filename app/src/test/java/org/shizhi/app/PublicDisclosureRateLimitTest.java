package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;

/**
 * The public view of a disclosure board is bounded for all anonymous callers together: past the burst, 429 with
 * Retry-After, while the staff's own reads (with a token) go on.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:public-rate;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "false")
@AddConfig(key = "mp.config.profile", value = "embedded")
@AddConfig(key = "shizhi.public.burst", value = "3")
@AddConfig(key = "shizhi.public.rate-per-second", value = "1")
class PublicDisclosureRateLimitTest {

    private static final String ZONGFU = "510104022001";

    @Inject
    WebTarget target;

    @Test
    void anonymousReadsPastTheBurstAre429WithRetryAfter() {
        GridCalls api = new GridCalls(target);
        Person staff = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
        api.call(staff, Request.of("PUT", "/api/v1/communities/" + ZONGFU + "/disclosure-board")
                .body("{\"name\":\"总府街社区\",\"openedOn\":\"2025-01-01\"}"), 200, "open board");
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 6; i++) {
            Response r = api.send(Request.of("GET", "/api/v1/public/communities/" + ZONGFU + "/disclosures"), null);
            statuses.add(r.getStatus());
            if (r.getStatus() == 429 && refused == null) {
                refused = r;
            }
        }
        assertThat(statuses).as("six reads at once against a burst of three").startsWith(200, 200, 200).contains(429);
        assertThat(refused.getHeaderString("Retry-After")).isNotBlank();
        assertThat(refused.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(api.send(Request.of("GET", "/api/v1/communities/" + ZONGFU + "/disclosures"), staff.bearer()).getStatus())
                .as("the staff's list is not the public view's bucket").isEqualTo(200);
    }
}
