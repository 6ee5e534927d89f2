package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.Role;

/**
 * The party context over HTTP on the started platform: a committee and a branch on a grid, a member enrolled, checked
 * in and serving, and the reports counting them; bad input is problem+json naming the field and writes nothing; a
 * member read in clear is audited, a masked read is not.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:party-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class PartyHttpTest {

    /** 锦江区 春熙路街道 红星社区: no other test of this class's database writes there. */
    private static final String HONGXING = "510104022002";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person STAFF = new Person("510100", HONGXING, Role.COMMUNITY_STAFF);
    private static final Person READER = new Person("510100", HONGXING, Role.GRID_WORKER);
    private static final Person READER_CLEAR = new Person("510100", HONGXING, Role.GRID_WORKER, "PERSONAL_DATA");
    private static final Person AUDITOR = new Person("510100", "510100", Role.AUDITOR);

    @Inject
    WebTarget target;

    private GridCalls api;
    private static String grid;
    private static String committee;

    @BeforeEach
    void aGridAndACommittee() {
        api = new GridCalls(target);
        if (grid == null) {
            grid = api.createGrid(ADMIN, HONGXING, "GENERAL", "红星党建测试网格", null);
            committee = api.call(STAFF, Request.of("POST", "/api/v1/party-organisations").body(
                    "{\"tier\":\"COMMITTEE\",\"name\":\"红星社区党委\",\"areaCode\":\"" + HONGXING + "\"}"), 201, "committee").getString("id");
        }
    }

    private static String idNumber(int serial) {
        String first17 = "51010419800101" + String.format("%03d", serial);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private JsonObject enrol(String idNumber) {
        return api.call(STAFF, Request.of("POST", "/api/v1/party-organisations/" + committee + "/members").body(
                "{\"name\":\"王建国\",\"idNumber\":\"" + idNumber + "\",\"mobile\":\"13912345678\",\"employed\":true,\"joinedOn\":\"2005-07-01\"}"),
                201, "enrol");
    }

    private JsonObject coverage() {
        return api.call(READER, Request.of("GET", "/api/v1/areas/" + HONGXING + "/party-coverage"), 200, "coverage");
    }

    @Test
    void aBranchOnTheGridCoversItAndMembersCountInTheReports() {
        assertThat(coverage().getJsonArray("rows").getJsonObject(0).getInt("coveredGrids")).as("before the branch").isZero();
        JsonObject branch = api.call(STAFF, Request.of("POST", "/api/v1/party-organisations").body("{\"tier\":\"BRANCH\",\"name\":\"测试网格党支部\","
                + "\"areaCode\":\"" + HONGXING + "\",\"parentId\":\"" + committee + "\",\"gridCodes\":[\"" + grid + "\"]}"), 201, "branch");
        assertThat(branch.getString("parentId")).isEqualTo(committee);
        JsonObject row = coverage().getJsonArray("rows").getJsonObject(0);
        assertThat(row.getInt("coveredGrids")).as("the grid has a branch").isEqualTo(row.getInt("grids"));

        String member = enrol(idNumber(101)).getString("id");
        api.call(STAFF, Request.of("PUT", "/api/v1/party-members/" + member + "/check-in").body(
                "{\"communityCode\":\"" + HONGXING + "\",\"checkedInOn\":\"2026-03-01\",\"pledgedService\":\"周末巡逻\"}"), 200, "check in");
        api.call(STAFF, Request.of("POST", "/api/v1/party-members/" + member + "/services").body("{\"communityCode\":\"" + HONGXING
                + "\",\"activity\":\"助老送餐\",\"servedOn\":\"2026-03-08\",\"hours\":2.5,\"beneficiaries\":6}"), 201, "service");
        JsonObject rate = api.call(READER, Request.of("GET", "/api/v1/areas/" + HONGXING + "/party-check-in-rate"), 200, "rate");
        assertThat(rate.getInt("checkedIn")).as("the member checked in").isPositive();
        JsonObject hours = api.call(READER, Request.of("GET", "/api/v1/areas/" + HONGXING + "/party-member-hours")
                .query("from", "2026-01-01").query("to", "2026-12-31"), 200, "hours");
        assertThat(hours.getJsonArray("items").getValuesAs(JsonObject.class)).as("the member's hours, name masked")
                .anyMatch(h -> h.getString("memberId").equals(member) && h.getJsonNumber("hours").doubleValue() == 2.5
                        && h.getString("name").equals("王**"));
        JsonObject figures = api.call(READER, Request.of("GET", "/api/v1/areas/" + HONGXING + "/party-figures")
                .query("from", "2026-01-01").query("to", "2026-12-31"), 200, "figures");
        assertThat(figures.getJsonNumber("serviceHours").doubleValue()).as("figures' hours").isGreaterThanOrEqualTo(2.5);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        int before = api.call(READER, Request.of("GET", "/api/v1/party-organisations").query("area", HONGXING).query("limit", "100"), 200,
                "list").getJsonArray("items").size();
        Response outsideGrid = api.send(Request.of("POST", "/api/v1/party-organisations").body("{\"tier\":\"BRANCH\",\"name\":\"越界支部\","
                + "\"areaCode\":\"" + HONGXING + "\",\"parentId\":\"" + committee + "\",\"gridCodes\":[\"510104022001001\"]}"), STAFF.bearer());
        assertThat(outsideGrid.getStatus()).isEqualTo(400);
        assertThat(outsideGrid.getHeaderString("Content-Type")).startsWith("application/problem+json");
        assertThat(outsideGrid.readEntity(JsonObject.class).getString("field")).isEqualTo("gridCodes");
        Response groupAtTop = api.send(Request.of("POST", "/api/v1/party-organisations").body("{\"tier\":\"GROUP\",\"name\":\"无上级小组\","
                + "\"areaCode\":\"" + HONGXING + "\"}"), STAFF.bearer());
        assertThat(groupAtTop.getStatus()).isEqualTo(400);
        assertThat(groupAtTop.readEntity(JsonObject.class).getString("field")).isEqualTo("parentId");
        assertThat(api.call(READER, Request.of("GET", "/api/v1/party-organisations").query("area", HONGXING).query("limit", "100"), 200,
                "list").getJsonArray("items").size()).as("nothing written").isEqualTo(before);

        Response badId = api.send(Request.of("POST", "/api/v1/party-organisations/" + committee + "/members").body(
                "{\"name\":\"王建国\",\"idNumber\":\"510104198001010010\",\"employed\":true,\"joinedOn\":\"2005-07-01\"}"), STAFF.bearer());
        assertThat(badId.getStatus()).isEqualTo(400);
        assertThat(badId.readEntity(JsonObject.class).getString("field")).isEqualTo("idNumber");
        String member = enrol(idNumber(102)).getString("id");
        Response halfHour = api.send(Request.of("POST", "/api/v1/party-members/" + member + "/services").body("{\"communityCode\":\""
                + HONGXING + "\",\"activity\":\"助老\",\"servedOn\":\"2026-03-08\",\"hours\":0.3,\"beneficiaries\":1}"), STAFF.bearer());
        assertThat(halfHour.getStatus()).isEqualTo(400);
        assertThat(halfHour.readEntity(JsonObject.class).getString("field")).isEqualTo("hours");
        Response again = api.send(Request.of("POST", "/api/v1/party-organisations/" + committee + "/members").body(
                "{\"name\":\"王建国\",\"idNumber\":\"" + idNumber(102) + "\",\"employed\":true,\"joinedOn\":\"2005-07-01\"}"), STAFF.bearer());
        assertThat(again.getStatus()).as("the same ID number twice in the city").isEqualTo(409);
    }

    @Test
    void aMemberReadInClearIsAuditedAndAMaskedReadIsNot() {
        String member = enrol(idNumber(103)).getString("id");
        JsonObject masked = api.call(READER, Request.of("GET", "/api/v1/party-members/" + member), 200, "masked read");
        assertThat(masked.getString("idNumber")).contains("********");
        assertThat(masked.getBoolean("masked")).isTrue();
        int auditedBefore = auditOf(member).size();
        JsonObject clear = api.call(READER_CLEAR, Request.of("GET", "/api/v1/party-members/" + member).header("Access-Purpose", "check"),
                200, "clear read");
        assertThat(clear.getString("idNumber")).isEqualTo(idNumber(103));
        List<JsonObject> audit = auditOf(member);
        assertThat(audit).as("one more entry, for the clear read").hasSize(auditedBefore + 1);
        assertThat(audit.getFirst().getJsonArray("ids").getValuesAs(JsonString.class)).extracting(JsonString::getString).contains(member);
    }

    private List<JsonObject> auditOf(String record) {
        return api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", record).query("limit", "100"), 200, "audit")
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
