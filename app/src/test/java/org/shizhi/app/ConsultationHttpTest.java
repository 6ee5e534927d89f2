package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.GridCalls.Step;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The consultation context over HTTP on the started platform: a council's topic from raising to closing with feedback,
 * each step naming its version; the stability-risk gate at each level; bad input as problem+json naming the field with
 * nothing written; names masked without PERSONAL_DATA; the public view of a disclosure board read without a token and
 * holding no personal data; the reports and the assessment's figures.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:consultation-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "false")
@AddConfig(key = "mp.config.profile", value = "embedded")
class ConsultationHttpTest {

    private static final String ZONGFU = "510104022001";
    private static final Person STAFF = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
    private static final Person STAFF_WITH_PERSONAL_DATA = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF, "PERSONAL_DATA");
    private static final Person OFFICER = new Person("510100", "510104", Role.STREET_OFFICER);
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final String MEMBER_NAME = "欧阳娜娜";
    private static final String MEMBER_PHONE = "13987654321";
    private static final String SPEAKER = "司马相如";

    @Inject
    WebTarget target;

    @Inject
    Platform platform;

    private GridCalls api;

    @BeforeEach
    void calls() {
        api = new GridCalls(target);
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTime.ZONE);
    }

    private static String member(String name, String from, String to) {
        return "{\"name\":\"" + name + "\",\"phone\":\"" + MEMBER_PHONE + "\",\"capacity\":\"居民代表\",\"termFrom\":\"" + from
                + "\",\"termTo\":\"" + to + "\"}";
    }

    private static String councilOf(String... members) {
        return "{\"areaCode\":\"" + ZONGFU + "\",\"kind\":\"VILLAGE_REPRESENTATIVES_TALK\",\"name\":\"总府街村民代表话事会\","
                + "\"members\":[" + String.join(",", members) + "]}";
    }

    /** A council of three serving members and a meeting yesterday; the meeting's id. */
    private String meeting() {
        String from = today().minusYears(1).toString();
        String to = today().plusYears(2).toString();
        String council = api.call(ADMIN, Request.of("POST", "/api/v1/councils").body(councilOf(member(MEMBER_NAME, from, to),
                member("李强", from, to), member("赵敏", from, to))), 201, "form council").getString("id");
        return api.call(STAFF, Request.of("POST", "/api/v1/councils/" + council + "/meetings").body("{\"mode\":\"OFFLINE\",\"heldOn\":\""
                + today().minusDays(1) + "\",\"venue\":\"村委会议室\",\"attendance\":25}"), 201, "hold meeting").getString("id");
    }

    private Step raise(String meeting, boolean major) {
        return api.step(STAFF, Request.of("POST", "/api/v1/council-topics").body("{\"meetingId\":\"" + meeting
                + "\",\"title\":\"村道硬化\",\"description\":\"筹资硬化村道两公里\",\"major\":" + major + "}"), 201, "raise topic");
    }

    private Step move(Person who, String topic, String what, String etag, String body, int status) {
        Request request = Request.of("POST", "/api/v1/council-topics/" + topic + "/" + what).ifMatch(etag);
        return api.step(who, body == null ? request : request.body(body), status, what);
    }

    private Response send(Person who, String topic, String what, String etag, String body) {
        Request request = Request.of("POST", "/api/v1/council-topics/" + topic + "/" + what).ifMatch(etag);
        return api.send(body == null ? request : request.body(body), who.bearer());
    }

    /** A topic with a proposal passed by all three present; the topic and its ETag. */
    private Step passed(boolean major) {
        Step raised = raise(meeting(), major);
        String id = raised.body().getString("id");
        Step proposed = move(STAFF, id, "proposals", raised.etag(), "{\"text\":\"按户筹资\"}", 200);
        return move(STAFF, id, "votes", proposed.etag(), "{\"proposal\":1,\"present\":3,\"inFavour\":3,\"against\":0,\"abstaining\":0}", 200);
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

    @Test
    void aTopicIsHeardVotedDecidedAndClosedOnlyOnceFeedbackIsPublished() {
        Step raised = raise(meeting(), false);
        String id = raised.body().getString("id");
        assertThat(raised.etag()).isEqualTo("\"1\"");
        Step heard = move(STAFF, id, "opinions", raised.etag(), "{\"speaker\":\"" + SPEAKER + "\",\"capacity\":\"村民\",\"content\":\"支持，但要公开账目\"}", 200);
        Step proposed = move(STAFF, id, "proposals", heard.etag(), "{\"text\":\"按户筹资\"}", 200);
        Step noQuorum = move(STAFF, id, "votes", proposed.etag(), "{\"proposal\":1,\"present\":1,\"inFavour\":1,\"against\":0,\"abstaining\":0}", 200);
        assertThat(noQuorum.body().getJsonArray("proposals").getJsonObject(0).getJsonObject("vote").getString("result"))
                .as("one of three present is short of two thirds").isEqualTo("NO_QUORUM");
        isProblem(send(STAFF, id, "decision", noQuorum.etag(), "{\"proposal\":1,\"text\":\"筹资\"}"), 409, "conflict", "proposal");
        Step second = move(STAFF, id, "proposals", noQuorum.etag(), "{\"text\":\"财政补助一半\"}", 200);
        Step passed = move(STAFF, id, "votes", second.etag(), "{\"proposal\":2,\"present\":2,\"inFavour\":2,\"against\":0,\"abstaining\":0}", 200);
        assertThat(passed.body().getJsonArray("proposals").getJsonObject(1).getJsonObject("vote").getString("result")).isEqualTo("PASSED");
        isProblem(send(STAFF, id, "decision", proposed.etag(), "{\"proposal\":2,\"text\":\"财政补助一半\"}"), 412, "stale-version", "If-Match");
        Step decided = move(OFFICER, id, "decision", passed.etag(), "{\"proposal\":2,\"text\":\"财政补助一半\"}", 200);
        isProblem(send(STAFF, id, "close", decided.etag(), null), 409, "conflict", "feedback");
        Step answered = move(STAFF, id, "feedback", decided.etag(), "{\"text\":\"方案已在村务公开栏公示\",\"channel\":\"村务公开栏\"}", 200);
        Step closed = move(STAFF, id, "close", answered.etag(), null, 200);
        assertThat(closed.body().getBoolean("closed")).isTrue();
        assertThat(closed.etag()).isEqualTo("\"9\"");
        JsonObject read = api.call(STAFF, Request.of("GET", "/api/v1/council-topics/" + id), 200, "read topic");
        assertThat(read.getJsonArray("opinions").getJsonObject(0).getString("speaker")).as("masked without PERSONAL_DATA").isEqualTo("司***");
        assertThat(api.call(STAFF_WITH_PERSONAL_DATA, Request.of("GET", "/api/v1/council-topics/" + id), 200, "read topic")
                .getJsonArray("opinions").getJsonObject(0).getString("speaker")).isEqualTo(SPEAKER);
    }

    @Test
    void aMajorDecisionWaitsForAnAssessmentIsNeverTakenAtHighAndAtMediumOnlyWithAnApprovedPlan() {
        Step passed = passed(true);
        String id = passed.body().getString("id");
        String decision = "{\"proposal\":1,\"text\":\"按户筹资\"}";
        isProblem(send(STAFF, id, "decision", passed.etag(), decision), 409, "conflict", "assessment");
        api.call(OFFICER, assessment(id, "HIGH"), 201, "assess high");
        isProblem(send(STAFF, id, "decision", passed.etag(), decision), 409, "conflict", "assessment");
        Step medium = api.step(OFFICER, assessment(id, "MEDIUM"), 201, "assess medium");
        assertThat(medium.body().getBoolean("allowsDecision")).isFalse();
        isProblem(send(STAFF, id, "decision", passed.etag(), decision), 409, "conflict", "mitigationPlan");
        JsonObject approved = api.call(ADMIN, Request.of("POST", "/api/v1/stability-risk-assessments/" + medium.body().getString("id")
                + "/mitigation-approval").ifMatch(medium.etag()).body("{\"mitigationPlan\":\"困难户减免，分段施工\",\"approver\":\"上官婉儿\"}"),
                200, "approve plan");
        assertThat(approved.getBoolean("allowsDecision")).isTrue();
        assertThat(approved.getString("approver")).as("the approver's name is masked without PERSONAL_DATA").isEqualTo("上***");
        Person officerWithPersonalData = new Person("510100", "510104", Role.STREET_OFFICER, "PERSONAL_DATA");
        assertThat(api.call(officerWithPersonalData, Request.of("GET", "/api/v1/stability-risk-assessments/" + medium.body().getString("id")),
                200, "read clear").getString("approver")).isEqualTo("上官婉儿");
        assertThat(api.call(new Person("510100", "510100", Role.AUDITOR), Request.of("GET", "/api/v1/audit")
                .query("record", medium.body().getString("id")), 200, "audit").getJsonArray("items")).as("the clear read is audited").isNotEmpty();
        Step decided = move(STAFF, id, "decision", passed.etag(), decision, 200);
        assertThat(decided.body().getJsonObject("decision").getString("assessmentId")).isEqualTo(medium.body().getString("id"));
    }

    private static Request assessment(String topic, String level) {
        return Request.of("POST", "/api/v1/stability-risk-assessments").body("{\"topicId\":\"" + topic + "\",\"subject\":\"村道硬化筹资方案\","
                + "\"scores\":{\"legality\":90,\"reasonableness\":75,\"feasibility\":80,\"controllability\":60},"
                + "\"risks\":[{\"description\":\"部分农户不愿筹资\",\"mitigation\":\"困难户减免\"}],\"opinionsGathered\":[\"入户走访 40 户\"],"
                + "\"level\":\"" + level + "\"}");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        int councils = councilsInZongfu();
        isProblem(api.send(Request.of("POST", "/api/v1/councils").body(councilOf(member("王芳", "2025-01-01", "2024-01-01"))), ADMIN.bearer()),
                400, "invalid-value", "members[0].termTo");
        isProblem(api.send(Request.of("POST", "/api/v1/councils").body(councilOf().replace("\"areaCode\":\"" + ZONGFU + "\"", "\"areaCode\":\"5101\"")),
                ADMIN.bearer()), 400, "invalid-value", "areaCode");
        isProblem(api.send(Request.of("POST", "/api/v1/councils").body(councilOf().replace("\"members\":[]",
                "\"quorum\":{\"attendanceNumerator\":4,\"attendanceDenominator\":3},\"members\":[]")), ADMIN.bearer()),
                400, "invalid-value", "quorum.attendanceNumerator");
        isProblem(api.send(Request.of("POST", "/api/v1/councils").body(councilOf("null")), ADMIN.bearer()), 400, "invalid-value",
                "members[0]");
        assertThat(councilsInZongfu()).as("refused councils are not stored").isEqualTo(councils);
        Step passed = passed(false);
        isProblem(send(STAFF, passed.body().getString("id"), "votes", passed.etag(),
                "{\"proposal\":1,\"present\":3,\"inFavour\":0,\"against\":3,\"abstaining\":0}"), 409, "conflict", "proposal");
        Step raised = raise(meeting(), true);
        Step proposed = move(STAFF, raised.body().getString("id"), "proposals", raised.etag(), "{\"text\":\"方案\"}", 200);
        isProblem(send(STAFF, raised.body().getString("id"), "votes", proposed.etag(),
                "{\"proposal\":1,\"present\":4,\"inFavour\":4,\"against\":0,\"abstaining\":0}"), 400, "invalid-value", "present");
        isProblem(api.send(assessment(raised.body().getString("id"), "LOW").body(assessment(raised.body().getString("id"), "LOW").body()
                .replace("\"legality\":90", "\"legality\":150")), OFFICER.bearer()), 400, "invalid-value", "scores.legality");
        isProblem(api.send(assessment(raised.body().getString("id"), "MEDIUM").body(assessment(raised.body().getString("id"), "MEDIUM").body()
                .replace("\"mitigation\":\"困难户减免\"", "\"mitigation\":\" \"")), OFFICER.bearer()), 400, "invalid-value", "risks[0].mitigation");
        isProblem(api.send(Request.of("POST", "/api/v1/communities/" + ZONGFU + "/disclosures").body("{\"category\":\"FINANCE\","
                + "\"period\":\"2025-13\",\"title\":\"财务\",\"content\":\"收支\"}"), STAFF.bearer()), 400, "invalid-value", "period");
        isProblem(api.send(Request.of("POST", "/api/v1/council-topics/" + raised.body().getString("id") + "/proposals")
                .body("{\"text\":\"方案\"}"), STAFF.bearer()), 428, "precondition-required", "If-Match");
    }

    private int councilsInZongfu() {
        return platform.consultationService().councils(Actor.system(AreaCode.of("510100")), AreaCode.of(ZONGFU), Optional.empty(),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().size();
    }

    @Test
    void aCouncilsMembersAreMaskedWithoutThePrivilege() {
        String council = api.call(ADMIN, Request.of("POST", "/api/v1/councils").body(councilOf(member(MEMBER_NAME, "2025-01-01", "2027-12-31"))),
                201, "form council").getString("id");
        JsonObject masked = api.call(STAFF, Request.of("GET", "/api/v1/councils/" + council), 200, "read council")
                .getJsonArray("members").getJsonObject(0);
        assertThat(masked.getString("name")).isEqualTo("欧***");
        assertThat(masked.getString("phone")).doesNotContain(MEMBER_PHONE).contains("*");
        assertThat(masked.getBoolean("masked")).isTrue();
        JsonObject clear = api.call(STAFF_WITH_PERSONAL_DATA, Request.of("GET", "/api/v1/councils/" + council), 200, "read council")
                .getJsonArray("members").getJsonObject(0);
        assertThat(clear.getString("name")).isEqualTo(MEMBER_NAME);
        assertThat(clear.getString("phone")).isEqualTo(MEMBER_PHONE);
    }

    @Test
    void anyoneReadsACommunitysPublishedDisclosuresWithoutATokenAndFindsNothingPersonalInThem() {
        // Personal data recorded in the same community: a member's name and mobile, a speaker's name.
        Step raised = raise(meeting(), false);
        move(STAFF, raised.body().getString("id"), "opinions", raised.etag(),
                "{\"speaker\":\"" + SPEAKER + "\",\"capacity\":\"村民\",\"content\":\"支持\"}", 200);
        api.call(STAFF, Request.of("PUT", "/api/v1/communities/" + ZONGFU + "/disclosure-board")
                .body("{\"name\":\"总府街社区\",\"openedOn\":\"2025-01-01\"}"), 200, "open board");
        Step asset = api.step(STAFF, Request.of("POST", "/api/v1/communities/" + ZONGFU + "/village-assets")
                .body("{\"kind\":\"RESOURCE\",\"name\":\"集体鱼塘\",\"value\":80000}"), 201, "register asset");
        String assetId = asset.body().getString("id");
        api.call(STAFF, Request.of("POST", "/api/v1/village-assets/" + assetId + "/disposals").ifMatch(asset.etag())
                .body("{\"kind\":\"LEASE\",\"description\":\"出租给渔业合作社五年\",\"amount\":12000.5,\"disposedOn\":\"" + today() + "\"}"), 200, "dispose");
        String month = YearMonth.from(today()).toString();
        api.call(STAFF, Request.of("POST", "/api/v1/communities/" + ZONGFU + "/disclosures").body("{\"category\":\"FINANCE\",\"period\":\""
                + month + "\",\"title\":\"本月财务公开\",\"content\":\"鱼塘租金收入12000.50元\",\"disposals\":[{\"assetId\":\"" + assetId
                + "\",\"seq\":1}]}"), 201, "publish");
        api.call(STAFF, Request.of("POST", "/api/v1/communities/" + ZONGFU + "/disclosures").body("{\"category\":\"PARTY_AFFAIRS\",\"period\":\""
                + month + "\",\"title\":\"发展党员公示\",\"content\":\"拟发展党员一名\"}"), 201, "publish");

        Response response = api.send(Request.of("GET", "/api/v1/public/communities/" + ZONGFU + "/disclosures"), null);
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        JsonObject page = GridCalls.JsonObjects.parse(body);
        assertThat(page.getString("boardName")).isEqualTo("总府街社区");
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(body).as("the public view holds no personal data recorded in the community")
                .doesNotContain(MEMBER_NAME, MEMBER_PHONE, SPEAKER, "李强", "赵敏", "test-");
        assertThat(fieldNames(page)).as("every field the public view has; none is a person's")
                .containsExactlyInAnyOrder("communityCode", "boardName", "items", "id", "category", "period", "title", "content",
                        "publishedOn", "disposals", "assetId", "seq");
        isProblem(api.send(Request.of("GET", "/api/v1/public/communities/" + ZONGFU + "/disclosures").query("limit", "51"), null),
                400, "invalid-value", "limit");
        isProblem(api.send(Request.of("GET", "/api/v1/public/communities/510104022002/disclosures"), null), 404, "not-found", null);
        assertThat(api.send(Request.of("GET", "/api/v1/communities/" + ZONGFU + "/disclosures"), null).getStatus())
                .as("the staff's list of the same items needs a token").isEqualTo(401);
    }

    /** The names of every member of the object, and of the objects inside it. */
    private static Set<String> fieldNames(JsonValue value) {
        Set<String> names = new TreeSet<>();
        if (value instanceof JsonObject object) {
            object.forEach((name, inner) -> {
                names.add(name);
                names.addAll(fieldNames(inner));
            });
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(inner -> names.addAll(fieldNames(inner)));
        }
        return names;
    }

    @Test
    void theReportsFindSilentBoardsLateDisposalsAndTheFiguresCountFeedbackAndCoverage() {
        String quiet = "510104022002";
        api.call(new Person("510100", quiet, Role.COMMUNITY_STAFF), Request.of("PUT", "/api/v1/communities/" + quiet + "/disclosure-board")
                .body("{\"name\":\"红星路社区\",\"openedOn\":\"2025-01-01\"}"), 200, "open board");
        Person quietStaff = new Person("510100", quiet, Role.COMMUNITY_STAFF);
        Step asset = api.step(quietStaff, Request.of("POST", "/api/v1/communities/" + quiet + "/village-assets")
                .body("{\"kind\":\"ASSET\",\"name\":\"旧仓库\",\"value\":50000}"), 201, "register asset");
        api.call(quietStaff, Request.of("POST", "/api/v1/village-assets/" + asset.body().getString("id") + "/disposals").ifMatch(asset.etag())
                .body("{\"kind\":\"SALE\",\"description\":\"出售给某物流公司\",\"amount\":30000,\"disposedOn\":\"" + today().minusDays(45) + "\"}"),
                200, "dispose");
        JsonObject silent = api.call(OFFICER, Request.of("GET", "/api/v1/areas/510104/silent-disclosure-boards")
                .query("period", YearMonth.from(today()).toString()), 200, "silent boards");
        assertThat(silent.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("communityCode")).toList()).contains(quiet);
        JsonObject late = api.call(OFFICER, Request.of("GET", "/api/v1/areas/510104/late-disposals").query("days", "30"), 200, "late");
        assertThat(late.getJsonArray("items").stream().map(v -> v.asJsonObject().getInt("daysUndisclosed")).toList()).contains(45);
        isProblem(api.send(Request.of("GET", "/api/v1/areas/510104/late-disposals").query("days", "0"), OFFICER.bearer()), 400,
                "invalid-value", "days");

        Step passed = passed(false);
        String id = passed.body().getString("id");
        Step answered = move(STAFF, id, "feedback", passed.etag(), "{\"text\":\"已公示\",\"channel\":\"微信群\"}", 200);
        move(STAFF, id, "close", answered.etag(), null, 200);
        JsonObject figures = api.call(OFFICER, Request.of("GET", "/api/v1/areas/510104/consultation-figures")
                .query("from", today().minusDays(1).toString()).query("to", today().toString()), 200, "figures");
        assertThat(figures.getInt("topicsClosedWithFeedback")).isGreaterThanOrEqualTo(1);
        assertThat(figures.getInt("boards")).isGreaterThanOrEqualTo(1);
        assertThat(figures.getInt("topicsRaised")).isGreaterThanOrEqualTo(figures.getInt("topicsClosedWithFeedback")
                + figures.getInt("topicsOpenWithoutFeedback"));
        isProblem(api.send(Request.of("GET", "/api/v1/areas/510104/consultation-figures").query("from", "2025-09-30")
                .query("to", "2025-09-01"), OFFICER.bearer()), 400, "invalid-value", "to");
        JsonObject awaiting = api.call(OFFICER, Request.of("GET", "/api/v1/areas/510104/topics-awaiting-feedback"), 200, "awaiting");
        assertThat(awaiting.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList()).doesNotContain(id);
    }

    @Test
    void theTopicsOfAnAreaAreListedLatestFirstPagedInsideTheJurisdictionWithSpeakersMasked() {
        String meeting = meeting();
        Step first = raise(meeting, false);
        Step second = raise(meeting, true);
        move(STAFF, second.body().getString("id"), "opinions", second.etag(), "{\"speaker\":\"" + SPEAKER
                + "\",\"capacity\":\"村民\",\"content\":\"同意\"}", 200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Request page = Request.of("GET", "/api/v1/areas/510104/council-topics").query("limit", "1");
            JsonObject body = api.call(OFFICER, cursor == null ? page : page.query("cursor", cursor), 200, "topics of the district");
            assertThat(body.getJsonArray("items")).hasSizeLessThanOrEqualTo(1);
            body.getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getString("id")));
            cursor = body.containsKey("nextCursor") ? body.getString("nextCursor") : null;
        } while (cursor != null);
        assertThat(ids).as("the district's topics page by page, each once, the latest raised first").doesNotHaveDuplicates()
                .containsSubsequence(second.body().getString("id"), first.body().getString("id"));
        JsonObject masked = api.call(STAFF, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/council-topics"), 200, "topics of the community");
        assertThat(masked.toString()).as("the speaker masked without PERSONAL_DATA").doesNotContain(SPEAKER);
        assertThat(api.call(STAFF_WITH_PERSONAL_DATA, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/council-topics"), 200, "clear")
                .toString()).contains(SPEAKER);
        Person elsewhere = new Person("510100", "510104022002", Role.COMMUNITY_STAFF);
        isProblem(api.send(Request.of("GET", "/api/v1/areas/" + ZONGFU + "/council-topics"), elsewhere.bearer()), 404, "not-found", null);
        isProblem(api.send(Request.of("GET", "/api/v1/areas/51x104/council-topics"), OFFICER.bearer()), 400, "invalid-value", "code");
    }

    @Test
    void aCouncilFormedAgainWithItsIdempotencyKeyIsFormedOnce() {
        int before = councilsInZongfu();
        Request request = Request.of("POST", "/api/v1/councils").header("Idempotency-Key", "council-once")
                .body(councilOf(member(MEMBER_NAME, "2025-01-01", "2027-12-31")));
        Response first = api.send(request, ADMIN.bearer());
        assertThat(first.getStatus()).isEqualTo(201);
        String firstId = GridCalls.JsonObjects.parse(first.readEntity(String.class)).getString("id");
        Response again = api.send(request, ADMIN.bearer());
        String body = again.readEntity(String.class);
        assertThat(again.getStatus()).as(body).isEqualTo(201);
        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(GridCalls.JsonObjects.parse(body).getString("id")).isEqualTo(firstId);
        assertThat(councilsInZongfu()).isEqualTo(before + 1);
    }
}
