package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.helidon.microprofile.testing.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The assessment's demo records as the platform loads them on a first start, read over HTTP: in both cities results of
 * two quarters (the current one in two versions, compared), a published notice commending and criticising streets, and
 * supervision tasks accepted, sent back, open, and overdue with their one escalation.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:demo-assessment;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "shizhi.demo-data.grids", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class DemoAssessmentHttpTest {

    @Inject
    WebTarget target;

    @Test
    void bothCitiesHaveResultsOfTwoQuartersAPublishedNoticeAndTasksInEveryState() throws Exception {
        GridCalls api = new GridCalls(target);
        AssessmentPeriod current = AssessmentPeriod.containing(AssessmentPeriod.Cadence.QUARTERLY, LocalDate.now(WorkingTime.ZONE));
        AssessmentPeriod previous = AssessmentPeriod.containing(AssessmentPeriod.Cadence.QUARTERLY, current.from().minusDays(1));
        for (String[] place : List.of(new String[] {"510100", "510104"}, new String[] {"440800", "440802"})) {
            Person auditor = new Person(place[0], place[0], Role.AUDITOR);
            String district = place[1];
            JsonObject notices = waitForNotice(api, auditor, district);
            JsonObject notice = notices.getJsonArray("items").getJsonObject(0);
            assertThat(notice.getInt("commended")).as(district + ": commended").isPositive();
            assertThat(notice.getInt("criticised")).as(district + ": criticised").isPositive();

            String results = "/api/v1/assessment/schemes/street-quarterly/results/" + district + "000000/";
            assertThat(api.call(auditor, Request.of("GET", results + previous), 200, "previous quarter").getJsonArray("units"))
                    .isNotEmpty();
            assertThat(api.call(auditor, Request.of("GET", results + current), 200, "current quarter").getInt("version")).isEqualTo(2);
            assertThat(api.call(auditor, Request.of("GET", results + current + "/differences").query("from", "1"), 200, "compare")
                    .getJsonArray("units")).isNotEmpty();

            List<JsonObject> tasks = api.call(auditor, Request.of("GET", "/api/v1/assessment/supervision-tasks").query("area", district)
                    .query("limit", "100"), 200, "tasks").getJsonArray("items").getValuesAs(JsonObject.class);
            Map<String, Long> byState = tasks.stream().collect(Collectors.groupingBy(t -> t.getString("state"), Collectors.counting()));
            assertThat(byState).as(district + ": tasks by state").containsKeys("ACCEPTED", "SENT_BACK", "OPEN");
            List<JsonObject> overdue = api.call(auditor, Request.of("GET", "/api/v1/assessment/overdue-supervision-tasks")
                    .query("area", district), 200, "overdue").getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(overdue).as(district + ": overdue and escalated once").isNotEmpty()
                    .allSatisfy(t -> assertThat(t.containsKey("escalation")).isTrue());
            JsonObject sentBack = tasks.stream().filter(t -> t.getString("state").equals("SENT_BACK")).findFirst().orElseThrow();
            assertThat(sentBack.getJsonArray("verifications").getJsonObject(0).getString("reason")).isNotBlank();
        }
    }

    /** The demo loads in the background after the grids, events and party records. */
    private static JsonObject waitForNotice(GridCalls api, Person auditor, String district) {
        Supplier<JsonObject> read = () -> api.call(auditor, Request.of("GET", "/api/v1/assessment/notices").query("area", district)
                .query("state", "PUBLISHED"), 200, "notices");
        return await("the demo's notice of " + district + " and its supervision tasks").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(2))
                .until(read::get, notices -> !notices.getJsonArray("items").isEmpty() && tasksLoaded(api, auditor, district));
    }

    private static boolean tasksLoaded(GridCalls api, Person auditor, String district) {
        return !api.call(auditor, Request.of("GET", "/api/v1/assessment/overdue-supervision-tasks").query("area", district), 200,
                "overdue").getJsonArray("items").isEmpty();
    }
}
