package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.GridCalls.Step;
import org.shizhi.domain.shared.Role;

/**
 * The dispute context over HTTP on the started platform: a full mediation with a joint consultation (3+N), an
 * agreement, judicial confirmation, the close and a follow-up; bad input answered as problem+json with nothing
 * written; versions with ETag and If-Match, and two concurrent conclusions of which exactly one passes; the grid
 * event's link to its dispute; the figures.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:dispute-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
// Chengdu's own deadlines (a per-city setting); short enough that the bundled holiday data (to 2026) covers them.
@AddConfig(key = "shizhi.dispute.510100.conclusion-days", value = "5")
@AddConfig(key = "shizhi.dispute.510100.follow-up-days", value = "5")
class DisputeHttpTest {

    private static final String ZONGFU = "510104022001";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person MEDIATOR = new Person("510100", "510104", Role.MEDIATOR);
    private static final Person MEDIATOR_WITH_PERSONAL_DATA = new Person("510100", "510104", Role.MEDIATOR, "PERSONAL_DATA");
    private static final Person WORKER = new Person("510100", ZONGFU, Role.GRID_WORKER);
    private static final Person AUDITOR = new Person("510100", "510100", Role.AUDITOR);

    @Inject
    WebTarget target;

    private GridCalls api;
    private static boolean centres;

    @BeforeEach
    void centresAtEveryLevel() {
        api = new GridCalls(target);
        if (!centres) {
            for (String[] c : List.of(new String[] {ZONGFU, "总府路社区调委会"}, new String[] {"510104022000", "春熙路街道调解中心"},
                    new String[] {"510104000000", "锦江区一站式矛盾纠纷调解中心"}, new String[] {"510100000000", "成都市矛盾纠纷多元化解中心"})) {
                api.call(ADMIN, Request.of("POST", "/api/v1/mediation-centres").body("{\"areaCode\":\"" + c[0] + "\",\"name\":\""
                        + c[1] + "\",\"mediators\":[{\"id\":\"test-mediator\",\"name\":\"刘调解\"}]}"), 201, "register centre");
            }
            centres = true;
        }
    }

    static String newDispute(String risk, String partyName, String idNumber) {
        return "{\"source\":\"WALK_IN\",\"areaCode\":\"" + ZONGFU + "\",\"type\":\"LABOUR\",\"parties\":["
                + "{\"kind\":\"PERSON\",\"role\":\"APPLICANT\",\"name\":" + (partyName == null ? "null" : "\"" + partyName + "\"")
                + ",\"idNumber\":\"" + idNumber + "\",\"phone\":\"13812345678\"},"
                + "{\"kind\":\"ORGANISATION\",\"role\":\"RESPONDENT\",\"name\":\"锦江某汽车配件厂\"}],"
                + "\"facts\":\"魏某在汽车配件厂上班时左手小指被机器压伤。\",\"claims\":\"要求赔偿医疗费2293元。\",\"amount\":2293.00,"
                + "\"risk\":{\"level\":\"" + risk + "\",\"reasons\":[\"当事人情绪激动\"]}}";
    }

    private Step open(String risk) {
        return api.step(MEDIATOR, Request.of("POST", "/api/v1/disputes").body(newDispute(risk, "魏明", "11010519491231002X")), 201, "open");
    }

    private Step change(String id, String what, String etag, String body) {
        Request request = Request.of("POST", "/api/v1/disputes/" + id + "/" + what).ifMatch(etag);
        return api.step(MEDIATOR, body == null ? request : request.body(body), 200, what);
    }

    private static void isProblem(Response response, int status, String type, String field) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject problem = GridCalls.JsonObjects.parse(body);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:" + type);
        if (field != null) {
            assertThat(problem.getString("field")).as(body).isEqualTo(field);
        }
    }

    private static final String MARKER = "坏输入测试：不应写入的纠纷";

    /** Disputes in 总府路 whose facts are the marker's (demo data may be loading beside the test). */
    private int markedDisputesInZongfu() {
        int count = 0;
        String cursor = null;
        do {
            Request request = Request.of("GET", "/api/v1/disputes").query("area", ZONGFU).query("limit", "100");
            JsonObject page = api.call(AUDITOR, cursor == null ? request : request.query("cursor", cursor), 200, "list");
            count += (int) page.getJsonArray("items").stream()
                    .filter(d -> d.asJsonObject().getString("facts").equals(MARKER)).count();
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return count;
    }

    private static String marked(String body) {
        return body.replace("魏某在汽车配件厂上班时左手小指被机器压伤。", MARKER);
    }

    @Test
    void aFullMediationWithJointConsultationAgreementAndFollowUp() {
        Step s = open("HIGH");
        String id = s.body().getJsonObject("dispute").getString("id");
        assertThat(s.body().getJsonObject("dispute").getString("centre")).as("HIGH goes to the district's centre").isEqualTo("510104000000");
        assertThat(s.body().getJsonObject("dispute").getJsonArray("parties").getJsonObject(0).getString("name"))
                .as("masked without PERSONAL_DATA").isEqualTo("魏*");
        assertThat(actions(s.body().getJsonObject("dispute"))).as("the mediator's steps on an opened dispute")
                .containsExactly("ACCEPT", "ESCALATE", "CHANGE_CHANNEL", "CONCLUDE");
        s = change(id, "accept", s.etag(), "{\"remark\":\"收案\"}");
        assertThat(actions(s.body().getJsonObject("dispute"))).as("once accepted")
                .containsExactly("ESCALATE", "CHANGE_CHANNEL", "HOLD_SESSION", "CONVENE", "CONCLUDE");
        assertThat(actions(api.call(AUDITOR, Request.of("GET", "/api/v1/disputes/" + id), 200, "auditor's read")))
                .as("an auditor reads the dispute and may take no step").isEmpty();
        s = change(id, "channel", s.etag(), "{\"channel\":\"ADMINISTRATIVE\",\"reason\":\"涉及劳动监察\"}");
        s = change(id, "sessions", s.etag(), "{\"heldOn\":\"2025-09-26\",\"mediators\":[\"test-mediator\"],\"attendees\":[\"魏明\"],"
                + "\"notes\":\"双方陈述\"}");
        assertThat(s.body().getJsonObject("dispute").getString("state")).isEqualTo("IN_MEDIATION");
        Response early = api.send(Request.of("POST", "/api/v1/disputes/" + id + "/outcome").ifMatch(s.etag())
                .body("{\"kind\":\"AGREEMENT\",\"terms\":\"赔偿\",\"signatories\":[\"魏明\"]}"), MEDIATOR.bearer());
        isProblem(early, 409, "conflict", "consultation");
        s = change(id, "consultation", s.etag(), "{\"bodies\":[\"GRID_WORKER\"]}");
        assertThat(s.body().getJsonObject("dispute").getJsonObject("consultation").getJsonArray("bodies")).hasSize(4);
        for (String body : List.of("PEOPLES_COURT", "POLICE_STATION", "JUDICIAL_OFFICE", "GRID_WORKER")) {
            s = change(id, "consultation/opinions", s.etag(), "{\"body\":\"" + body + "\",\"opinion\":\"同意调解方案\"}");
        }
        s = change(id, "consultation/conclusion", s.etag(), "{\"conclusion\":\"一致同意由厂方赔偿\"}");
        s = change(id, "outcome", s.etag(), "{\"kind\":\"AGREEMENT\",\"terms\":\"厂方一次性支付医药费2293元\","
                + "\"obligations\":[{\"description\":\"支付医药费\",\"amount\":2293.00,\"dueOn\":\"2025-10-15\"}],"
                + "\"signatories\":[\"魏明\",\"金某\"]}");
        JsonObject concluded = s.body().getJsonObject("dispute");
        assertThat(concluded.getString("state")).isEqualTo("CONCLUDED");
        assertThat(concluded.getJsonObject("deadline").getInt("workingDays")).as("Chengdu's setting").isEqualTo(5);
        assertThat(concluded.containsKey("followUpDue")).isTrue();
        s = change(id, "judicial-confirmation", s.etag(), "{\"status\":\"REQUESTED\"}");
        s = change(id, "close", s.etag(), null);
        assertThat(s.body().getJsonObject("dispute").getString("state")).isEqualTo("CLOSED");
        s = api.step(WORKER, Request.of("POST", "/api/v1/disputes/" + id + "/follow-up").ifMatch(s.etag())
                .body("{\"result\":\"HOLDING\",\"note\":\"协议已履行\"}"), 200, "follow-up");
        assertThat(s.etag()).isEqualTo("\"14\"");
        assertThat(actions(s.body().getJsonObject("dispute"))).as("a grid worker on a closed agreement: another follow-up only")
                .containsExactly("FOLLOW_UP");
        JsonObject timeline = api.call(AUDITOR, Request.of("GET", "/api/v1/disputes/" + id + "/timeline"), 200, "timeline");
        assertThat(timeline.getJsonArray("entries")).hasSize(14);
        Response read = api.send(Request.of("GET", "/api/v1/disputes/" + id), MEDIATOR_WITH_PERSONAL_DATA.bearer());
        assertThat(read.getHeaderString("ETag")).isEqualTo("\"14\"");
        JsonObject clear = GridCalls.expect(read, 200, "read");
        assertThat(clear.getJsonArray("parties").getJsonObject(0).getString("idNumber")).isEqualTo("11010519491231002X");
        JsonObject figures = api.call(ADMIN, Request.of("GET", "/api/v1/areas/510104/dispute-figures")
                .query("from", "2024-01-01").query("to", "2030-12-31"), 200, "figures");
        assertThat(figures.getInt("resolved")).isPositive();
        assertThat(figures.getJsonNumber("followUpCoverage").doubleValue()).isPositive();
    }

    private static List<String> actions(JsonObject dispute) {
        return dispute.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        isProblem(api.send(Request.of("POST", "/api/v1/disputes").body(marked(newDispute("LOW", " ", "11010519491231002X"))),
                MEDIATOR.bearer()), 400, "invalid-value", "parties[0].name");
        isProblem(api.send(Request.of("POST", "/api/v1/disputes").body(marked(newDispute("LOW", "魏明", "110105194912310021"))),
                MEDIATOR.bearer()), 400, "invalid-value", "parties[0].idNumber");
        isProblem(api.send(Request.of("POST", "/api/v1/disputes").body(marked(newDispute("LOW", null, "11010519491231002X"))),
                MEDIATOR.bearer()), 400, "invalid-value", "parties[0].name");
        assertThat(markedDisputesInZongfu()).as("nothing written").isZero();
        Step s = open("LOW");
        String id = s.body().getJsonObject("dispute").getString("id");
        s = change(id, "accept", s.etag(), null);
        isProblem(api.send(Request.of("POST", "/api/v1/disputes/" + id + "/outcome").ifMatch(s.etag())
                .body("{\"kind\":\"AGREEMENT\",\"signatories\":[\"魏明\"]}"), MEDIATOR.bearer()), 400, "invalid-value", "terms");
        isProblem(api.send(Request.of("POST", "/api/v1/disputes/" + id + "/close").ifMatch(s.etag()), MEDIATOR.bearer()),
                409, "conflict", "outcome");
        isProblem(api.send(Request.of("POST", "/api/v1/disputes/" + id + "/close"), MEDIATOR.bearer()), 428, "precondition-required", null);
        isProblem(api.send(Request.of("POST", "/api/v1/disputes/" + id + "/close").ifMatch("\"1\""), MEDIATOR.bearer()),
                412, "stale-version", null);
        JsonObject after = api.call(AUDITOR, Request.of("GET", "/api/v1/disputes/" + id), 200, "read");
        assertThat(after.getString("state")).as("no refusal changed it").isEqualTo("ACCEPTED");
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(2);
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/disputes/" + id + "/timeline"), 200, "timeline")
                .getJsonArray("entries")).hasSize(2);
    }

    @Test
    void twoConcurrentConclusionsExactlyOnePassesTheOtherGets412() throws Exception {
        Step s = open("LOW");
        String id = s.body().getJsonObject("dispute").getString("id");
        String etag = change(id, "accept", s.etag(), null).etag();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String reason = "申请人撤回 " + i;
            statuses.add(pool.submit(() -> {
                go.await();
                Response r = api.send(Request.of("POST", "/api/v1/disputes/" + id + "/outcome").ifMatch(etag)
                        .body("{\"kind\":\"WITHDRAWAL\",\"reason\":\"" + reason + "\"}"), MEDIATOR.bearer());
                int status = r.getStatus();
                if (status == 412) {
                    isProblem(r, 412, "stale-version", null);
                } else {
                    r.readEntity(String.class);
                }
                return status;
            }));
        }
        go.countDown();
        List<Integer> got = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            got.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdownNow();
        assertThat(got).as("exactly one conclusion succeeds, the other is told its version is stale").containsExactlyInAnyOrder(200, 412);
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/disputes/" + id + "/timeline"), 200, "timeline")
                .getJsonArray("entries")).as("one conclusion recorded").hasSize(3);
    }

    @Test
    void aDisputeOpenedFromAGridEventIsShownByTheEvent() {
        String grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "总府路纠纷网格", null);
        String event = api.report(WORKER, grid, "两户邻居因楼上漏水争吵");
        isProblem(api.send(Request.of("GET", "/api/v1/events/" + event + "/dispute"), AUDITOR.bearer()), 404, "not-found", null);
        String body = newDispute("LOW", "魏明", "11010519491231002X").replace("\"source\":\"WALK_IN\"",
                "\"source\":\"GRID_EVENT\",\"gridEventId\":\"" + event + "\"");
        String id = api.call(WORKER, Request.of("POST", "/api/v1/disputes").body(body), 201, "open from event")
                .getJsonObject("dispute").getString("id");
        JsonObject linked = api.call(AUDITOR, Request.of("GET", "/api/v1/events/" + event + "/dispute"), 200, "event's dispute");
        assertThat(linked.getString("id")).isEqualTo(id);
        assertThat(linked.getString("gridEventId")).isEqualTo(event);
    }

    @Test
    void theCitysTypesAndCentresAreListed() {
        JsonObject types = api.call(WORKER, Request.of("GET", "/api/v1/dispute-types"), 200, "types");
        assertThat(types.getJsonArray("items").size()).isGreaterThanOrEqualTo(14);
        JsonObject list = api.call(WORKER, Request.of("GET", "/api/v1/areas/510104/mediation-centres"), 200, "centres");
        assertThat(list.getJsonArray("items").size()).isGreaterThanOrEqualTo(3);
    }
}
