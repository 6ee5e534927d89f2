package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.GridCalls.Step;
import org.shizhi.domain.law.model.PetitionChannel;
import org.shizhi.domain.law.port.in.PetitionUseCase;
import org.shizhi.domain.law.service.LawService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The law context over HTTP on the started platform: a petition from receipt through one extension, the reply and
 * clearing; versions in If-Match; bad input as problem+json naming the field with nothing written; personal data masked
 * unless the token holds PERSONAL_DATA, and then recorded in the audit log; the backlog with its age; legal aid; the
 * assessment's figures.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:law-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "false")
@AddConfig(key = "mp.config.profile", value = "embedded")
class LawHttpTest {

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

    private static String newPetition(String idNumber, String channel) {
        return "{\"areaCode\":\"" + ZONGFU + "\",\"petitioner\":{\"name\":\"魏明\",\"idNumber\":\"" + idNumber + "\",\"phone\":\"13812345678\"},"
                + "\"matter\":\"小区旁建筑工地夜间施工噪音扰民\"," + (channel == null ? "" : "\"channel\":\"" + channel + "\",")
                + "\"agency\":\"锦江区住房和城乡建设局\"}";
    }

    private Step receive() {
        return api.step(STAFF, Request.of("POST", "/api/v1/petitions").body(newPetition("11010519491231002X", "ONLINE")), 201, "receive");
    }

    private Step move(String id, String what, String etag, String body, int status) {
        Request request = Request.of("POST", "/api/v1/petitions/" + id + "/" + what).ifMatch(etag);
        return api.step(OFFICER, body == null ? request : request.body(body), status, what);
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

    private int petitionsInZongfu() {
        return platform.lawService().petitions(Actor.system(AreaCode.of("510100")), AreaCode.of(ZONGFU), Optional.empty(),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().size();
    }

    @Test
    void aPetitionIsAcceptedExtendedOnceRepliedAndClearedEachStepNamingItsVersion() {
        Step received = receive();
        assertThat(received.etag()).isEqualTo("\"1\"");
        String id = received.body().getString("id");
        assertThat(received.body().getString("state")).isEqualTo("RECEIVED");
        assertThat(received.body().getJsonObject("acceptanceDue").getInt("workingDays")).isEqualTo(15);
        Step accepted = move(id, "accept", received.etag(), null, 200);
        assertThat(accepted.body().getJsonObject("replyDue").getInt("workingDays")).isEqualTo(60);
        Step extended = move(id, "extension", accepted.etag(), "{\"text\":\"涉及多个部门，需联合调查\"}", 200);
        assertThat(extended.body().getString("extensionReason")).isEqualTo("涉及多个部门，需联合调查");
        assertThat(extended.body().getJsonObject("replyDue").getString("dueOn"))
                .isGreaterThan(accepted.body().getJsonObject("replyDue").getString("dueOn"));
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + id + "/extension").ifMatch(extended.etag())
                .body("{\"text\":\"再延一次\"}"), OFFICER.bearer()), 409, "conflict", "extension");
        Step replied = move(id, "reply", extended.etag(), "{\"text\":\"已责成施工方夜间停工\"}", 200);
        assertThat(replied.body().getString("state")).isEqualTo("REPLIED");
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + id + "/clearance").ifMatch(replied.etag())
                .body("{\"outcome\":\"化解\"}"), OFFICER.bearer()), 400, "invalid-value", "petitionerResponse");
        Step cleared = move(id, "clearance", replied.etag(), "{\"outcome\":\"夜访后噪音消除\",\"petitionerResponse\":\"SATISFIED\"}", 200);
        assertThat(cleared.body().getString("state")).isEqualTo("CLEARED");
        assertThat(cleared.etag()).isEqualTo("\"5\"");
    }

    @Test
    void aPetitionSentAgainWithItsIdempotencyKeyIsReceivedOnceAndAnsweredAgainForTheCaller() {
        Request request = Request.of("POST", "/api/v1/petitions").header("Idempotency-Key", "petition-once")
                .body(newPetition("11010519491231002X", "LETTER"));
        int before = petitionsInZongfu();
        JsonObject first = GridCalls.expect(api.send(request, STAFF.bearer()), 201, "receive");
        Response again = api.send(request, STAFF.bearer());
        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        JsonObject replayed = GridCalls.expect(again, 201, "receive again");
        assertThat(replayed.getString("id")).isEqualTo(first.getString("id"));
        assertThat(replayed.getJsonObject("petitioner").getString("name")).isEqualTo("魏*");
        assertThat(petitionsInZongfu()).as("one petition for the two sends").isEqualTo(before + 1);
    }

    @Test
    void aChangeWithoutIfMatchIs428AndWithAnOlderVersion412AndNothingChanges() {
        String id = receive().body().getString("id");
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + id + "/accept"), OFFICER.bearer()), 428, "precondition-required", "If-Match");
        isProblem(api.send(Request.of("POST", "/api/v1/petitions/" + id + "/accept").ifMatch("\"7\""), OFFICER.bearer()), 412,
                "stale-version", "If-Match");
        assertThat(api.call(OFFICER, Request.of("GET", "/api/v1/petitions/" + id), 200, "read").getString("state")).isEqualTo("RECEIVED");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsWritten() {
        int before = petitionsInZongfu();
        isProblem(api.send(Request.of("POST", "/api/v1/petitions").body(newPetition("123", "ONLINE")), STAFF.bearer()), 400,
                "invalid-value", "petitioner.idNumber");
        isProblem(api.send(Request.of("POST", "/api/v1/petitions").body(newPetition("11010519491231002X", null)), STAFF.bearer()), 400,
                "invalid-value", "channel");
        isProblem(api.send(Request.of("POST", "/api/v1/petitions").body(newPetition("11010519491231002X", "ONLINE")
                .replace("\"魏明\"", "\"  \"")), STAFF.bearer()), 400, "invalid-value", "petitioner.name");
        assertThat(petitionsInZongfu()).as("petitions written by the refused requests").isEqualTo(before);
        isProblem(api.send(Request.of("POST", "/api/v1/legal-aid-applications").body("{\"areaCode\":\"" + ZONGFU
                + "\",\"applicant\":{\"name\":\"魏明\"},\"matter\":\"拖欠工资\",\"category\":\"LABOUR_REMUNERATION\",\"receivedOn\":\"2099-01-01\"}"),
                STAFF.bearer()), 400, "invalid-value", "receivedOn");
    }

    @Test
    void thePetitionerIsMaskedWithoutThePrivilegeAndAClearReadIsAudited() {
        String id = receive().body().getString("id");
        JsonObject masked = api.call(OFFICER, Request.of("GET", "/api/v1/petitions/" + id), 200, "read").getJsonObject("petitioner");
        assertThat(masked.getString("name")).isEqualTo("魏*");
        assertThat(masked.getString("idNumber")).doesNotContain("19491231");
        assertThat(masked.getBoolean("masked")).isTrue();
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", id), 200, "audit").getJsonArray("items"))
                .as("a masked read is not recorded").isEmpty();
        JsonObject clear = api.call(OFFICER_WITH_PERSONAL_DATA, Request.of("GET", "/api/v1/petitions/" + id), 200, "read")
                .getJsonObject("petitioner");
        assertThat(clear.getString("name")).isEqualTo("魏明");
        assertThat(clear.getString("phone")).isEqualTo("13812345678");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", id), 200, "audit").getJsonArray("items"))
                .as("the clear read is recorded").hasSize(1);
    }

    @Test
    void theBacklogListsAPetitionPastItsReplyDateWithItsAgeAndTheFiguresCountIt() {
        Instant past = Instant.now().minus(Duration.ofDays(120));
        LawService then = platform.lawServiceAt(Clock.fixed(past, WorkingTime.ZONE), platform.disputeService());
        Actor clerk = new Actor("clerk", AreaCode.of("510100"), AreaCode.of("510104"), Set.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER), Set.of());
        var received = then.receive(clerk, new PetitionUseCase.Receive(new org.shizhi.domain.law.model.Petition.Intake(AreaCode.of(ZONGFU),
                new org.shizhi.domain.law.model.Person("积案甲", Optional.empty(), Optional.empty()), "拆迁补偿款未到位",
                PetitionChannel.VISIT, "锦江区住房和城乡建设局", Optional.empty())));
        then.accept(clerk, new PetitionUseCase.Target(received.petition().id(), 1));
        JsonObject page = api.call(OFFICER, Request.of("GET", "/api/v1/petition-backlog").query("area", "510104").query("limit", "10"),
                200, "backlog");
        assertThat(page.getJsonArray("items")).anySatisfy(p -> {
            assertThat(p.asJsonObject().getString("id")).isEqualTo(received.petition().id().toString());
            assertThat(p.asJsonObject().getBoolean("inBacklog")).isTrue();
            assertThat(p.asJsonObject().getJsonNumber("ageDays").longValue()).isGreaterThanOrEqualTo(119);
        });
        JsonObject figures = api.call(ADMIN, Request.of("GET", "/api/v1/areas/510104/law-figures")
                .query("from", WorkingTime.dateOf(past).minusDays(1).toString()).query("to", WorkingTime.dateOf(Instant.now()).toString()),
                200, "figures");
        assertThat(figures.getInt("petitionBacklog")).isPositive();
        assertThat(figures.getInt("petitionsLateUnanswered")).isPositive();
        isProblem(api.send(Request.of("GET", "/api/v1/areas/510104/law-figures").query("from", "2025-09-30").query("to", "2025-09-01"),
                ADMIN.bearer()), 400, "invalid-value", "to");
    }

    @Test
    void aLegalAidApplicationIsDueSevenWorkingDaysAfterItsReceivedDateAcrossTheNationalDayHoliday() {
        Step applied = api.step(STAFF, Request.of("POST", "/api/v1/legal-aid-applications").body("{\"areaCode\":\"" + ZONGFU
                + "\",\"applicant\":{\"name\":\"魏明\",\"phone\":\"13812345678\"},\"matter\":\"建筑工地拖欠工资三个月\","
                + "\"category\":\"LABOUR_REMUNERATION\",\"hardshipEvidence\":[\"最低生活保障证\"],\"receivedOn\":\"2025-09-26\"}"), 201, "apply");
        assertThat(applied.body().getJsonObject("decisionDue").getString("dueOn")).isEqualTo("2025-10-13");
        JsonObject read = api.call(STAFF, Request.of("GET", "/api/v1/legal-aid-applications/" + applied.body().getString("id")), 200, "read");
        assertThat(read.getString("state")).isEqualTo("RECEIVED");
        assertThat(read.getBoolean("overdue")).as("undecided long after its deadline").isTrue();
        assertThat(read.getJsonArray("hardshipEvidence").getString(0)).isEqualTo("最低生活保障证");
        assertThat(read.getJsonObject("applicant").getString("name")).isEqualTo("魏*");
    }

    @Test
    void aDecisionIsGrantedOrRefusedWithAReasonAndTheReportsShowIt() {
        Step applied = api.step(STAFF, Request.of("POST", "/api/v1/legal-aid-applications").body("{\"areaCode\":\"" + ZONGFU
                + "\",\"applicant\":{\"name\":\"魏明\"},\"matter\":\"工伤赔偿\",\"category\":\"INJURY_COMPENSATION\",\"receivedOn\":\"2025-09-26\"}"),
                201, "apply");
        String id = applied.body().getString("id");
        isProblem(api.send(Request.of("POST", "/api/v1/legal-aid-applications/" + id + "/decision").ifMatch(applied.etag())
                .body("{\"granted\":false}"), OFFICER.bearer()), 400, "invalid-value", "reason");
        Step refused = api.step(OFFICER, Request.of("POST", "/api/v1/legal-aid-applications/" + id + "/decision").ifMatch(applied.etag())
                .body("{\"granted\":false,\"reason\":\"家庭收入高于经济困难标准\"}"), 200, "refuse");
        assertThat(refused.body().getString("state")).isEqualTo("REFUSED");
        assertThat(refused.etag()).isEqualTo("\"2\"");
        isProblem(api.send(Request.of("POST", "/api/v1/legal-aid-applications/" + id + "/decision").ifMatch(refused.etag())
                .body("{\"granted\":true}"), OFFICER.bearer()), 409, "conflict", "state");

        JsonObject report = api.call(ADMIN, Request.of("GET", "/api/v1/areas/510104/legal-aid-report").query("from", "2025-09-01")
                .query("to", "2025-09-30"), 200, "report");
        JsonObject row = report.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("district")).isEqualTo("510104000000");
        assertThat(row.getInt("decided")).isPositive();
        assertThat(row.getInt("decidedOnTime")).as("decided long after its deadline").isLessThan(row.getInt("decided"));
        assertThat(row.containsKey("medianDaysToDecision")).isTrue();

        JsonObject petitions = api.call(ADMIN, Request.of("GET", "/api/v1/areas/510104/petition-figures").query("from", "2025-01-01")
                .query("to", "2026-12-31"), 200, "petition figures");
        assertThat(petitions.getInt("received")).isGreaterThanOrEqualTo(petitions.getInt("accepted"));
        JsonObject supervision = api.call(ADMIN, Request.of("GET", "/api/v1/areas/510104/supervision-figures").query("from", "2025-01-01")
                .query("to", "2026-12-31"), 200, "supervision figures");
        assertThat(supervision.getJsonArray("agencies")).isNotNull();
    }

    @Test
    void theRegulationsInForceOnADayLeaveOutTheRepealed() {
        Actor admin = new Actor("admin", AreaCode.of("510100"), AreaCode.of("510100"), Set.of(Role.CITY_ADMIN), Set.of());
        LawService law = platform.lawService();
        var kept = law.register(admin, new org.shizhi.domain.law.model.Regulation.Draft(AreaCode.of("510100"), "成都市物业管理条例",
                "HTTP第1号", "成都市人大常委会", java.time.LocalDate.of(2016, 9, 29), java.time.LocalDate.of(2017, 1, 1), "第一条"));
        var repealed = law.register(admin, new org.shizhi.domain.law.model.Regulation.Draft(AreaCode.of("510100"), "成都市养犬管理条例",
                "HTTP第2号", "成都市人大常委会", java.time.LocalDate.of(2010, 8, 30), java.time.LocalDate.of(2011, 1, 1), "第一条"));
        law.repeal(admin, new org.shizhi.domain.law.port.in.RegulationUseCase.Repeal(repealed.id(), 1, "废止决定", java.time.LocalDate.of(2024, 5, 1)));
        JsonObject inForce = api.call(STAFF, Request.of("GET", "/api/v1/regulations").query("inForceOn", "2025-09-26"), 200, "in force");
        assertThat(inForce.getJsonArray("items").stream().map(r -> r.asJsonObject().getString("documentNumber")).toList())
                .contains("HTTP第1号").doesNotContain("HTTP第2号");
        JsonObject all = api.call(STAFF, Request.of("GET", "/api/v1/regulations"), 200, "all");
        assertThat(all.getJsonArray("items").stream().filter(r -> r.asJsonObject().getString("documentNumber").equals("HTTP第2号"))
                .map(r -> r.asJsonObject().getString("status")).toList()).containsExactly("REPEALED");
        assertThat(kept.status().name()).isEqualTo("IN_FORCE");
    }
}
