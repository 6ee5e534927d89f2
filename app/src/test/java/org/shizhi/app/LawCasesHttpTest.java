package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.GridCalls.Step;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.law.service.LawService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The law operations beyond a petition's main path, on the started platform: legal aid assigned to a lawyer within
 * their caseload and closed; 领导包案, a dispute opened or joined from a petition, repeats and reopening; enforcement
 * supervision from complaint to review and the overdue list; law publicity; a regulation registered, read, amended and
 * repealed. Bad input is problem+json naming the field with nothing written; reads of people in clear are audited with
 * their Access-Purpose.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:law-cases-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "false")
@AddConfig(key = "mp.config.profile", value = "embedded")
class LawCasesHttpTest {

    private static final String ZONGFU = "510104022001";
    private static final Person STAFF = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
    private static final Person OFFICER = new Person("510100", "510104", Role.STREET_OFFICER);
    private static final Person OFFICER_WITH_PERSONAL_DATA = new Person("510100", "510104", Role.STREET_OFFICER, "PERSONAL_DATA");
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person AUDITOR = new Person("510100", "510100", Role.AUDITOR);

    @Inject
    WebTarget target;

    @Inject
    Platform platform;

    private GridCalls api;

    @BeforeEach
    void calls() {
        api = new GridCalls(target);
    }

    private static void isProblem(Response response, int status, String type, String field) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject problem = GridCalls.JsonObjects.parse(body);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:" + type);
        assertThat(problem.getString("field")).as(body).isEqualTo(field);
    }

    private static List<String> strings(JsonObject page, String member) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString(member)).toList();
    }

    // Legal aid

    private Step grantedApplication() {
        Step applied = api.step(STAFF, Request.of("POST", "/api/v1/legal-aid-applications").body("{\"areaCode\":\"" + ZONGFU
                + "\",\"applicant\":{\"name\":\"魏明\",\"phone\":\"13812345678\"},\"matter\":\"拖欠工资\",\"category\":\"LABOUR_REMUNERATION\","
                + "\"receivedOn\":\"2025-09-26\"}"), 201, "apply");
        return api.step(OFFICER, Request.of("POST", "/api/v1/legal-aid-applications/" + applied.body().getString("id") + "/decision")
                .ifMatch(applied.etag()).body("{\"granted\":true}"), 200, "grant");
    }

    private Response assign(Step application, String lawyer) {
        return api.send(Request.of("POST", "/api/v1/legal-aid-applications/" + application.body().getString("id") + "/assignment")
                .ifMatch(application.etag()).body("{\"centre\":\"http-legal-aid\",\"lawyer\":\"" + lawyer + "\"}"), OFFICER.bearer());
    }

    @Test
    void lawyersNamesAreMaskedWithoutThePrivilegeAndAClearReadIsAudited() {
        api.call(ADMIN, Request.of("PUT", "/api/v1/legal-aid-centres/http-masked-aid").body("{\"areaCode\":\"510104\","
                + "\"name\":\"锦江区第二法律援助中心\",\"lawyers\":[{\"id\":\"http-ouyang\",\"name\":\"欧阳律师\",\"capacity\":2}]}"), 200,
                "register centre");
        JsonObject masked = api.call(STAFF, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/legal-aid-centres"), 200, "centres");
        assertThat(masked.toString()).contains("欧***").doesNotContain("欧阳律师");
        JsonObject clear = api.call(OFFICER_WITH_PERSONAL_DATA, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/legal-aid-centres"), 200,
                "centres clear");
        assertThat(clear.toString()).contains("欧阳律师");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", "http-masked-aid"), 200, "audit")
                .getJsonArray("items")).as("the clear read is audited").isNotEmpty();
    }

    private int caseload(String lawyer) {
        JsonObject centres = api.call(STAFF, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/legal-aid-centres"), 200, "centres");
        return centres.getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("code").equals("http-legal-aid"))
                .flatMap(c -> c.getJsonArray("lawyers").stream().map(JsonValue::asJsonObject))
                .filter(l -> l.getString("id").equals(lawyer)).findFirst().orElseThrow().getInt("caseload");
    }

    @Test
    void aGrantedApplicationGoesToALawyerWithinTheirCaseloadAndClosingItFreesThem() {
        isProblem(api.send(Request.of("PUT", "/api/v1/legal-aid-centres/http-legal-aid").body("{\"areaCode\":\"510104\",\"name\":\"锦江区法律援助中心\","
                + "\"lawyers\":[{\"id\":\"http-li\",\"name\":\"李律师\",\"capacity\":0}]}"), ADMIN.bearer()), 400, "invalid-value", "lawyers[0].capacity");
        JsonObject centre = api.call(ADMIN, Request.of("PUT", "/api/v1/legal-aid-centres/http-legal-aid").body("{\"areaCode\":\"510104\","
                + "\"name\":\"锦江区法律援助中心\",\"lawyers\":[{\"id\":\"http-li\",\"name\":\"李律师\",\"capacity\":1},"
                + "{\"id\":\"http-zhou\",\"name\":\"周律师\",\"capacity\":3}]}"), 200, "register centre");
        assertThat(centre.getInt("capacity")).isEqualTo(4);
        assertThat(caseload("http-li")).isZero();

        Step first = grantedApplication();
        Step assigned = stepOf(assign(first, "http-li"), 200, "assign");
        assertThat(assigned.body().getString("state")).isEqualTo("ASSIGNED");
        assertThat(assigned.body().getString("lawyer")).isEqualTo("http-li");
        assertThat(caseload("http-li")).isEqualTo(1);

        Step second = grantedApplication();
        isProblem(assign(second, "http-li"), 409, "conflict", "lawyer");
        isProblem(assign(second, "nobody"), 400, "invalid-value", "lawyer");
        assertThat(api.call(STAFF, Request.of("GET", "/api/v1/legal-aid-applications/" + second.body().getString("id")), 200, "read")
                .getString("state")).as("a refused assignment writes nothing").isEqualTo("GRANTED");

        String closure = "/api/v1/legal-aid-applications/" + first.body().getString("id") + "/closure";
        isProblem(api.send(Request.of("POST", closure).ifMatch(assigned.etag()).body("{\"result\":\"调解结案\"}"), OFFICER.bearer()),
                400, "invalid-value", "satisfaction");
        Step closed = api.step(OFFICER, Request.of("POST", closure).ifMatch(assigned.etag())
                .body("{\"result\":\"用人单位支付全部工资\",\"satisfaction\":\"SATISFIED\"}"), 200, "close");
        assertThat(closed.body().getString("state")).isEqualTo("CLOSED");
        assertThat(closed.body().getString("satisfaction")).isEqualTo("SATISFIED");
        assertThat(caseload("http-li")).as("the closed case no longer counts").isZero();
        stepOf(assign(second, "http-li"), 200, "assign the second now");
    }

    @Test
    void theOverdueDecisionsAreListedEarliestFirstAndAClearReadIsAuditedWithItsPurpose() {
        String id = api.call(STAFF, Request.of("POST", "/api/v1/legal-aid-applications").body("{\"areaCode\":\"" + ZONGFU
                + "\",\"applicant\":{\"name\":\"逾期甲\"},\"matter\":\"赡养费\",\"category\":\"FAMILY_SUPPORT\",\"receivedOn\":\"2025-03-03\"}"),
                201, "apply").getString("id");
        JsonObject page = GridCalls.expect(api.send(Request.of("GET", "/api/v1/legal-aid-overdue").query("area", "510104").query("limit", "100")
                .header("Access-Purpose", "overdue-review"), OFFICER_WITH_PERSONAL_DATA.bearer()), 200, "overdue");
        assertThat(strings(page, "id")).contains(id);
        assertThat(page.getJsonArray("items").stream().map(v -> v.asJsonObject().getBoolean("overdue")).distinct().toList()).containsExactly(true);
        JsonObject entry = api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", id), 200, "audit")
                .getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("purpose")).isEqualTo("overdue-review");
    }

    // Petitions

    private Step receive(String repeatOf) {
        return api.step(STAFF, Request.of("POST", "/api/v1/petitions").body("{\"areaCode\":\"" + ZONGFU + "\",\"petitioner\":{\"name\":\"魏明\","
                + "\"phone\":\"13812345678\"},\"matter\":\"小区旁建筑工地夜间施工噪音扰民\",\"channel\":\"VISIT\",\"agency\":\"锦江区住房和城乡建设局\""
                + (repeatOf == null ? "" : ",\"repeatOf\":\"" + repeatOf + "\"") + "}"), 201, "receive");
    }

    private Step move(Step petition, String what, String body) {
        Request request = Request.of("POST", "/api/v1/petitions/" + petition.body().getString("id") + "/" + what).ifMatch(petition.etag());
        return api.step(OFFICER, body == null ? request : request.body(body), 200, what);
    }

    @Test
    void aHardCaseGetsALeaderOpensADisputeAndItsRepeatsAreListed() {
        api.call(ADMIN, Request.of("POST", "/api/v1/mediation-centres").body("{\"areaCode\":\"510104\",\"name\":\"锦江区调解中心\","
                + "\"mediators\":[{\"id\":\"m-liu\",\"name\":\"刘调解\"}]}"), 201, "register mediation centre");
        Step first = receive(null);
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + first.body().getString("id") + "/leader").ifMatch(first.etag())
                .body("{\"text\":\"" + "长".repeat(101) + "\"}"), OFFICER.bearer()), 400, "invalid-value", "text");
        Step led = move(first, "leader", "{\"text\":\"锦江区委副书记 王强\"}");
        assertThat(led.body().getString("leader")).as("the leader's name is personal data: masked without PERSONAL_DATA")
                .isEqualTo("锦" + "*".repeat(9));
        String petitionId = first.body().getString("id");
        assertThat(api.call(OFFICER_WITH_PERSONAL_DATA, Request.of("GET", "/api/v1/petitions/" + petitionId), 200, "read clear")
                .getString("leader")).isEqualTo("锦江区委副书记 王强");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", petitionId), 200, "audit").getJsonArray("items"))
                .as("the clear read is audited").isNotEmpty();
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + first.body().getString("id") + "/dispute").ifMatch(led.etag())
                .body("{\"disputeType\":\"NEIGHBOURHOOD\",\"claims\":\"停止夜间施工\",\"risk\":{\"level\":\"LOW\"},\"peopleInvolved\":0}"),
                OFFICER.bearer()), 400, "invalid-value", "peopleInvolved");
        Step linked = move(led, "dispute", "{\"disputeType\":\"NEIGHBOURHOOD\",\"claims\":\"停止夜间施工\",\"risk\":{\"level\":\"LOW\"},"
                + "\"peopleInvolved\":12}");
        String dispute = linked.body().getString("disputeId");
        JsonObject opened = api.call(OFFICER, Request.of("GET", "/api/v1/disputes/" + dispute), 200, "the dispute");
        assertThat(opened.getString("source")).isEqualTo("PETITION");

        Step repeat = receive(first.body().getString("id"));
        assertThat(repeat.body().getString("repeatOf")).isEqualTo(first.body().getString("id"));
        Step joined = move(repeat, "dispute-link", "{\"disputeId\":\"" + dispute + "\"}");
        assertThat(joined.body().getString("disputeId")).isEqualTo(dispute);
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + repeat.body().getString("id") + "/dispute-link").ifMatch(joined.etag())
                .body("{\"disputeId\":\"" + dispute + "\"}"), OFFICER.bearer()), 409, "conflict", "disputeId");

        JsonObject repeats = api.call(OFFICER, Request.of("GET", "/api/v1/petitions/" + first.body().getString("id") + "/repeats"), 200, "repeats");
        assertThat(strings(repeats, "id")).containsExactly(repeat.body().getString("id"));
        assertThat(repeats.getJsonArray("items").getJsonObject(0).getJsonObject("petitioner").getBoolean("masked")).isTrue();
    }

    @Test
    void aPetitionNotAcceptedNeedsAReasonAndAReplyTheCitizenRejectsReopensIntoTheBacklog() {
        Step refused = receive(null);
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + refused.body().getString("id") + "/non-acceptance").ifMatch(refused.etag())
                .body("{\"text\":\" \"}"), OFFICER.bearer()), 400, "invalid-value", "text");
        assertThat(move(refused, "non-acceptance", "{\"text\":\"属于诉讼程序处理的事项\"}").body().getString("state")).isEqualTo("NOT_ACCEPTED");

        Step accepted = move(receive(null), "accept", null);
        Step replied = move(accepted, "reply", "{\"text\":\"已责成施工方夜间停工\"}");
        Step reopened = move(replied, "reopening", null);
        assertThat(reopened.body().getString("state")).isEqualTo("REOPENED");
        assertThat(reopened.body().getInt("reopenings")).isEqualTo(1);
        assertThat(reopened.body().getBoolean("inBacklog")).isTrue();
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + reopened.body().getString("id") + "/reopening").ifMatch(reopened.etag()),
                OFFICER.bearer()), 409, "conflict", "state");
    }

    // Enforcement supervision

    @Test
    void aComplaintIsReviewedOnceWithAnOutcomeAndTheFiguresCountIt() {
        isProblem(api.send(Request.of("POST", "/api/v1/supervision-complaints").body("{\"areaCode\":\"510104\",\"agency\":\" \","
                + "\"act\":\"暂扣工具\",\"complainant\":{\"name\":\"魏明\"}}"), OFFICER.bearer()), 400, "invalid-value", "agency");
        Step filed = api.step(OFFICER, Request.of("POST", "/api/v1/supervision-complaints").body("{\"areaCode\":\"510104\",\"agency\":\"锦江区综合行政执法局\","
                + "\"act\":\"城管执法人员暂扣经营工具未出具清单\",\"complainant\":{\"name\":\"魏明\",\"phone\":\"13812345678\"}}"), 201, "file");
        String id = filed.body().getString("id");
        assertThat(filed.body().getJsonObject("reviewDue").getInt("workingDays")).isEqualTo(30);
        String review = "/api/v1/supervision-complaints/" + id + "/review";
        isProblem(api.send(Request.of("POST", review).ifMatch(filed.etag()).body("{\"outcome\":\"MAYBE\",\"finding\":\"?\"}"), ADMIN.bearer()),
                400, "invalid-value", "outcome");
        Step reviewed = api.step(ADMIN, Request.of("POST", review).ifMatch(filed.etag())
                .body("{\"outcome\":\"CORRECTED\",\"finding\":\"暂扣程序不当，责令退还\"}"), 200, "review");
        assertThat(reviewed.body().getString("outcome")).isEqualTo("CORRECTED");
        isProblem(api.send(Request.of("POST", review).ifMatch(reviewed.etag()).body("{\"outcome\":\"UPHELD\",\"finding\":\"再审\"}"),
                ADMIN.bearer()), 409, "conflict", "outcome");

        JsonObject read = GridCalls.expect(api.send(Request.of("GET", "/api/v1/supervision-complaints/" + id)
                .header("Access-Purpose", "review-check"), OFFICER_WITH_PERSONAL_DATA.bearer()), 200, "read");
        assertThat(read.getJsonObject("complainant").getString("phone")).isEqualTo("13812345678");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", id), 200, "audit").getJsonArray("items")
                .getJsonObject(0).getString("purpose")).isEqualTo("review-check");

        String today = WorkingTime.dateOf(Instant.now()).toString();
        JsonObject figures = api.call(ADMIN, Request.of("GET", "/api/v1/areas/510104/supervision-figures").query("from", today)
                .query("to", today), 200, "figures");
        JsonObject agency = figures.getJsonArray("agencies").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("agency").equals("锦江区综合行政执法局")).findFirst().orElseThrow();
        assertThat(agency.getInt("corrected")).isPositive();
    }

    @Test
    void aComplaintUnreviewedPastItsDeadlineIsListedAsOverdue() {
        LawService then = platform.lawServiceAt(Clock.fixed(Instant.now().minus(Duration.ofDays(90)), WorkingTime.ZONE), platform.disputeService());
        Actor clerk = new Actor("clerk", AreaCode.of("510100"), AreaCode.of("510104"), Set.of(Role.COMMUNITY_STAFF), Set.of());
        var late = then.file(clerk, new SupervisionComplaint.Intake(AreaCode.of("510104"), "锦江区市场监督管理局", "罚款未告知听证权利",
                new org.shizhi.domain.law.model.Person("投诉人", Optional.empty(), Optional.empty())));
        JsonObject page = api.call(ADMIN, Request.of("GET", "/api/v1/supervision-overdue").query("area", "510104").query("limit", "100"),
                200, "overdue");
        assertThat(strings(page, "id")).contains(late.complaint().id().toString());
        assertThat(page.getJsonArray("items").getJsonObject(0).getJsonObject("complainant").getBoolean("masked")).isTrue();
    }

    // Law publicity

    @Test
    void aPublicityEventIsRecordedOnceHeldAndListedWithItsArea() {
        String event = "{\"areaCode\":\"" + ZONGFU + "\",\"topic\":\"民法典进社区\",\"audience\":\"ELDERLY\",\"place\":\"社区党群服务中心\","
                + "\"heldOn\":\"2025-09-20\",\"reach\":120}";
        isProblem(api.send(Request.of("POST", "/api/v1/law-publicity-events").body(event.replace("2025-09-20", "2099-09-20")), STAFF.bearer()),
                400, "invalid-value", "heldOn");
        isProblem(api.send(Request.of("POST", "/api/v1/law-publicity-events").body(event.replace("510104022001", "5101")), STAFF.bearer()),
                400, "invalid-value", "areaCode");
        Request once = Request.of("POST", "/api/v1/law-publicity-events").header("Idempotency-Key", "publicity-once").body(event);
        Response first = api.send(once, STAFF.bearer());
        JsonObject recorded = GridCalls.expect(first, 201, "record");
        assertThat(first.getHeaderString("Location")).contains("/api/v1/areas/" + ZONGFU + "/law-publicity-events");
        Response again = api.send(once, STAFF.bearer());
        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(GridCalls.expect(again, 201, "again").getString("id")).isEqualTo(recorded.getString("id"));
        JsonObject page = api.call(OFFICER, Request.of("GET", "/api/v1/areas/510104/law-publicity-events").query("from", "2025-09-01")
                .query("to", "2025-09-30"), 200, "events");
        assertThat(strings(page, "id")).as("recorded once for the two sends").containsOnlyOnce(recorded.getString("id"));
        assertThat(page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("id").equals(recorded.getString("id"))).findFirst().orElseThrow().getInt("reach")).isEqualTo(120);
    }

    // Local regulations

    @Test
    void aRegulationIsRegisteredReadAmendedAndRepealedEachStepNamingItsVersion() {
        String draft = "{\"title\":\"成都市社区发展治理促进条例\",\"documentNumber\":\"HTTP-REG-1\",\"adoptingBody\":\"成都市人大常委会\","
                + "\"adoptedOn\":\"2020-10-28\",\"effectiveOn\":\"2021-01-01\",\"text\":\"第一条 为了促进社区发展治理\"}";
        isProblem(api.send(Request.of("POST", "/api/v1/regulations").body(draft.replace("2021-01-01", "2019-01-01")), ADMIN.bearer()),
                400, "invalid-value", "effectiveOn");
        Step registered = api.step(ADMIN, Request.of("POST", "/api/v1/regulations").body(draft), 201, "register");
        isProblem(api.send(Request.of("POST", "/api/v1/regulations").body(draft), ADMIN.bearer()), 409, "conflict", "documentNumber");
        String id = registered.body().getString("id");
        JsonObject read = api.call(STAFF, Request.of("GET", "/api/v1/regulations/" + id), 200, "read");
        assertThat(read.getString("text")).isEqualTo("第一条 为了促进社区发展治理");

        String base = "/api/v1/regulations/" + id;
        isProblem(api.send(Request.of("POST", base + "/amendment").ifMatch("\"9\"")
                .body("{\"act\":\"修正决定\",\"on\":\"2024-06-01\",\"text\":\"第一条（修正）\"}"), ADMIN.bearer()), 412, "stale-version", "If-Match");
        Step amended = api.step(ADMIN, Request.of("POST", base + "/amendment").ifMatch(registered.etag())
                .body("{\"act\":\"关于修改《成都市社区发展治理促进条例》的决定\",\"on\":\"2024-06-01\",\"text\":\"第一条（修正）\"}"), 200, "amend");
        assertThat(amended.body().getString("status")).isEqualTo("AMENDED");
        assertThat(amended.etag()).isEqualTo("\"2\"");
        Step repealed = api.step(ADMIN, Request.of("POST", base + "/repeal").ifMatch(amended.etag())
                .body("{\"act\":\"关于废止部分地方性法规的决定\",\"on\":\"2025-06-01\"}"), 200, "repeal");
        assertThat(repealed.body().getString("status")).isEqualTo("REPEALED");
        assertThat(repealed.body().getString("changingAct")).isEqualTo("关于废止部分地方性法规的决定");
        JsonObject inForce = api.call(STAFF, Request.of("GET", "/api/v1/regulations").query("inForceOn", "2025-01-01").query("limit", "100"),
                200, "in force before the repeal");
        assertThat(strings(inForce, "id")).contains(id);
        assertThat(strings(api.call(STAFF, Request.of("GET", "/api/v1/regulations").query("inForceOn", "2025-07-01").query("limit", "100"),
                200, "in force after it"), "id")).doesNotContain(id);
        isProblem(api.send(Request.of("POST", base + "/repeal").ifMatch(repealed.etag()).body("{\"act\":\"再废止\",\"on\":\"2025-07-01\"}"),
                ADMIN.bearer()), 409, "conflict", "status");
        assertThat(platform.lawService().regulations(Actor.system(AreaCode.of("510100")), Optional.empty(),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().filter(r -> r.documentNumber().startsWith("HTTP-REG")).count())
                .as("the refused drafts wrote nothing").isEqualTo(1);
    }

    private static Step stepOf(Response response, int status, String what) {
        String etag = response.getHeaderString("ETag");
        return new Step(GridCalls.expect(response, status, what), etag);
    }

    @Test
    void theRegulationsAreSearchedWithTheArchivesChineseAnalysisAndTheMatchesMarked() {
        api.call(ADMIN, Request.of("POST", "/api/v1/regulations").body("{\"title\":\"成都市公共数据管理条例\",\"documentNumber\":\"HTTP-SEARCH-1\","
                + "\"adoptingBody\":\"成都市人大常委会\",\"adoptedOn\":\"2021-10-01\",\"effectiveOn\":\"2022-01-01\","
                + "\"text\":\"第一条 <规定> 本市建设大数据中心，统筹公共数据资源，推动社区治理数字化。\"}"), 201, "register");
        JsonObject found = api.call(STAFF, Request.of("GET", "/api/v1/regulation-search").query("q", "数据 社区"), 200, "search");
        assertThat(strings(found, "documentNumber")).containsExactly("HTTP-SEARCH-1");
        assertThat(found.getJsonArray("items").getJsonObject(0).getJsonNumber("relevance").doubleValue())
                .as("数据 in title and text (2 + 1), 社区 in the text only (1), of 6").isEqualTo(4.0 / 6);
        String snippet = found.getJsonArray("items").getJsonObject(0).getString("snippet");
        assertThat(snippet).contains("大<em>数据</em>中心", "<em>社区</em>治理", "&lt;规定&gt;").doesNotContain("<规定>");
        assertThat(api.call(STAFF, Request.of("GET", "/api/v1/regulation-search").query("q", "治理社区"), 200, "search").getJsonArray("items"))
                .as("the characters of a word stand together in its order").isEmpty();
        isProblem(api.send(Request.of("GET", "/api/v1/regulation-search").query("q", "，。"), STAFF.bearer()), 400, "invalid-value", "q");
        isProblem(api.send(Request.of("GET", "/api/v1/regulation-search").query("q", "数".repeat(201)), STAFF.bearer()), 400, "invalid-value", "q");
    }
}
