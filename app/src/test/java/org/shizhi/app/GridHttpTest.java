package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;

/**
 * The grid context over HTTP on the started platform: an event's whole flow with its timeline, bad input answered as
 * problem+json with nothing written, versions with ETag and If-Match, cursor pages, and the weekly digest for Excel.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:grid-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class GridHttpTest {

    /** 锦江区 春熙路街道 总府路社区, where the tests' people work. */
    private static final String ZONGFU = "510104022001";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person WORKER = new Person("510100", ZONGFU, Role.GRID_WORKER);
    private static final Person STAFF = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
    private static final Person HOTLINE = new Person("510100", "510100", Role.INTEGRATOR);
    private static final Person AUDITOR = new Person("510100", "510100", Role.AUDITOR);

    private static final String SQUARE = "[[104.0801,30.6571],[104.0832,30.6571],[104.0832,30.6598],[104.0801,30.6598],[104.0801,30.6571]]";
    private static final String OPEN_RING = "[[104.0801,30.6571],[104.0832,30.6571],[104.0832,30.6598],[104.0801,30.6598],[104.0805,30.6575]]";

    @Inject
    WebTarget target;

    private GridCalls api;
    private static String grid;

    @BeforeEach
    void aGridOfTheCommunity() {
        api = new GridCalls(target);
        if (grid == null) {
            grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "总府路测试网格", null);
        }
    }

    private static void isProblem(Response response, int status, String type, String field) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject problem = GridCalls.JsonObjects.parse(body);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:" + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        if (field != null) {
            assertThat(problem.getString("field")).as(body).isEqualTo(field);
        }
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
    }

    private int eventsIn(String area) {
        int count = 0;
        String cursor = null;
        do {
            Request request = Request.of("GET", "/api/v1/events").query("area", area).query("limit", "100");
            JsonObject page = api.call(AUDITOR, cursor == null ? request : request.query("cursor", cursor), 200, "list events");
            count += page.getJsonArray("items").size();
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return count;
    }

    @Test
    void anEventFromIntakeToADissatisfiedVerdictReopeningAndASatisfiedClose() {
        Response reported = api.send(Request.of("POST", "/api/v1/events")
                .body(GridCalls.newEvent(grid, "总府路12号楼道路灯损坏，夜间出行不便")), WORKER.bearer());
        assertThat(reported.getStatus()).isEqualTo(201);
        assertThat(reported.getHeaderString("ETag")).isEqualTo("\"1\"");
        JsonObject intake = GridCalls.expect(reported, 201, "report");
        String id = intake.getJsonObject("event").getString("id");
        assertThat(reported.getLocation().getPath()).isEqualTo("/api/v1/events/" + id);
        assertThat(intake.getJsonObject("event").getString("state")).isEqualTo("REPORTED");
        assertThat(intake.getJsonObject("event").getJsonObject("reporter").getString("name")).as("masked").isEqualTo("李*");
        assertThat(intake.getJsonObject("event").getString("reportedAt")).endsWith("+08:00");

        String accepted = api.transition(STAFF, id, "accept", "\"1\"", "{\"remark\":\"社区已受理\"}");
        String resolved = api.transition(WORKER, id, "resolve", accepted, "{\"resolution\":\"已联系物业更换路灯\"}");
        GridCalls.Step dissatisfied = api.step(WORKER, Request.of("POST", "/api/v1/events/" + id + "/verdict").ifMatch(resolved)
                .body("{\"satisfaction\":2,\"comment\":\"还有一盏没修\"}"), 200, "dissatisfied verdict");
        assertThat(dissatisfied.body().getJsonObject("event").getString("state")).isEqualTo("REOPENED");
        assertThat(dissatisfied.body().getJsonObject("change").getString("kind")).isEqualTo("REOPENED");
        String resolvedAgain = api.transition(STAFF, id, "resolve", dissatisfied.etag(), "{\"resolution\":\"剩余路灯已更换\"}");
        GridCalls.Step satisfied = api.step(HOTLINE, Request.of("POST", "/api/v1/events/" + id + "/verdict").ifMatch(resolvedAgain)
                .body("{\"satisfaction\":5,\"comment\":\"满意\"}"), 200, "satisfied verdict");

        JsonObject closed = satisfied.body().getJsonObject("event");
        assertThat(satisfied.etag()).isEqualTo("\"6\"");
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(closed.getJsonArray("nextStates")).isEmpty();
        assertThat(closed.getJsonObject("verdict").getInt("satisfaction")).isEqualTo(5);
        assertThat(closed.getString("closedAt")).endsWith("+08:00");
        JsonObject timeline = api.call(AUDITOR, Request.of("GET", "/api/v1/events/" + id + "/timeline"), 200, "timeline");
        List<String> kinds = new ArrayList<>();
        List<String> states = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (JsonObject entry : timeline.getJsonArray("items").getValuesAs(JsonObject.class)) {
            kinds.add(entry.getString("kind"));
            states.add(entry.getString("from", "-") + "→" + entry.getString("to"));
            roles.add(entry.getString("role"));
            assertThat(entry.getString("at")).endsWith("+08:00");
        }
        assertThat(kinds).containsExactly("REPORTED", "ACCEPTED", "RESOLVED", "REOPENED", "RESOLVED", "CLOSED");
        assertThat(states).containsExactly("-→REPORTED", "REPORTED→ACCEPTED", "ACCEPTED→RESOLVED", "RESOLVED→REOPENED",
                "REOPENED→RESOLVED", "RESOLVED→CLOSED");
        assertThat(roles).containsExactly("GRID_WORKER", "COMMUNITY_STAFF", "GRID_WORKER", "GRID_WORKER", "COMMUNITY_STAFF",
                "INTEGRATOR");
        JsonObject clear = api.call(new Person("510100", ZONGFU, Role.COMMUNITY_STAFF, "PERSONAL_DATA"),
                Request.of("GET", "/api/v1/events/" + id), 200, "read with personal data");
        assertThat(clear.getJsonObject("reporter").getString("name")).isEqualTo("李明");
        assertThat(clear.getJsonObject("reporter").getString("phone")).isEqualTo("13912345678");
    }

    @Test
    void anUnknownGridIsAProblemAndNothingIsReported() {
        int before = eventsIn(ZONGFU);

        isProblem(api.send(Request.of("POST", "/api/v1/events").body(GridCalls.newEvent(ZONGFU + "999", "路灯损坏")), WORKER.bearer()),
                404, "not-found", null);
        isProblem(api.send(Request.of("POST", "/api/v1/events").body(GridCalls.newEvent("5101", "路灯损坏")), WORKER.bearer()),
                400, "invalid-value", "gridCode");
        assertThat(eventsIn(ZONGFU)).isEqualTo(before);
    }

    @Test
    void aTextOverTheLimitsIsAProblemAndNothingIsReported() {
        int before = eventsIn(ZONGFU);
        String twoMegabytes = "堵".repeat(700_000);

        isProblem(api.send(Request.of("POST", "/api/v1/events").body(GridCalls.newEvent(grid, twoMegabytes)), WORKER.bearer()),
                413, "request-too-large", null);
        isProblem(api.send(Request.of("POST", "/api/v1/events").body(GridCalls.newEvent(grid, "长".repeat(10_001))), WORKER.bearer()),
                400, "invalid-value", "text");
        assertThat(eventsIn(ZONGFU)).isEqualTo(before);
    }

    @Test
    void anInvalidIdNumberIsAProblemNamingTheFieldWithoutRepeatingItAndNobodyIsRegistered() {
        String dwelling = api.registerDwelling(WORKER, grid);
        JsonObject before = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/register-counts"), 200, "counts");
        String bad = "11010519491231002Y";

        Response response = api.send(Request.of("POST", "/api/v1/dwellings/" + dwelling + "/residents")
                .body("{\"name\":\"张伟\",\"idNumber\":\"" + bad + "\"}"), WORKER.bearer());
        String body = response.readEntity(String.class);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(GridCalls.JsonObjects.parse(body).getString("field")).isEqualTo("idNumber");
        assertThat(body).doesNotContain(bad);
        JsonObject after = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/register-counts"), 200, "counts");
        assertThat(after.getJsonNumber("residents")).isEqualTo(before.getJsonNumber("residents"));
    }

    @Test
    void theLocationOfARegisteredDwellingOrOrganisationIsWhereItIsRead() {
        Response created = api.send(Request.of("POST", "/api/v1/grids/" + grid + "/dwellings")
                .body("{\"address\":\"总府路12号3栋2单元401\",\"households\":2}"), WORKER.bearer());
        JsonObject registered = GridCalls.JsonObjects.parse(created.readEntity(String.class));
        assertThat(created.getStatus()).isEqualTo(201);

        Response dwelling = api.send(Request.of("GET", created.getLocation().getPath()), AUDITOR.bearer());
        assertThat(dwelling.getStatus()).isEqualTo(200);
        assertThat(dwelling.getHeaderString("ETag")).isEqualTo(created.getHeaderString("ETag")).isEqualTo("\"1\"");
        assertThat(GridCalls.JsonObjects.parse(dwelling.readEntity(String.class))).isEqualTo(registered);

        Response shop = api.send(Request.of("POST", "/api/v1/grids/" + grid + "/organisations").body(GridCalls.newOrganisation()),
                WORKER.bearer());
        JsonObject organisation = GridCalls.JsonObjects.parse(shop.readEntity(String.class));
        assertThat(shop.getStatus()).isEqualTo(201);
        assertThat(api.call(AUDITOR, Request.of("GET", shop.getLocation().getPath()), 200, "read organisation"))
                .isEqualTo(organisation);
    }

    @Test
    void aTransitionFromTheWrongStateIsAConflictAndChangesNothing() {
        String id = api.report(WORKER, grid, "井盖缺失，存在安全风险");

        Response response = api.send(Request.of("POST", "/api/v1/events/" + id + "/resolve").ifMatch("\"1\"")
                .body("{\"resolution\":\"已处理\"}"), WORKER.bearer());

        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(409);
        assertThat(body).contains("urn:shizhi:problem:conflict").contains("REPORTED").contains("ACCEPTED, REJECTED");
        Response event = api.send(Request.of("GET", "/api/v1/events/" + id), AUDITOR.bearer());
        assertThat(event.getHeaderString("ETag")).isEqualTo("\"1\"");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/events/" + id + "/timeline"), 200, "timeline")
                .getJsonArray("items")).hasSize(1);
    }

    @Test
    void aBoundaryThatDoesNotCloseIsAProblemNamingTheRingAndNothingIsDrawn() {
        String etag = api.gridETag(ADMIN, grid);

        isProblem(api.send(Request.of("PUT", "/api/v1/grids/" + grid + "/boundary").ifMatch(etag)
                .body("{\"type\":\"Polygon\",\"coordinates\":[" + OPEN_RING + "]}"), ADMIN.bearer()), 400, "invalid-value", "coordinates[0]");
        isProblem(api.send(Request.of("POST", "/api/v1/grids").body("{\"community\":\"" + ZONGFU
                + "\",\"tier\":\"GENERAL\",\"name\":\"开环网格\",\"boundary\":{\"type\":\"Polygon\",\"coordinates\":[" + OPEN_RING + "]}}"),
                ADMIN.bearer()), 400, "invalid-value", "boundary.coordinates[0]");
        assertThat(api.gridETag(ADMIN, grid)).isEqualTo(etag);
        JsonObject grids = api.call(ADMIN, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/grids").query("limit", "100"), 200, "grids");
        assertThat(grids.toString()).doesNotContain("开环网格");
    }

    @Test
    void aChangeWithoutIfMatchIs428AStaleOne412AndTheCurrentOne200() {
        String id = api.report(WORKER, grid, "小区垃圾清运不及时");

        isProblem(api.send(Request.of("POST", "/api/v1/events/" + id + "/accept"), STAFF.bearer()), 428, "precondition-required", "If-Match");
        isProblem(api.send(Request.of("POST", "/api/v1/events/" + id + "/accept").ifMatch("\"7\""), STAFF.bearer()), 412,
                "stale-version", "If-Match");
        isProblem(api.send(Request.of("POST", "/api/v1/events/" + id + "/accept").ifMatch("3"), STAFF.bearer()), 400,
                "invalid-value", "If-Match");
        Response accepted = api.send(Request.of("POST", "/api/v1/events/" + id + "/accept").ifMatch("\"1\""), STAFF.bearer());
        assertThat(accepted.getStatus()).isEqualTo(200);
        assertThat(accepted.getHeaderString("ETag")).isEqualTo("\"2\"");
        isProblem(api.send(Request.of("POST", "/api/v1/events/" + id + "/call").ifMatch("\"1\""), STAFF.bearer()), 412,
                "stale-version", "If-Match");

        String etag = api.gridETag(ADMIN, grid);
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}";
        isProblem(api.send(Request.of("PUT", "/api/v1/grids/" + grid + "/boundary").body(polygon), ADMIN.bearer()), 428,
                "precondition-required", "If-Match");
        Response drawn = api.send(Request.of("PUT", "/api/v1/grids/" + grid + "/boundary").ifMatch(etag).body(polygon), ADMIN.bearer());
        assertThat(drawn.getStatus()).isEqualTo(200);
        assertThat(drawn.getHeaderString("ETag")).isNotEqualTo(etag);
        isProblem(api.send(Request.of("PUT", "/api/v1/grids/" + grid + "/boundary").ifMatch(etag).body(polygon), ADMIN.bearer()), 412,
                "stale-version", "If-Match");
        JsonObject read = api.call(AUDITOR, Request.of("GET", "/api/v1/grids/" + grid), 200, "grid");
        assertThat(read.getJsonObject("boundary").getString("type")).isEqualTo("Polygon");
        assertThat(read.getJsonObject("boundary").getJsonArray("coordinates").getJsonArray(0)).hasSize(5);
    }

    @Test
    void eventListsPageWithACursorThatEventsReportedMeanwhileDoNotDisturb() {
        // A community of its own, so that no other event (the demo's, another test's) lies in it.
        String community = "510104090001";
        api.call(ADMIN, Request.of("POST", "/api/v1/areas").body("{\"areas\":[{\"code\":\"510104090000\",\"name\":\"分页街道\"},"
                + "{\"code\":\"" + community + "\",\"name\":\"分页社区\"}]}"), 201, "register areas");
        String other = api.createGrid(ADMIN, community, "GENERAL", "分页测试网格", null);
        Person worker = new Person("510100", community, Role.GRID_WORKER);
        List<String> reported = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reported.add(0, api.report(worker, other, "第" + i + "件：共享单车乱停放" + "甲乙丙丁戊".charAt(i)));
        }

        JsonObject first = api.call(AUDITOR, Request.of("GET", "/api/v1/events").query("area", community).query("limit", "2"), 200, "page 1");
        String newer = api.report(worker, other, "新的一件：广告牌松动");
        List<String> seen = new ArrayList<>();
        first.getJsonArray("items").getValuesAs(JsonObject.class).forEach(e -> seen.add(e.getString("id")));
        String cursor = first.getString("nextCursor");
        while (cursor != null) {
            JsonObject page = api.call(AUDITOR, Request.of("GET", "/api/v1/events").query("area", community).query("limit", "2")
                    .query("cursor", cursor), 200, "next page");
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(e -> seen.add(e.getString("id")));
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        }

        assertThat(seen).containsExactlyElementsOf(reported).doesNotContain(newer);
        isProblem(api.send(Request.of("GET", "/api/v1/events").query("area", ZONGFU).query("cursor", first.getString("nextCursor")),
                AUDITOR.bearer()), 400, "invalid-value", "cursor");
    }

    @Test
    void eventListsFilterByCategoryGradeAndReportWindowInFullPages() {
        String community = "510104091001";
        api.call(ADMIN, Request.of("POST", "/api/v1/areas").body("{\"areas\":[{\"code\":\"510104091000\",\"name\":\"筛选街道\"},"
                + "{\"code\":\"" + community + "\",\"name\":\"筛选社区\"}]}"), 201, "register areas");
        String own = api.createGrid(ADMIN, community, "GENERAL", "筛选测试网格", null);
        Person worker = new Person("510100", community, Role.GRID_WORKER);
        String hazard = api.call(worker, Request.of("POST", "/api/v1/events").body("{\"gridCode\":\"" + own
                + "\",\"category\":\"SAFETY_HAZARD\",\"text\":\"燃气管道泄漏，有爆炸危险\",\"channel\":\"GRID_WORKER\","
                + "\"reporter\":{\"name\":\"网格员甲\"}}"), 201, "report hazard").getJsonObject("event").getString("id");
        for (int i = 0; i < 4; i++) {
            api.report(worker, own, "第" + i + "件：共享单车乱停放" + "甲乙丙丁".charAt(i));
        }

        JsonObject hazards = api.call(AUDITOR, Request.of("GET", "/api/v1/events").query("area", community)
                .query("category", "SAFETY_HAZARD").query("limit", "1"), 200, "hazards");
        JsonObject later = api.call(AUDITOR, Request.of("GET", "/api/v1/events").query("area", community)
                .query("reportedFrom", "2999-01-01T00:00:00Z"), 200, "reported in the future");

        assertThat(hazards.getJsonArray("items").getValuesAs(JsonObject.class)).as("the one hazard, behind four newer reports")
                .extracting(e -> e.getString("id")).containsExactly(hazard);
        assertThat(hazards.containsKey("nextCursor")).as("no further page when nothing else matches").isFalse();
        String grade = hazards.getJsonArray("items").getJsonObject(0).getJsonObject("grade").getString("code");
        JsonObject graded = api.call(AUDITOR, Request.of("GET", "/api/v1/events").query("area", community).query("grade", grade)
                .query("category", "SAFETY_HAZARD"), 200, "graded");
        assertThat(graded.getJsonArray("items")).hasSize(1);
        assertThat(later.getJsonArray("items")).isEmpty();
        isProblem(api.send(Request.of("GET", "/api/v1/events").query("grade", "high"), AUDITOR.bearer()), 400, "invalid-value", "grade");
    }

    @Test
    void parametersThatDoNotParseAre400NamingThem() {
        isProblem(api.send(Request.of("GET", "/api/v1/events/not-a-uuid"), AUDITOR.bearer()), 400, "invalid-value", "eventId");
        isProblem(api.send(Request.of("GET", "/api/v1/events").query("state", "DONE"), AUDITOR.bearer()), 400, "invalid-value", "state");
        isProblem(api.send(Request.of("GET", "/api/v1/events").query("limit", "1000"), AUDITOR.bearer()), 400, "invalid-value", "limit");
        isProblem(api.send(Request.of("GET", "/api/v1/events").query("reportedFrom", "yesterday"), AUDITOR.bearer()), 400,
                "invalid-value", "reportedFrom");
        isProblem(api.send(Request.of("GET", "/api/v1/grids/123"), AUDITOR.bearer()), 400, "invalid-value", "gridCode");
    }

    @Test
    void theWeeklyDigestComesAsJsonOrAsCsvThatExcelOpens() {
        api.report(WORKER, grid, "消防通道被占用");

        JsonObject json = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/510104/weekly-digest"), 200, "digest");
        Response csv = api.send(Request.of("GET", "/api/v1/areas/510104/weekly-digest").header("Accept", "text/csv"), AUDITOR.bearer());
        Response link = api.send(Request.of("GET", "/api/v1/areas/510104/weekly-digest").query("format", "csv"), AUDITOR.bearer());

        assertThat(json.getString("area")).isEqualTo("510104000000");
        assertThat(json.getJsonNumber("reported").longValue()).isPositive();
        for (Response response : List.of(csv, link)) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getMediaType().toString()).startsWith("text/csv");
            assertThat(response.getHeaderString("Content-Disposition")).startsWith("attachment; filename=\"weekly-digest-510104000000-");
            byte[] bytes = response.readEntity(byte[].class);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).startsWith("区域,周起,周止,指标,分项,数值\r\n510104000000,");
        }
    }

    @Test
    void theDigestsOfADistrictsStreetsComeInOneCallEachAsItsOwnDigest() {
        api.report(WORKER, grid, "小区门口井盖松动");

        JsonObject all = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/510104/children/weekly-digests"), 200, "children's digests");
        JsonObject children = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/510104/children"), 200, "children");

        List<JsonObject> items = all.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(d -> d.getString("area")).containsExactlyElementsOf(
                children.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList());
        assertThat(items).as("the test's event is in 春熙路街道").isNotEmpty();
        for (JsonObject digest : items) {
            JsonObject own = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/" + digest.getString("area") + "/weekly-digest"), 200, "digest");
            for (String figure : List.of("weekStart", "weekEnd", "reported", "byCategory", "byGrade", "newRiskSignals", "overdue",
                    "closed", "verdicts")) {
                assertThat(digest.get(figure)).as(digest.getString("area") + " " + figure).isEqualTo(own.get(figure));
            }
        }
        assertThat(items.stream().filter(d -> d.getString("area").equals("510104022000")).findFirst().orElseThrow()
                .getJsonNumber("reported").longValue()).isPositive();
        isProblem(api.send(Request.of("GET", "/api/v1/areas/510104/children/weekly-digests"), WORKER.bearer()), 404, "not-found", null);
        isProblem(api.send(Request.of("GET", "/api/v1/areas/510104/children/weekly-digests").query("week", "2999-01-04"),
                AUDITOR.bearer()), 400, "invalid-value", "week");
        isProblem(api.send(Request.of("GET", "/api/v1/areas/5101x4/children/weekly-digests"), AUDITOR.bearer()), 400,
                "invalid-value", "code");
    }
}
