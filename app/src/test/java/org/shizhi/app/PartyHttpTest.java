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
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

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
        // Another test of the class binds a branch to a grid of its own in the community: count from what stands now.
        int coveredBefore = coverage().getJsonArray("rows").getJsonObject(0).getInt("coveredGrids");
        JsonObject branch = api.call(STAFF, Request.of("POST", "/api/v1/party-organisations").body("{\"tier\":\"BRANCH\",\"name\":\"测试网格党支部\","
                + "\"areaCode\":\"" + HONGXING + "\",\"parentId\":\"" + committee + "\",\"gridCodes\":[\"" + grid + "\"]}"), 201, "branch");
        assertThat(branch.getString("parentId")).isEqualTo(committee);
        JsonObject row = coverage().getJsonArray("rows").getJsonObject(0);
        assertThat(row.getInt("coveredGrids")).as("the grid has a branch").isEqualTo(coveredBefore + 1);

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

    private JsonObject formAlliance() {
        return api.call(STAFF, Request.of("POST", "/api/v1/party-alliances").body("{\"name\":\"红星共同体\",\"areaCode\":\"" + HONGXING
                + "\",\"convenorId\":\"" + committee + "\",\"members\":[{\"name\":\"红星小学\",\"kind\":\"SCHOOL\"},"
                + "{\"name\":\"农商银行\",\"kind\":\"ENTERPRISE\",\"creditCode\":\"" + creditCode(1) + "\"}]}"), 201, "form alliance");
    }

    private static String creditCode(int serial) {
        String first17 = "91510104" + String.format("%09d", 880_000_000 + serial);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static String seats(String propertyCompany) {
        StringBuilder seats = new StringBuilder();
        for (String seat : List.of("COMMUNITY_PARTY_ORGANISATION", "RESIDENTS_COMMITTEE", "SUPERVISORY_COMMITTEE", "OWNERS_COMMITTEE",
                "PROPERTY_COMPANY")) {
            seats.append(seats.isEmpty() ? "" : ",").append("{\"seat\":\"").append(seat).append("\",\"organisation\":\"")
                    .append(seat.equals("PROPERTY_COMPANY") ? propertyCompany : seat + "单位").append("\",\"person\":\"代表\"}");
        }
        return "[" + seats + "]";
    }

    private static JsonObject problem(Response response, int status, String field) {
        assertThat(response.getStatus()).as("status of a refusal naming " + field).isEqualTo(status);
        assertThat(response.getHeaderString("Content-Type")).startsWith("application/problem+json");
        JsonObject body = response.readEntity(JsonObject.class);
        assertThat(body.getString("field")).isEqualTo(field);
        return body;
    }

    @Test
    void anAllianceActivityDeliversPledgesOnceAndTheRestAreReportedOpen() {
        String alliance = formAlliance().getString("id");
        String bank = api.call(STAFF, Request.of("POST", "/api/v1/party-alliances/" + alliance + "/pledges").body(
                "{\"memberName\":\"农商银行\",\"promise\":\"两场防诈骗讲座\",\"dueOn\":\"2026-12-31\"}"), 201, "bank pledges").getString("id");
        String school = api.call(STAFF, Request.of("POST", "/api/v1/party-alliances/" + alliance + "/pledges").body(
                "{\"memberName\":\"红星小学\",\"promise\":\"开放操场\",\"dueOn\":\"2026-11-30\"}"), 201, "school pledges").getString("id");
        problem(api.send(Request.of("POST", "/api/v1/party-alliances/" + alliance + "/pledges").body(
                "{\"memberName\":\"不是成员\",\"promise\":\"x\",\"dueOn\":\"2026-11-30\"}"), STAFF.bearer()), 400, "memberName");

        String activity = "{\"title\":\"金融知识进社区\",\"heldOn\":\"2026-11-20\",\"participants\":[\"红星小学\",\"农商银行\"],\"pledgeIds\":[\""
                + bank + "\"]}";
        JsonObject recorded = api.call(STAFF, Request.of("POST", "/api/v1/party-alliances/" + alliance + "/activities").body(activity),
                201, "activity");
        assertThat(recorded.getJsonArray("delivered").getJsonObject(0).getBoolean("delivered")).as("the bank's pledge delivered").isTrue();
        problem(api.send(Request.of("POST", "/api/v1/party-alliances/" + alliance + "/activities").body(activity), STAFF.bearer()),
                409, "pledgeIds");
        assertThat(api.call(READER, Request.of("GET", "/api/v1/party-alliances/" + alliance + "/activities"), 200, "activities")
                .getJsonArray("items")).as("the refused activity was not written").hasSize(1);

        List<JsonObject> pledges = api.call(READER, Request.of("GET", "/api/v1/party-alliances/" + alliance + "/pledges"), 200, "pledges")
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(pledges).extracting(p -> p.getString("id")).as("by due date").containsExactly(school, bank);
        assertThat(pledges.get(1).getString("deliveredBy")).isEqualTo(recorded.getJsonObject("activity").getString("id"));
        List<JsonObject> open = api.call(READER, Request.of("GET", "/api/v1/areas/" + HONGXING + "/open-party-pledges").query("limit", "100"),
                200, "open pledges").getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(open).extracting(p -> p.getString("pledgeId")).as("the school's pledge is open, the bank's is not")
                .contains(school).doesNotContain(bank);

        JsonObject joined = api.call(STAFF, Request.of("POST", "/api/v1/party-alliances/" + alliance + "/members").body(
                "{\"name\":\"区人民医院\",\"kind\":\"PUBLIC_INSTITUTION\"}"), 201, "admit");
        assertThat(joined.getJsonArray("members")).hasSize(3);
        problem(api.send(Request.of("POST", "/api/v1/party-alliances/" + alliance + "/members").body(
                "{\"name\":\"区人民医院\",\"kind\":\"PUBLIC_INSTITUTION\"}"), STAFF.bearer()), 400, "members");
        assertThat(api.call(READER, Request.of("GET", "/api/v1/party-alliances").query("area", HONGXING).query("limit", "100"), 200, "list")
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(a -> a.getString("id")).contains(alliance);
    }

    @Test
    void aCouncilFillsItsFiveSeatsAndMeetsWithAQuorum() {
        String estate = api.call(STAFF, Request.of("POST", "/api/v1/estates").body("{\"communityCode\":\"" + HONGXING
                + "\",\"name\":\"议事小区\"}"), 201, "estate").getString("id");
        int before = api.call(READER, Request.of("GET", "/api/v1/areas/" + HONGXING + "/party-councils"), 200, "councils")
                .getJsonArray("items").size();
        problem(api.send(Request.of("POST", "/api/v1/party-councils").body("{\"communityCode\":\"" + HONGXING + "\",\"estateId\":\"" + estate
                + "\",\"seats\":" + seats("物业").replace(",{\"seat\":\"OWNERS_COMMITTEE\",\"organisation\":\"OWNERS_COMMITTEE单位\",\"person\":\"代表\"}", "")
                + "}"), STAFF.bearer()), 400, "seats");
        problem(api.send(Request.of("POST", "/api/v1/party-councils").body("{\"communityCode\":\"" + HONGXING + "\",\"estateId\":\"" + estate
                + "\",\"seats\":" + seats("物业").replaceFirst("\"person\":\"代表\"", "\"person\":\" \"") + "}"), STAFF.bearer()), 400, "seats[0].person");
        problem(api.send(Request.of("POST", "/api/v1/party-alliances").body("{\"name\":\"坏成员\",\"areaCode\":\"" + HONGXING
                + "\",\"convenorId\":\"" + committee + "\",\"members\":[{\"name\":\"甲\",\"kind\":\"OTHER\"},{\"name\":\"\",\"kind\":\"OTHER\"}]}"),
                STAFF.bearer()), 400, "members[1].name");
        assertThat(api.call(READER, Request.of("GET", "/api/v1/areas/" + HONGXING + "/party-councils"), 200, "councils")
                .getJsonArray("items")).as("nothing written").hasSize(before);
        JsonObject council = api.call(STAFF, Request.of("POST", "/api/v1/party-councils").body("{\"communityCode\":\"" + HONGXING
                + "\",\"estateId\":\"" + estate + "\",\"seats\":" + seats("物业") + "}"), 201, "council");
        assertThat(council.getJsonArray("seats").getValuesAs(JsonObject.class)).extracting(s -> s.getString("seat"))
                .containsExactly("COMMUNITY_PARTY_ORGANISATION", "RESIDENTS_COMMITTEE", "SUPERVISORY_COMMITTEE", "OWNERS_COMMITTEE",
                        "PROPERTY_COMPANY");
        assertThat(api.send(Request.of("POST", "/api/v1/party-councils").body("{\"communityCode\":\"" + HONGXING + "\",\"estateId\":\""
                + estate + "\",\"seats\":" + seats("物业") + "}"), STAFF.bearer()).getStatus()).as("one council per estate").isEqualTo(409);

        String meetings = "/api/v1/party-councils/" + council.getString("id") + "/meetings";
        problem(api.send(Request.of("POST", meetings).body("{\"heldOn\":\"2026-11-25\",\"present\":[\"RESIDENTS_COMMITTEE\",\"OWNERS_COMMITTEE\"],"
                + "\"topics\":[\"停车\"],\"decisions\":[\"划线\"]}"), STAFF.bearer()), 400, "present");
        JsonObject meeting = api.call(STAFF, Request.of("POST", meetings).body("{\"heldOn\":\"2026-11-25\",\"present\":[\"RESIDENTS_COMMITTEE\","
                + "\"OWNERS_COMMITTEE\",\"PROPERTY_COMPANY\"],\"topics\":[\"停车\"],\"decisions\":[\"由物业月底前划线\"]}"), 201, "meeting");
        assertThat(meeting.getJsonArray("decisions").getString(0)).isEqualTo("由物业月底前划线");
        assertThat(api.call(READER, Request.of("GET", meetings), 200, "meetings").getJsonArray("items")).as("the quorate meeting only").hasSize(1);
        assertThat(api.call(READER, Request.of("GET", "/api/v1/party-councils/" + council.getString("id")), 200, "council")
                .getString("estateId")).isEqualTo(estate);
    }

    @Test
    void anEstateWhoseCompanyHasNoOverseeingOrganisationIsListedUntilItIsLinked() {
        String code = creditCode(2);
        problem(api.send(Request.of("POST", "/api/v1/property-companies").body("{\"creditCode\":\"91510104000000000X\",\"name\":\"坏码物业\"}"),
                STAFF.bearer()), 400, "creditCode");
        api.call(STAFF, Request.of("POST", "/api/v1/property-companies").body("{\"creditCode\":\"" + code + "\",\"name\":\"红星物业\"}"), 201,
                "company");
        String estate = api.call(STAFF, Request.of("POST", "/api/v1/estates").body("{\"communityCode\":\"" + HONGXING
                + "\",\"name\":\"红星苑\",\"propertyCompanyCreditCode\":\"" + code + "\"}"), 201, "estate").getString("id");
        assertThat(unlinked()).as("the company oversees nothing yet").contains(estate);
        JsonObject linked = api.call(STAFF, Request.of("PUT", "/api/v1/property-companies/" + code + "/overseer").body(
                "{\"organisationId\":\"" + committee + "\"}"), 200, "link");
        assertThat(linked.getString("overseenById")).isEqualTo(committee);
        assertThat(unlinked()).as("red property: the estate's company is overseen").doesNotContain(estate);
        assertThat(api.call(READER, Request.of("GET", "/api/v1/estates").query("area", HONGXING).query("limit", "100"), 200, "estates")
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(e -> e.getString("id")).contains(estate);
        assertThat(api.send(Request.of("POST", "/api/v1/estates").body("{\"communityCode\":\"" + HONGXING + "\",\"name\":\"无名物业小区\","
                + "\"propertyCompanyCreditCode\":\"" + creditCode(3) + "\"}"), STAFF.bearer()).getStatus())
                .as("a company not registered in the city").isEqualTo(404);
    }

    private List<String> unlinked() {
        return api.call(READER, Request.of("GET", "/api/v1/areas/" + HONGXING + "/estates-without-red-property").query("limit", "100"), 200,
                "unlinked").getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("estateId")).toList();
    }

    @Test
    void anOrganisationIsReboundAndItsMembersModelPostsAndServiceAreListedMaskedAsResidentsAre() {
        String branchGrid = api.createGrid(ADMIN, HONGXING, "GENERAL", "红星绑定测试网格", null);
        String branch = api.call(STAFF, Request.of("POST", "/api/v1/party-organisations").body("{\"tier\":\"BRANCH\",\"name\":\"绑定测试支部\","
                + "\"areaCode\":\"" + HONGXING + "\",\"parentId\":\"" + committee + "\"}"), 201, "branch").getString("id");
        JsonObject bound = api.call(STAFF, Request.of("PUT", "/api/v1/party-organisations/" + branch + "/bindings").body(
                "{\"gridCodes\":[\"" + branchGrid + "\"],\"estateIds\":[]}"), 200, "bind");
        assertThat(bound.getJsonArray("gridCodes").getString(0)).isEqualTo(branchGrid);
        problem(api.send(Request.of("PUT", "/api/v1/party-organisations/" + branch + "/bindings").body(
                "{\"gridCodes\":[\"510104022001001\"],\"estateIds\":[]}"), STAFF.bearer()), 400, "gridCodes");
        problem(api.send(Request.of("PUT", "/api/v1/party-organisations/" + branch + "/bindings").body(
                "{\"gridCodes\":[\"not-a-grid\"],\"estateIds\":[]}"), STAFF.bearer()), 400, "gridCodes[0]");
        assertThat(api.call(READER, Request.of("GET", "/api/v1/party-organisations/" + branch), 200, "branch").getJsonArray("gridCodes")
                .getString(0)).as("the refused rebinding wrote nothing").isEqualTo(branchGrid);

        String member = api.call(STAFF, Request.of("POST", "/api/v1/party-organisations/" + branch + "/members").body(
                "{\"name\":\"李示范\",\"idNumber\":\"" + idNumber(104) + "\",\"employed\":false,\"joinedOn\":\"2001-07-01\"}"), 201, "enrol")
                .getString("id");
        JsonObject post = api.call(STAFF, Request.of("POST", "/api/v1/party-organisations/" + branch + "/model-posts").body(
                "{\"title\":\"党员示范岗·便民窗口\",\"holderId\":\"" + member + "\",\"since\":\"2026-07-01\"}"), 201, "appoint");
        assertThat(post.getString("holderName")).as("masked for a caller without the privilege").isEqualTo("李**");
        problem(api.send(Request.of("POST", "/api/v1/party-organisations/" + committee + "/model-posts").body(
                "{\"title\":\"别处的岗\",\"holderId\":\"" + member + "\",\"since\":\"2026-07-01\"}"), STAFF.bearer()), 400, "holderId");
        JsonObject clearPosts = api.call(READER_CLEAR, Request.of("GET", "/api/v1/party-organisations/" + branch + "/model-posts"), 200, "posts");
        assertThat(clearPosts.getJsonArray("items").getJsonObject(0).getString("holderName")).isEqualTo("李示范");

        int audited = auditOf(member).size();
        JsonObject masked = api.call(READER, Request.of("GET", "/api/v1/party-organisations/" + branch + "/members"), 200, "members");
        assertThat(masked.getJsonArray("items").getJsonObject(0).getString("idNumber")).contains("********");
        assertThat(auditOf(member)).as("a masked list is not audited").hasSize(audited);
        JsonObject clear = api.call(READER_CLEAR, Request.of("GET", "/api/v1/party-organisations/" + branch + "/members")
                .header("Access-Purpose", "check"), 200, "members in clear");
        assertThat(clear.getJsonArray("items").getJsonObject(0).getString("idNumber")).isEqualTo(idNumber(104));
        assertThat(auditOf(member)).as("the clear list is audited").hasSize(audited + 1);

        api.call(STAFF, Request.of("POST", "/api/v1/party-members/" + member + "/services").body("{\"communityCode\":\"" + HONGXING
                + "\",\"activity\":\"代办\",\"servedOn\":\"2026-10-08\",\"hours\":1,\"beneficiaries\":2}"), 201, "service");
        api.call(STAFF, Request.of("POST", "/api/v1/party-members/" + member + "/services").body("{\"communityCode\":\"" + HONGXING
                + "\",\"activity\":\"巡逻\",\"servedOn\":\"2026-11-08\",\"hours\":2,\"beneficiaries\":0}"), 201, "service");
        JsonObject first = api.call(READER, Request.of("GET", "/api/v1/party-members/" + member + "/services").query("limit", "1"), 200, "services");
        assertThat(first.getJsonArray("items").getJsonObject(0).getString("activity")).as("newest first").isEqualTo("巡逻");
        JsonObject second = api.call(READER, Request.of("GET", "/api/v1/party-members/" + member + "/services").query("limit", "1")
                .query("cursor", first.getString("nextCursor")), 200, "services, page 2");
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("activity")).isEqualTo("代办");
        assertThat(second.containsKey("nextCursor")).as("the last page").isFalse();
    }

    @Test
    void aPartyCreateSentAgainWithItsKeyIsGivenAgainForTheReplayingCallersPrivilege() {
        Person clearStaff = new Person("510100", HONGXING, Role.COMMUNITY_STAFF, "PERSONAL_DATA");
        Request enrol = Request.of("POST", "/api/v1/party-organisations/" + committee + "/members").header("Idempotency-Key", "party-enrol-1")
                .body("{\"name\":\"周重放\",\"idNumber\":\"" + idNumber(105) + "\",\"employed\":true,\"joinedOn\":\"2005-07-01\"}");
        String member = api.call(clearStaff, enrol, 201, "enrol").getString("id");
        Response replayed = api.send(enrol, STAFF.bearer());
        JsonObject again = GridCalls.expect(replayed, 201, "enrol again");
        assertThat(replayed.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getString("id")).as("the same member, not a second").isEqualTo(member);
        assertThat(again.getString("name")).as("rendered for the replaying token's privilege").isEqualTo("周**");

        Request form = Request.of("POST", "/api/v1/party-alliances").header("Idempotency-Key", "party-alliance-1").body("{\"name\":\"重放共同体\","
                + "\"areaCode\":\"" + HONGXING + "\",\"convenorId\":\"" + committee + "\",\"members\":[{\"name\":\"甲\",\"kind\":\"OTHER\"},"
                + "{\"name\":\"乙\",\"kind\":\"OTHER\"}]}");
        String alliance = api.call(STAFF, form, 201, "form").getString("id");
        Response formedAgain = api.send(form, STAFF.bearer());
        assertThat(GridCalls.expect(formedAgain, 201, "form again").getString("id")).isEqualTo(alliance);
        Response elsewhere = api.send(form, new Person("510100", "510104022001", Role.COMMUNITY_STAFF).bearer());
        assertThat(elsewhere.getStatus()).as("a caller of another community replaying the key reads it as absent").isEqualTo(404);
    }

    private List<JsonObject> auditOf(String record) {
        return api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", record).query("limit", "100"), 200, "audit")
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
