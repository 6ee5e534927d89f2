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
 * The public view of a disclosure board is bounded per client address: past a client's burst, 429 problem+json with
 * Retry-After, while other addresses (here told apart by the proxy's header, as configured) and the staff's own reads go
 * on. Its answers, served by a web-server route outside JAX-RS, carry the same security headers as the JAX-RS ones.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:public-rate;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "false")
@AddConfig(key = "mp.config.profile", value = "embedded")
@AddConfig(key = "shizhi.public.burst", value = "3")
@AddConfig(key = "shizhi.public.rate-per-second", value = "1")
@AddConfig(key = "shizhi.public.total-burst", value = "100")
@AddConfig(key = "shizhi.public.client-address-header", value = "X-Forwarded-For")
class PublicDisclosureRateLimitTest {

    private static final String ZONGFU = "510104022001";
    private static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy",
            "Strict-Transport-Security", "Referrer-Policy", "Cache-Control");

    @Inject
    WebTarget target;

    /** Opens Zongfu's board (again: an open board is replaced); the community's staff. */
    private static Person openBoard(GridCalls api) {
        Person staff = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
        api.call(staff, Request.of("PUT", "/api/v1/communities/" + ZONGFU + "/disclosure-board")
                .body("{\"name\":\"总府街社区\",\"openedOn\":\"2025-01-01\"}"), 200, "open board");
        return staff;
    }

    private static Request publicRead() {
        return Request.of("GET", "/api/v1/public/communities/" + ZONGFU + "/disclosures");
    }

    @Test
    void aClientsReadsPastItsBurstAre429WithRetryAfterWhileOtherClientsAndTheStaffGoOn() {
        GridCalls api = new GridCalls(target);
        Person staff = openBoard(api);
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 6; i++) {
            Response r = api.send(publicRead().header("X-Forwarded-For", "198.51.100.7"), null);
            statuses.add(r.getStatus());
            if (r.getStatus() == 429 && refused == null) {
                refused = r;
            }
        }
        assertThat(statuses).as("six reads of one client at once against its burst of three").startsWith(200, 200, 200).contains(429);
        assertThat(refused.getHeaderString("Retry-After")).isNotBlank();
        assertThat(refused.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(refused.readEntity(String.class)).contains("urn:shizhi:problem:too-many-requests", "one client address");
        assertThat(api.send(publicRead().header("X-Forwarded-For", "198.51.100.8"), null).getStatus()).as("another client").isEqualTo(200);
        assertThat(api.send(publicRead().header("X-Forwarded-For", "198.51.100.7, 198.51.100.9"), null).getStatus())
                .as("the entry the proxy added is the client, not the one the client sent").isEqualTo(200);
        assertThat(api.send(Request.of("GET", "/api/v1/communities/" + ZONGFU + "/disclosures"), staff.bearer()).getStatus())
                .as("the staff's list is not the public view's bucket").isEqualTo(200);
    }

    @Test
    void thePublicRoutesAnswersCarryTheSameSecurityHeadersAsTheJaxRsAnswers() {
        GridCalls api = new GridCalls(target);
        Person staff = openBoard(api);
        Response jaxRs = api.send(Request.of("GET", "/api/v1/communities/" + ZONGFU + "/disclosures"), staff.bearer());
        assertThat(jaxRs.getStatus()).isEqualTo(200);
        List<Response> publicAnswers = new ArrayList<>();
        publicAnswers.add(api.send(publicRead().header("X-Forwarded-For", "192.0.2.1"), null));
        publicAnswers.add(api.send(Request.of("GET", "/api/v1/public/communities/510104022999/disclosures")
                .header("X-Forwarded-For", "192.0.2.2"), null));
        for (int i = 0; i < 4; i++) {
            publicAnswers.add(api.send(publicRead().header("X-Forwarded-For", "192.0.2.3"), null));
        }
        assertThat(publicAnswers).extracting(Response::getStatus).as("a page, a community without a board, a refusal")
                .contains(200, 404, 429);
        for (String header : SECURITY_HEADERS) {
            assertThat(jaxRs.getHeaderString(header)).as("the JAX-RS answer's " + header).isNotBlank();
            for (Response answer : publicAnswers) {
                assertThat(answer.getHeaderString(header)).as(header + " on the public route's " + answer.getStatus())
                        .isEqualTo(jaxRs.getHeaderString(header));
            }
        }
    }
}
