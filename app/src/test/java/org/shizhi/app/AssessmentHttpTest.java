package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * Assessment over HTTP on the started platform, with the shipped default schemes (no plugin involved): an event closed
 * with a satisfied verdict in 总府路 shows in 春熙路街道's breakdown, raw and adjusted; every street of 锦江区 is ranked;
 * a re-run is the next version and the earlier one stays; a run given again with its Idempotency-Key is the same
 * version; bad input is problem+json naming the field and stores nothing.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:assessment-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "false")
@AddConfig(key = "mp.config.profile", value = "embedded")
// A scheme every street has a value for (a count of petitions is 0 without any): the notice test's units are judged.
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.name", value = "信访积案季度考核")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.units", value = "STREET")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.cadence", value = "QUARTERLY")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.item.petition-backlog", value = "100, 5, 0")
class AssessmentHttpTest {

    private static final String ZONGFU = "510104022001";
    private static final String CHUNXI_STREET = "510104022000";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person OFFICER = new Person("510100", "510104", Role.STREET_OFFICER);
    private static final Person AUDITOR = new Person("510100", "510100", Role.AUDITOR);
    private static final Person STAFF = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
    private static final Person WORKER = new Person("510100", ZONGFU, Role.GRID_WORKER);

    @Inject
    WebTarget target;

    private GridCalls api;
    private static boolean areas;

    /** The city, 锦江区, two of its streets and a community of one of them (no demo data here). */
    @BeforeEach
    void twoStreets() {
        api = new GridCalls(target);
        if (!areas) {
            api.call(ADMIN, Request.of("POST", "/api/v1/areas").body("{\"areas\":[{\"code\":\"510100000000\",\"name\":\"成都市\"},"
                    + "{\"code\":\"510104000000\",\"name\":\"锦江区\"},{\"code\":\"" + CHUNXI_STREET
                    + "\",\"name\":\"春熙路街道\"},{\"code\":\"510104019000\",\"name\":\"书院街街道\"},{\"code\":\"" + ZONGFU
                    + "\",\"name\":\"总府路社区\"}]}"), 201, "register areas");
            areas = true;
        }
    }

    /** The quarter running now in China: the events written by this test close in it. */
    private static String thisQuarter() {
        return AssessmentPeriod.containing(AssessmentPeriod.Cadence.QUARTERLY, LocalDate.now(WorkingTime.ZONE)).toString();
    }

    private static Request run(String scheme, String area, String period) {
        return Request.of("POST", "/api/v1/assessment/schemes/" + scheme + "/runs")
                .body("{\"area\":\"" + area + "\",\"period\":\"" + period + "\"}");
    }

    private static void isProblem(Response response, int status, String field) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        if (field != null) {
            assertThat(GridCalls.JsonObjects.parse(body).getString("field")).as(body).isEqualTo(field);
        }
    }

    private static JsonObject unit(JsonObject result, String key) {
        return result.getJsonArray("units").getValuesAs(JsonObject.class).stream().filter(u -> u.getString("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError(key + " is not among the units of " + result));
    }

    private static JsonObject line(JsonObject unit, String indicator) {
        return unit.getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> l.getString("indicator").equals(indicator))
                .findFirst().orElseThrow(() -> new AssertionError(indicator + " is not in the breakdown of " + unit));
    }

    @Test
    void theIndicatorsAndTheDefaultSchemesAreListed() {
        JsonObject indicators = api.call(AUDITOR, Request.of("GET", "/api/v1/assessment/indicators"), 200, "indicators");
        assertThat(indicators.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("id"))
                .contains("event-closure-rate", "resident-satisfaction", "summons-lateness", "petition-backlog", "topics-closed-with-feedback",
                        "disclosure-coverage", "worker-on-time-resolution", "worker-satisfaction", "worker-events-found", "worker-events-handled",
                        "worker-visits", "worker-training-hours", "summons-answer-rate", "summons-on-time-answer-rate",
                        "summons-arrival-rate").hasSize(25);
        JsonObject schemes = api.call(OFFICER, Request.of("GET", "/api/v1/assessment/schemes"), 200, "schemes");
        List<JsonObject> items = schemes.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(s -> s.getString("id")).contains("street-quarterly", "community-monthly", "department-monthly",
                "grid-worker-monthly");
        JsonObject street = items.stream().filter(s -> s.getString("id").equals("street-quarterly")).findFirst().orElseThrow();
        assertThat(street.getString("units")).isEqualTo("STREET");
        assertThat(street.containsKey("city")).as("a default every city has").isFalse();
    }

    @Test
    void aRunRanksEveryStreetWithItsBreakdownAndIsStoredAsAVersion() {
        String grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "考核网格", null);
        String event = api.report(WORKER, grid, "总府路8号楼道灯坏了，夜间出行不便");
        String accepted = api.transition(STAFF, event, "accept", "\"1\"", null);
        String resolved = api.transition(WORKER, event, "resolve", accepted, "{\"resolution\":\"已更换灯泡\"}");
        api.step(WORKER, Request.of("POST", "/api/v1/events/" + event + "/verdict").ifMatch(resolved)
                .body("{\"satisfaction\":5,\"comment\":\"满意\"}"), 200, "verdict");
        String quarter = thisQuarter();

        Response created = api.send(run("street-quarterly", "510104", quarter), OFFICER.bearer());
        JsonObject first = GridCalls.expect(created, 201, "run");
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(created.getLocation().getPath())
                .isEqualTo("/api/v1/assessment/schemes/street-quarterly/results/510104000000/" + quarter + "/versions/1");
        List<JsonObject> units = first.getJsonArray("units").getValuesAs(JsonObject.class);
        assertThat(units).as("both streets of 锦江区, in rank order").extracting(u -> u.getString("key"))
                .containsExactlyInAnyOrder(CHUNXI_STREET, "510104019000");
        assertThat(units).extracting(u -> u.getInt("rank")).containsExactly(1, 2);
        JsonObject chunxi = unit(first, CHUNXI_STREET);
        JsonObject satisfaction = line(chunxi, "resident-satisfaction");
        assertThat(satisfaction.getJsonNumber("numerator").longValue()).isEqualTo(1);
        assertThat(satisfaction.getJsonNumber("denominator").longValue()).isEqualTo(1);
        assertThat(satisfaction.getJsonNumber("raw").doubleValue()).isEqualTo(1.0);
        assertThat(satisfaction.getJsonNumber("adjusted").doubleValue()).as("1 of 1 by its Wilson lower bound")
                .isBetween(0.20, 0.21);
        assertThat(line(chunxi, "dispute-resolution-rate").containsKey("raw")).as("no dispute: no value, not 0").isFalse();

        JsonObject second = api.call(ADMIN, run("street-quarterly", "510104", quarter), 201, "re-run");
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/assessment/schemes/street-quarterly/results/510104/" + quarter), 200,
                "latest").getInt("version")).isEqualTo(2);
        JsonObject v1 = api.call(AUDITOR, Request.of("GET", "/api/v1/assessment/schemes/street-quarterly/results/510104000000/"
                + quarter + "/versions/1"), 200, "version 1");
        assertThat(v1.getString("ranAt")).isEqualTo(first.getString("ranAt"));
        assertThat(v1.getJsonArray("units")).isEqualTo(first.getJsonArray("units"));
    }

    @Test
    void aCityWithNoPluginIsAssessedInFullByTheBuiltInIndicatorsAndTheDefaultScheme() {
        // 武汉 (420100) enables no plugin: its own plugin assessment is empty, the built-ins and defaults are all there.
        Person admin = new Person("420100", "420100", Role.CITY_ADMIN);
        Person worker = new Person("420100", "420102001001", Role.GRID_WORKER);
        Person staff = new Person("420100", "420102001001", Role.COMMUNITY_STAFF);
        api.call(admin, Request.of("POST", "/api/v1/areas").body("{\"areas\":[{\"code\":\"420100000000\",\"name\":\"武汉市\"},"
                + "{\"code\":\"420102000000\",\"name\":\"江岸区\"},{\"code\":\"420102001000\",\"name\":\"大智街道\"},"
                + "{\"code\":\"420102002000\",\"name\":\"一元街道\"},{\"code\":\"420102001001\",\"name\":\"民意社区\"}]}"), 201,
                "register areas");
        String grid = api.createGrid(admin, "420102001001", "GENERAL", "民意一网格", null);
        String event = api.report(worker, grid, "民意社区3栋楼道堆放杂物，影响消防通道");
        String accepted = api.transition(staff, event, "accept", "\"1\"", null);
        String resolved = api.transition(worker, event, "resolve", accepted, "{\"resolution\":\"已清理杂物\"}");
        api.step(worker, Request.of("POST", "/api/v1/events/" + event + "/verdict").ifMatch(resolved)
                .body("{\"satisfaction\":5,\"comment\":\"及时\"}"), 200, "verdict");
        String quarter = thisQuarter();

        JsonObject plugins = api.call(admin, Request.of("GET", "/api/v1/areas/420102/assessment").query("period", quarter), 200,
                "plugin assessment");
        assertThat(plugins.getJsonArray("schemes")).as("no plugin, no plugin scheme").isEmpty();
        assertThat(api.call(admin, Request.of("GET", "/api/v1/assessment/schemes"), 200, "schemes").getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(i -> i.getString("id"))
                .contains("street-quarterly", "community-monthly", "department-monthly");

        JsonObject result = api.call(admin, run("street-quarterly", "420102", quarter), 201, "run");
        List<JsonObject> units = result.getJsonArray("units").getValuesAs(JsonObject.class);
        assertThat(units).extracting(u -> u.getString("key")).containsExactlyInAnyOrder("420102001000", "420102002000");
        assertThat(units).allSatisfy(u -> assertThat(u.getJsonArray("lines")).as("every item of the default scheme").hasSize(13));
        JsonObject dazhi = unit(result, "420102001000");
        JsonObject satisfaction = line(dazhi, "resident-satisfaction");
        assertThat(satisfaction.getJsonNumber("numerator").longValue()).isEqualTo(1);
        assertThat(satisfaction.getJsonNumber("denominator").longValue()).isEqualTo(1);
        assertThat(line(dazhi, "event-on-time-closure-rate").getJsonNumber("raw").doubleValue()).isEqualTo(1.0);
        assertThat(dazhi.getJsonNumber("coverage").doubleValue()).as("satisfaction 15, on time 10, median 5, branch coverage 5"
                + " (a grid, no branch), backlog 5 of 100; the closure rate waits for deadlines yet to come").isEqualTo(0.40);
        assertThat(dazhi.getBoolean("sufficientCoverage")).isFalse();
        JsonObject yiyuan = unit(result, "420102002000");
        assertThat(yiyuan.getJsonNumber("coverage").doubleValue()).as("一元街道: only its backlog of 0").isEqualTo(0.05);
        assertThat(yiyuan.getBoolean("sufficientCoverage")).isFalse();
    }

    @Test
    void aRunGivenAgainWithItsKeyIsTheSameVersion() {
        Request once = run("department-monthly", "510104", AssessmentPeriod.containing(AssessmentPeriod.Cadence.MONTHLY,
                LocalDate.now(WorkingTime.ZONE)).toString()).header("Idempotency-Key", "assessment-http-once");
        JsonObject first = api.call(ADMIN, once, 201, "run");
        Response again = api.send(once, ADMIN.bearer());
        JsonObject replayed = GridCalls.expect(again, 201, "run again");
        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.getInt("version")).isEqualTo(first.getInt("version"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsStored() {
        isProblem(api.send(run("street-quarterly", "510104", "2025-11"), ADMIN.bearer()), 400, "period");
        isProblem(api.send(run("street-quarterly", "5101", "2025-Q4"), ADMIN.bearer()), 400, "area");
        isProblem(api.send(run("street-quarterly", "510104022000", "2025-Q4"), ADMIN.bearer()), 400, "area");
        isProblem(api.send(run("street-quarterly", "510104", "2025-Q5"), ADMIN.bearer()), 400, "period");
        isProblem(api.send(run("no-such-scheme", "510104", "2025-Q4"), ADMIN.bearer()), 404, null);
        isProblem(api.send(run("street-quarterly", "510104", "2025-Q4"), AUDITOR.bearer()), 403, null);
        isProblem(api.send(run("street-quarterly", "510107", "2025-Q4"), OFFICER.bearer()), 404, null);
        isProblem(api.send(Request.of("GET", "/api/v1/assessment/schemes/street-quarterly/results/510104000000/2025-Q4"),
                AUDITOR.bearer()), 404, null);
    }
    @Test
    void aNoticeIsDraftedFromAResultPublishedByTheCityAndThenFinal() {
        // The quarter before this one: the other tests' runs of this quarter keep their versions.
        String quarter = AssessmentPeriod.containing(AssessmentPeriod.Cadence.QUARTERLY, LocalDate.now(WorkingTime.ZONE).minusMonths(3))
                .toString();
        JsonObject thin = api.call(ADMIN, run("street-quarterly", "510104", quarter), 201, "run");
        assertThat(thin.getJsonArray("units").getValuesAs(JsonObject.class)).as("nothing but a backlog of 0 (5 of 100 weights)")
                .allSatisfy(u -> assertThat(u.getBoolean("sufficientCoverage")).isFalse());
        isProblem(api.send(Request.of("POST", "/api/v1/assessment/schemes/street-quarterly/results/510104000000/" + quarter
                + "/notices").body("{\"bottom\":1,\"top\":1}"), OFFICER.bearer()), 400, "bottom");
        api.call(ADMIN, run("backlog-quarterly", "510104", quarter), 201, "run");
        String notices = "/api/v1/assessment/schemes/backlog-quarterly/results/510104000000/" + quarter + "/notices";
        isProblem(api.send(Request.of("POST", notices).body("{\"bottom\":2,\"top\":1}"), OFFICER.bearer()), 400, "bottom");

        Response drafted = api.send(Request.of("POST", notices).body("{\"bottom\":1,\"top\":1}"), OFFICER.bearer());
        JsonObject draft = GridCalls.expect(drafted, 201, "draft");
        String id = draft.getString("id");
        assertThat(drafted.getLocation().getPath()).isEqualTo("/api/v1/assessment/notices/" + id);
        assertThat(draft.getBoolean("published")).isFalse();
        List<JsonObject> entries = draft.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("kind")).containsExactly("COMMEND", "CRITICISE");
        assertThat(entries).extracting(e -> e.getJsonObject("unit").getInt("rank")).containsExactly(1, 2);
        assertThat(entries.getFirst().getJsonObject("unit").getJsonArray("lines")).as("the breakdown as evidence").hasSize(1);

        isProblem(api.send(Request.of("POST", "/api/v1/assessment/notices/" + id + "/publication"), OFFICER.bearer()), 403, null);
        JsonObject published = api.call(ADMIN, Request.of("POST", "/api/v1/assessment/notices/" + id + "/publication"), 200, "publish");
        assertThat(published.getBoolean("published")).isTrue();
        assertThat(published.getJsonArray("entries")).isEqualTo(draft.getJsonArray("entries"));
        isProblem(api.send(Request.of("POST", "/api/v1/assessment/notices/" + id + "/publication"), ADMIN.bearer()), 409, "notice");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/assessment/notices/" + id), 200, "read")).isEqualTo(published);
    }

    @Test
    void aWorkerWhoseTokenNamesTheirGridMemberIsOneAssessedUnitForTheirEventsAndTraining() {
        // The account li.na@sso, whose token's grid_member claim names her grid member id, reports an event by the
        // grid-worker channel and resolves it; the community's staff record 2 hours of her training. This month's
        // grid-worker run has one unit for her, keyed by the member id: 1 found, 1 handled, 20 tenths of training.
        String grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "身份统一网格", null);
        String member = api.assignMember(STAFF, grid).body().getString("memberId");
        String liNa = "Bearer " + GridTokens.tokenOfMember("li.na@sso", member, "510100", ZONGFU, Role.GRID_WORKER);
        String event = GridCalls.expect(api.send(Request.of("POST", "/api/v1/events").body("{\"gridCode\":\"" + grid
                + "\",\"category\":\"ENVIRONMENT\",\"text\":\"总府路12号门前垃圾堆放\",\"channel\":\"GRID_WORKER\","
                + "\"reporter\":{\"name\":\"李娜\"}}"), liNa), 201, "report as the worker").getJsonObject("event").getString("id");
        String accepted = api.transition(STAFF, event, "accept", "\"1\"", null);
        GridCalls.expect(api.send(Request.of("POST", "/api/v1/events/" + event + "/resolve").ifMatch(accepted)
                .body("{\"resolution\":\"已清运\"}"), liNa), 200, "resolve as the worker");
        String today = LocalDate.now(WorkingTime.ZONE).toString();
        api.call(STAFF, Request.of("POST", "/api/v1/grids/" + grid + "/members/" + member + "/trainings")
                .body("{\"course\":\"网格员业务培训\",\"attendedOn\":\"" + today + "\",\"hours\":2}"), 201, "record a training");
        String month = AssessmentPeriod.containing(AssessmentPeriod.Cadence.MONTHLY, LocalDate.now(WorkingTime.ZONE)).toString();

        JsonObject result = api.call(ADMIN, run("grid-worker-monthly", CHUNXI_STREET, month), 201, "run");

        assertThat(result.getJsonArray("units").getValuesAs(JsonObject.class)).extracting(u -> u.getString("key"))
                .as("never the account").doesNotContain("li.na@sso");
        JsonObject her = unit(result, member);
        assertThat(line(her, "worker-events-found").getJsonNumber("numerator").longValue()).isEqualTo(1);
        assertThat(line(her, "worker-events-handled").getJsonNumber("numerator").longValue()).isEqualTo(1);
        assertThat(line(her, "worker-training-hours").getJsonNumber("numerator").longValue()).as("2 hours in tenths").isEqualTo(20);
    }
}
