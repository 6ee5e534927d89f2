package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.adapters.plugins.ProgrammeRunner;
import org.shizhi.domain.programme.model.RunStatus;
import org.shizhi.domain.shared.Role;

/**
 * 平安夜访 over HTTP on the started platform: Zhanjiang's night-visit programme runs on a test clock and plans a task
 * for the cadre on a grid; the cadre lists the evening's tasks, records what two residents raised — a broken light
 * (a grid event) and a boundary quarrel (a dispute) — and the task links to the event and the dispute, which exist
 * and say where they came from. Recording the dispute again opens no second one; bad input names its field; someone
 * other than the cadre is refused.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:night-visit-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class NightVisitHttpTest {

    /** 湛江 赤坎区 a community of the demo area tree, its street, and Tuesday 10 November 2026 19:31 in Zhanjiang. */
    private static final String COMMUNITY = "440802005002";
    private static final Instant TUESDAY_EVENING = Instant.parse("2026-11-10T11:31:00Z");
    private static final Person ADMIN = new Person("440800", "440800", Role.CITY_ADMIN);
    private static final Person STAFF = new Person("440800", COMMUNITY, Role.COMMUNITY_STAFF);
    private static final Person AUDITOR = new Person("440800", "440800", Role.AUDITOR);

    @Inject
    WebTarget target;

    @Inject
    Platform platform;

    private static String bearerOf(String member) {
        return "Bearer " + GridTokens.tokenOf(member, "440800", COMMUNITY, Role.GRID_WORKER);
    }

    private static JsonObject body(Response response, int status, String what) {
        return GridCalls.expect(response, status, what);
    }

    private static final String DISPUTE_FINDING = """
            {"kind":"DISPUTE","category":"DISPUTE","text":"陈、林两户因宅基地边界争执多年，近日发生推搡。",
             "resident":{"name":"陈某"},
             "dispute":{"type":"PROPERTY_LAND","parties":[{"kind":"PERSON","role":"APPLICANT","name":"陈某"},
               {"kind":"PERSON","role":"RESPONDENT","name":"林某"}],"claims":"重新确认宅基地边界。","peopleInvolved":6,
               "risk":{"level":"LOW","reasons":[]}}}""";

    @Test
    void aNightVisitsFindingsBecomeAnEventAndADisputeThatLinkBack() {
        GridCalls api = new GridCalls(target);
        api.call(ADMIN, Request.of("POST", "/api/v1/mediation-centres").body("{\"areaCode\":\"" + COMMUNITY
                + "\",\"name\":\"夜访社区调委会\",\"mediators\":[{\"id\":\"test-mediator\",\"name\":\"刘调解\"}]}"), 201, "register centre");
        String grid = api.createGrid(ADMIN, COMMUNITY, "GENERAL", "夜访网格", null);
        String member = api.step(STAFF, Request.of("POST", "/api/v1/grids/" + grid + "/members").ifMatch(api.gridETag(STAFF, grid))
                .body("{\"post\":\"TOWN_LEADER\",\"name\":\"周镇长\",\"contact\":\"13812345678\"}"), 201, "assign cadre")
                .body().getString("memberId");

        Clock tuesday = Clock.fixed(TUESDAY_EVENING, ZoneOffset.UTC);
        var db = platform.database();
        ProgrammeRunner runner = new ProgrammeRunner(platform.plugins(), db.programmeRuns(), db.areaRepository(), db.gridRepository(),
                db.visitTasks(), platform.weeklyDigestService(), db.digestRecords(), tuesday);
        List<ProgrammeRunner.Ran> ran = runner.runDue();
        assertThat(ran).filteredOn(r -> r.programme().equals("zhanjiang.night-visit")).singleElement()
                .satisfies(r -> assertThat(r.status()).as(r.summary()).isEqualTo(RunStatus.SUCCEEDED));

        JsonObject page = api.call(STAFF, Request.of("GET", "/api/v1/areas/" + COMMUNITY + "/visit-tasks").query("day", "2026-11-10"),
                200, "list visit tasks");
        JsonObject task = page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("memberId").equals(member)).findFirst().orElseThrow(() ->
                        new AssertionError("no visit task for the cadre among " + page));
        assertThat(task.getString("gridCode")).isEqualTo(grid);
        assertThat(task.getString("post")).isEqualTo("TOWN_LEADER");
        String taskPath = "/api/v1/visit-tasks/" + task.getString("id");

        Response event = api.send(Request.of("POST", taskPath + "/findings").header("Idempotency-Key", "light-1")
                .body("{\"kind\":\"GRID_EVENT\",\"category\":\"SERVICE_REQUEST\",\"text\":\"村口路灯坏了两周\","
                        + "\"resident\":{\"name\":\"李大爷\",\"phone\":\"13912345678\"}}"), bearerOf(member));
        assertThat(event.getHeaderString("Location")).endsWith(taskPath);
        JsonObject eventFinding = body(event, 201, "record event finding");
        Response dispute = api.send(Request.of("POST", taskPath + "/findings").header("Idempotency-Key", "quarrel-1")
                .body(DISPUTE_FINDING), bearerOf(member));
        JsonObject disputeFinding = body(dispute, 201, "record dispute finding");

        JsonObject read = api.call(AUDITOR, Request.of("GET", taskPath), 200, "read task");
        assertThat(read.getJsonArray("findings")).hasSize(2);
        JsonObject first = read.getJsonArray("findings").getJsonObject(0);
        JsonObject second = read.getJsonArray("findings").getJsonObject(1);
        assertThat(first.getString("href")).isEqualTo("/api/v1/events/" + eventFinding.getString("eventId"));
        assertThat(second.getString("href")).isEqualTo("/api/v1/disputes/" + disputeFinding.getString("disputeId"));
        assertThat(second.containsKey("eventId")).as("a dispute finding becomes no grid event").isFalse();

        JsonObject gridEvent = api.call(AUDITOR, Request.of("GET", first.getString("href")), 200, "read event");
        assertThat(gridEvent.getString("gridCode")).isEqualTo(grid);
        assertThat(gridEvent.getString("channel")).isEqualTo("RESIDENT");
        JsonObject opened = api.call(AUDITOR, Request.of("GET", second.getString("href")), 200, "read dispute");
        assertThat(opened.getString("source")).isEqualTo("NIGHT_VISIT");
        assertThat(opened.getString("areaCode")).isEqualTo(COMMUNITY);
        assertThat(opened.getString("facts")).isEqualTo("陈、林两户因宅基地边界争执多年，近日发生推搡。");
        assertThat(opened.getJsonArray("parties")).hasSize(2);
        assertThat(opened.getString("intakeReference")).as("the dispute names the visit task it came from")
                .isEqualTo("visit-finding:" + task.getString("id") + ":quarrel-1");

        // The same finding again: the first answer, no second dispute.
        Response again = api.send(Request.of("POST", taskPath + "/findings").header("Idempotency-Key", "quarrel-1")
                .body(DISPUTE_FINDING), bearerOf(member));
        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(body(again, 201, "record the dispute finding again").getString("disputeId")).isEqualTo(disputeFinding.getString("disputeId"));
        assertThat(api.call(AUDITOR, Request.of("GET", taskPath), 200, "read task").getJsonArray("findings")).hasSize(2);

        // Bad input names the field; nothing is written.
        Response noApplicant = api.send(Request.of("POST", taskPath + "/findings").header("Idempotency-Key", "bad-1")
                .body(DISPUTE_FINDING.replace("\"role\":\"APPLICANT\"", "\"role\":\"THIRD_PARTY\"")), bearerOf(member));
        JsonObject problem = body(noApplicant, 400, "a dispute without an applicant");
        assertThat(noApplicant.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(problem.getString("field")).isEqualTo("dispute.parties");
        Response noDispute = api.send(Request.of("POST", taskPath + "/findings").header("Idempotency-Key", "bad-2")
                .body("{\"kind\":\"DISPUTE\",\"category\":\"DISPUTE\",\"text\":\"争执\",\"resident\":{\"name\":\"陈某\"}}"), bearerOf(member));
        assertThat(body(noDispute, 400, "a dispute finding without its dispute").getString("field")).isEqualTo("dispute");
        assertThat(api.call(AUDITOR, Request.of("GET", taskPath), 200, "read task").getJsonArray("findings")).hasSize(2);

        // Someone else in the community is not the task's cadre.
        Response colleague = api.send(Request.of("POST", taskPath + "/findings").body(DISPUTE_FINDING),
                "Bearer " + GridTokens.tokenOf("wang.fang", "440800", COMMUNITY, Role.GRID_WORKER));
        body(colleague, 403, "a finding by another grid worker");

        // An identity provider whose subject is an account name names the grid member in the grid_member claim.
        String account = "Bearer " + GridTokens.tokenOfMember("zhou.zhenzhang", member, "440800", COMMUNITY, Role.GRID_WORKER);
        Response byAccount = api.send(Request.of("POST", taskPath + "/findings").header("Idempotency-Key", "light-2")
                .body("{\"kind\":\"GRID_EVENT\",\"category\":\"ENVIRONMENT\",\"text\":\"河边垃圾没人清理\","
                        + "\"resident\":{\"name\":\"张阿姨\"}}"), account);
        body(byAccount, 201, "a finding by the cadre's account, named by its grid_member claim");
        Response otherMember = api.send(Request.of("POST", taskPath + "/findings").body(DISPUTE_FINDING),
                "Bearer " + GridTokens.tokenOfMember(member, "not-" + member, "440800", COMMUNITY, Role.GRID_WORKER));
        body(otherMember, 403, "a token whose grid_member names another member, though its subject is the cadre's id");
        assertThat(api.call(AUDITOR, Request.of("GET", taskPath), 200, "read task").getJsonArray("findings")).hasSize(3);
    }
}
