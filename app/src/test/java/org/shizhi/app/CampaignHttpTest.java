package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
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
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The campaign context over HTTP on the started platform: a campaign from the red-culture template to complete coverage;
 * a Safety Star round with 20 concurrent votes of one resident (one counted, the rest 409); awards never overdrawing the
 * fund; a double-booked hall refused; bad input answered as problem+json naming the field, with nothing written.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:campaign-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "mp.config.profile", value = "embedded")
class CampaignHttpTest {

    private static final String ZONGFU = "510104022001";
    private static final String HONGXING = "510104022002";
    private static final Person OFFICER = new Person("510100", "510104022000", Role.STREET_OFFICER);
    private static final Person OFFICER_CLEAR = new Person("510100", "510104022000", Role.STREET_OFFICER, "PERSONAL_DATA");
    private static final Person STAFF = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
    private static final Person APP = new Person("510100", "510100", Role.INTEGRATOR);
    private static final Person AUDITOR = new Person("510100", "510100", Role.AUDITOR);
    private static final LocalDate TODAY = LocalDate.now(WorkingTime.ZONE);

    @Inject
    WebTarget target;

    private GridCalls api;

    @BeforeEach
    void api() {
        api = new GridCalls(target);
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

    private String launch() {
        String body = "{\"templateId\":\"red-culture.eight-venues\",\"organiser\":\"春熙路街道\",\"periodStart\":\"" + TODAY.minusDays(60)
                + "\",\"periodEnd\":\"" + TODAY.plusDays(60) + "\",\"targetAreas\":[\"" + ZONGFU + "\",\"" + HONGXING + "\"],"
                + "\"targetKinds\":[\"SCHOOL\",\"FAMILY\"]}";
        return api.call(OFFICER, Request.of("POST", "/api/v1/campaigns").body(body), 201, "launch").getString("id");
    }

    private static String activity(String kind, String area) {
        return "{\"venueKind\":\"" + kind + "\",\"place\":\"活动室\",\"areaCode\":\"" + area + "\",\"heldOn\":\"" + TODAY.minusDays(1)
                + "\",\"participants\":30,\"members\":10,\"organiser\":\"社区党委\",\"evidence\":\"照片\","
                + "\"attachments\":[{\"fileName\":\"a.jpg\",\"mediaType\":\"image/jpeg\",\"sizeBytes\":1000,\"sha256\":\"" + "b".repeat(64) + "\"}]}";
    }

    @Test
    void aCampaignFromTheTemplateIsCompleteOnceEveryKindIsReachedInEveryArea() {
        String id = launch();
        JsonObject campaign = api.call(AUDITOR, Request.of("GET", "/api/v1/campaigns/" + id), 200, "read");
        assertThat(campaign.getString("theme")).as("the template's name fills the theme").isEqualTo("红色文化\"八进\"");
        assertThat(campaign.getJsonArray("activityKinds")).as("the template's activities").isNotEmpty();
        JsonObject template = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/510100/campaign-templates"), 200, "templates")
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("id").equals("red-culture.eight-venues")).findFirst().orElseThrow();
        assertThat(template.getJsonArray("checklist")).as("the plugin's template carries its checklist").isNotEmpty();
        assertThat(campaign.getJsonArray("checklist")).as("the campaign takes the template's checklist")
                .isEqualTo(template.getJsonArray("checklist"));
        Person hongxing = new Person("510100", HONGXING, Role.GRID_WORKER);
        api.call(STAFF, Request.of("POST", "/api/v1/campaigns/" + id + "/activities").body(activity("SCHOOL", ZONGFU)), 201, "record");
        api.call(STAFF, Request.of("POST", "/api/v1/campaigns/" + id + "/activities").body(activity("FAMILY", ZONGFU)), 201, "record");
        api.call(hongxing, Request.of("POST", "/api/v1/campaigns/" + id + "/activities").body(activity("SCHOOL", HONGXING)), 201, "record");
        JsonObject coverage = api.call(AUDITOR, Request.of("GET", "/api/v1/campaigns/" + id + "/coverage"), 200, "coverage");
        assertThat(coverage.getBoolean("complete")).isFalse();
        assertThat(coverage.getInt("pairsReached")).isEqualTo(3);
        api.call(hongxing, Request.of("POST", "/api/v1/campaigns/" + id + "/activities").body(activity("FAMILY", HONGXING)), 201, "record");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/campaigns/" + id + "/coverage"), 200, "coverage").getBoolean("complete")).isTrue();
        JsonObject page = api.call(AUDITOR, Request.of("GET", "/api/v1/campaigns/" + id + "/activities").query("limit", "3"), 200, "list");
        assertThat(page.getJsonArray("items")).hasSize(3);
        JsonObject next = api.call(AUDITOR, Request.of("GET", "/api/v1/campaigns/" + id + "/activities")
                .query("limit", "3").query("cursor", page.getString("nextCursor")), 200, "list");
        assertThat(next.getJsonArray("items")).hasSize(1);
        JsonObject figures = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/510104/campaign-figures")
                .query("from", TODAY.minusDays(30).toString()).query("to", TODAY.toString()), 200, "figures");
        assertThat(figures.getInt("venuePairsTargeted")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void badActivityInputNamesTheFieldAndWritesNothing() {
        String id = launch();
        isProblem(api.send(Request.of("POST", "/api/v1/campaigns/" + id + "/activities").body(activity("GRID", ZONGFU)), STAFF.bearer()),
                400, "invalid-value", "venueKind");
        isProblem(api.send(Request.of("POST", "/api/v1/campaigns/" + id + "/activities")
                .body(activity("SCHOOL", ZONGFU).replace("\"members\":10", "\"members\":31")), STAFF.bearer()), 400, "invalid-value", "participants.members");
        isProblem(api.send(Request.of("POST", "/api/v1/campaigns/" + id + "/activities")
                .body(activity("SCHOOL", ZONGFU).replace("b".repeat(64), "xyz")), STAFF.bearer()), 400, "invalid-value", "attachments[0].sha256");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/campaigns/" + id + "/activities"), 200, "list").getJsonArray("items"))
                .as("no refused activity was written").isEmpty();
        isProblem(api.send(Request.of("POST", "/api/v1/campaigns").body("{\"organiser\":\"x\",\"periodStart\":\"2026-01-01\","
                + "\"periodEnd\":\"2026-02-01\",\"targetAreas\":[\"51010402200\"],\"targetKinds\":[\"GRID\"],\"theme\":\"t\"}"),
                OFFICER.bearer()), 400, "invalid-value", "targetAreas[0]");
    }

    @Test
    void twentyConcurrentVotesOfOneResidentCountOnceTheRestAre409() throws Exception {
        String round = api.call(OFFICER, Request.of("POST", "/api/v1/safety-star-rounds").body("{\"areaCode\":\"" + ZONGFU
                + "\",\"title\":\"平安之星\",\"votingStart\":\"" + TODAY + "\",\"votingEnd\":\"" + TODAY.plusDays(7) + "\"}"), 201, "open")
                .getString("id");
        String nomination = api.call(STAFF, Request.of("POST", "/api/v1/safety-star-rounds/" + round + "/nominations").body(
                "{\"nominee\":\"张平安\",\"nominatedBy\":\"总府路社区居委会\",\"deed\":\"劝阻违规充电\",\"evidence\":\"巡查记录\"}"), 201, "nominate")
                .getString("id");
        String vote = "{\"nominationId\":\"" + nomination + "\",\"voterIdNumber\":\"11010519491231002X\"}";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    Response r = api.send(Request.of("POST", "/api/v1/safety-star-rounds/" + round + "/votes").body(vote), APP.bearer());
                    r.readEntity(String.class);
                    return r.getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses.stream().filter(s -> s == 201).count()).as("one vote counted: " + statuses).isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 409).count()).as("the rest conflicts: " + statuses).isEqualTo(19);
        } finally {
            pool.shutdownNow();
        }
        JsonObject results = api.call(AUDITOR, Request.of("GET", "/api/v1/safety-star-rounds/" + round + "/results"), 200, "results");
        assertThat(results.getJsonNumber("votes").longValue()).isEqualTo(1);
        assertThat(results.getJsonArray("tallies").getJsonObject(0).getJsonObject("nomination").getString("nominee"))
                .as("masked without the privilege").isEqualTo("张**");
        isProblem(api.send(Request.of("POST", "/api/v1/safety-star-rounds/" + round + "/votes").body(vote), APP.bearer()),
                409, "conflict", "voterIdNumber");
        isProblem(api.send(Request.of("POST", "/api/v1/safety-star-rounds/" + round + "/votes")
                .body(vote.replace("002X", "0021")), APP.bearer()), 400, "invalid-value", "voterIdNumber");
    }

    @Test
    void awardsNeverOverdrawTheFund() {
        String area = "510104022000";
        api.call(OFFICER, Request.of("POST", "/api/v1/areas/" + area + "/samaritan-fund/income")
                .body("{\"amount\":3000,\"source\":\"街道拨款\",\"receivedOn\":\"" + TODAY + "\"}"), 201, "income");
        String award = "{\"act\":\"救起落水儿童\",\"actOn\":\"" + TODAY.minusDays(3) + "\",\"place\":\"府河\","
                + "\"honoured\":[{\"name\":\"张勇\",\"idNumber\":\"11010519491231002X\"}],\"amount\":2000}";
        JsonObject granted = api.call(OFFICER, Request.of("POST", "/api/v1/areas/" + area + "/samaritan-fund/awards").body(award), 201, "award");
        assertThat(granted.getJsonObject("entry").getJsonNumber("balanceAfter").bigDecimalValue()).isEqualByComparingTo("1000");
        isProblem(api.send(Request.of("POST", "/api/v1/areas/" + area + "/samaritan-fund/awards").body(award), OFFICER.bearer()),
                409, "conflict", "amount");
        JsonObject fund = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/" + area + "/samaritan-fund"), 200, "fund");
        assertThat(fund.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("1000");
        assertThat(fund.getJsonArray("ledger")).hasSize(2);
        String awardId = granted.getJsonObject("award").getString("id");
        JsonObject clear = api.call(OFFICER_CLEAR, Request.of("GET", "/api/v1/samaritan-awards/" + awardId), 200, "award");
        assertThat(clear.getJsonArray("honoured").getJsonObject(0).getString("idNumber")).isEqualTo("11010519491231002X");
        JsonObject masked = api.call(OFFICER, Request.of("GET", "/api/v1/samaritan-awards/" + awardId), 200, "award");
        assertThat(masked.getJsonArray("honoured").getJsonObject(0).containsKey("idNumber")).as("left out without the privilege").isFalse();
        isProblem(api.send(Request.of("POST", "/api/v1/areas/" + area + "/samaritan-fund/awards").body(award.replace("2000", "0.001")),
                OFFICER.bearer()), 400, "invalid-value", "amount");
    }

    @Test
    void aHallIsBookedOnceADayAndTheReportCountsKeptPledges() {
        String hall = api.call(STAFF, Request.of("POST", "/api/v1/wedding-halls").body("{\"areaCode\":\"" + ZONGFU
                + "\",\"name\":\"总府路社区公共礼堂\",\"capacity\":120}"), 201, "hall").getString("id");
        String day = TODAY.minusDays(10).toString();
        String wedding = "{\"areaCode\":\"" + ZONGFU + "\",\"weddingOn\":\"" + day + "\",\"partnerOne\":\"王小明\",\"partnerTwo\":\"李小红\","
                + "\"services\":[\"PUBLIC_HALL\",\"FOLK_MASTER\"],\"hallId\":\"" + hall + "\","
                + "\"pledge\":{\"maxGuests\":80,\"maxBanquetTables\":8,\"maxGifts\":10000}}";
        JsonObject registered = api.call(STAFF, Request.of("POST", "/api/v1/weddings").body(wedding), 201, "wedding");
        assertThat(registered.getString("partnerOne")).isEqualTo("王**");
        isProblem(api.send(Request.of("POST", "/api/v1/weddings").body(wedding), STAFF.bearer()), 409, "conflict", "hallId");
        api.call(STAFF, Request.of("POST", "/api/v1/weddings/" + registered.getString("id") + "/follow-up").body("{\"checkedOn\":\""
                + TODAY + "\",\"guests\":70,\"banquetTables\":7,\"gifts\":8000,\"checkedBy\":\"社区红娘\"}"), 200, "follow up");
        JsonObject report = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/510104/wedding-report")
                .query("from", TODAY.minusDays(30).toString()).query("to", TODAY.toString()), 200, "report");
        JsonObject line = report.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("areaCode")).isEqualTo(ZONGFU);
        assertThat(line.getJsonNumber("pledgesKept").longValue()).isEqualTo(1);
        assertThat(line.getJsonObject("servicesUsed").getJsonNumber("publicHall").longValue()).isEqualTo(1);
        api.call(STAFF, Request.of("POST", "/api/v1/wedding-register-entries").body("{\"kind\":\"FOLK_MASTER\",\"areaCode\":\"" + ZONGFU
                + "\",\"entryOn\":\"" + TODAY + "\",\"name\":\"陈总管\",\"phone\":\"13800138000\"}"), 201, "register");
        JsonObject masters = api.call(AUDITOR, Request.of("GET", "/api/v1/areas/" + ZONGFU + "/wedding-register-entries")
                .query("kind", "FOLK_MASTER"), 200, "masters");
        assertThat(masters.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("陈**");
        assertThat(masters.getJsonArray("items").getJsonObject(0).containsKey("phone")).as("the mobile is left out of a masked read").isFalse();
        isProblem(api.send(Request.of("POST", "/api/v1/wedding-register-entries").body("{\"kind\":\"COUNSELLING\",\"areaCode\":\"" + ZONGFU
                + "\",\"entryOn\":\"" + TODAY + "\",\"topic\":\"沟通\",\"counsellor\":\"刘老师\",\"couples\":0}"), STAFF.bearer()),
                400, "invalid-value", "couples");
    }

    @Test
    void aVoteSentAgainWithItsIdempotencyKeyIsReplayedNotRefused() {
        String round = api.call(OFFICER, Request.of("POST", "/api/v1/safety-star-rounds").body("{\"areaCode\":\"" + ZONGFU
                + "\",\"title\":\"重放\",\"votingStart\":\"" + TODAY + "\",\"votingEnd\":\"" + TODAY.plusDays(3) + "\"}"), 201, "open")
                .getString("id");
        Request nominate = Request.of("POST", "/api/v1/safety-star-rounds/" + round + "/nominations").header("Idempotency-Key", "nominate-1")
                .body("{\"nominee\":\"钱守望\",\"nominatedBy\":\"居委会\",\"deed\":\"巡逻\",\"evidence\":\"记录\"}");
        Person clearStaff = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF, "PERSONAL_DATA");
        String nomination = api.call(clearStaff, nominate, 201, "nominate").getString("id");
        Response replayed = api.send(nominate, STAFF.bearer());
        JsonObject again = GridCalls.expect(replayed, 201, "nominate again");
        assertThat(replayed.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getString("id")).isEqualTo(nomination);
        assertThat(again.getString("nominee")).as("the replay is rendered for the replaying token's privilege").isEqualTo("钱**");
        Request vote = Request.of("POST", "/api/v1/safety-star-rounds/" + round + "/votes").header("Idempotency-Key", "vote-1")
                .body("{\"nominationId\":\"" + nomination + "\",\"voterIdNumber\":\"11010519491231002X\"}");
        api.call(APP, vote, 201, "vote");
        Response second = api.send(vote, APP.bearer());
        GridCalls.expect(second, 201, "the same vote again");
        assertThat(second.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.call(AUDITOR, Request.of("GET", "/api/v1/safety-star-rounds/" + round + "/results"), 200, "results")
                .getJsonNumber("votes").longValue()).as("counted once").isEqualTo(1);
    }

    @Test
    void aWeddingsCoupleReadInClearIsAuditedAndAMaskedReadIsNot() {
        String wedding = api.call(STAFF, Request.of("POST", "/api/v1/weddings").body("{\"areaCode\":\"" + ZONGFU + "\",\"weddingOn\":\""
                + TODAY.minusDays(3) + "\",\"partnerOne\":\"审计甲\",\"partnerTwo\":\"审计乙\",\"services\":[\"COUNSELLING\"],"
                + "\"pledge\":{\"maxGuests\":50,\"maxBanquetTables\":5,\"maxGifts\":5000}}"), 201, "wedding").getString("id");
        java.util.function.Supplier<Integer> audited = () -> api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", wedding)
                .query("limit", "100"), 200, "audit").getJsonArray("items").size();
        int before = audited.get();
        assertThat(api.call(OFFICER, Request.of("GET", "/api/v1/weddings/" + wedding), 200, "masked").getString("partnerOne"))
                .isEqualTo("审**");
        assertThat(audited.get()).as("a masked read is not audited").isEqualTo(before);
        assertThat(api.call(OFFICER_CLEAR, Request.of("GET", "/api/v1/weddings/" + wedding), 200, "clear").getString("partnerOne"))
                .isEqualTo("审计甲");
        api.call(OFFICER_CLEAR, Request.of("GET", "/api/v1/weddings").query("area", ZONGFU).query("limit", "100"), 200, "clear list");
        assertThat(audited.get()).as("the clear read and the clear page are audited").isEqualTo(before + 2);
    }

    @Test
    void aWeddingGivenAgainInClearUnderItsKeyIsAuditedLikeARead() {
        Person clearStaff = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF, "PERSONAL_DATA");
        Request register = Request.of("POST", "/api/v1/weddings").header("Idempotency-Key", "wedding-audit-1").body("{\"areaCode\":\""
                + ZONGFU + "\",\"weddingOn\":\"" + TODAY.minusDays(2) + "\",\"partnerOne\":\"重放甲\",\"partnerTwo\":\"重放乙\","
                + "\"services\":[\"COUNSELLING\"],\"pledge\":{\"maxGuests\":50,\"maxBanquetTables\":5,\"maxGifts\":5000}}");
        String wedding = api.call(clearStaff, register, 201, "wedding").getString("id");
        java.util.function.Supplier<Integer> audited = () -> api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", wedding)
                .query("limit", "100"), 200, "audit").getJsonArray("items").size();
        int before = audited.get();
        Response again = api.send(register, clearStaff.bearer());
        assertThat(GridCalls.expect(again, 201, "again").getString("partnerOne")).isEqualTo("重放甲");
        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(audited.get()).as("the couple shown in clear again is audited").isEqualTo(before + 1);
    }

    @Test
    void campaignReadsInClearAreAuditedWithTheStatedAccessPurpose() {
        // In a community of its own, so that the other tests' lists stay as they expect.
        String wedding = api.call(OFFICER, Request.of("POST", "/api/v1/weddings").body("{\"areaCode\":\"" + HONGXING + "\",\"weddingOn\":\""
                + TODAY.minusDays(4) + "\",\"partnerOne\":\"目的甲\",\"partnerTwo\":\"目的乙\",\"services\":[\"COUNSELLING\"],"
                + "\"pledge\":{\"maxGuests\":50,\"maxBanquetTables\":5,\"maxGifts\":5000}}"), 201, "wedding").getString("id");
        String master = api.call(OFFICER, Request.of("POST", "/api/v1/wedding-register-entries").body("{\"kind\":\"FOLK_MASTER\",\"areaCode\":\""
                + HONGXING + "\",\"entryOn\":\"" + TODAY + "\",\"name\":\"目的总管\",\"phone\":\"13800138001\"}"), 201, "master").getString("id");
        String round = api.call(OFFICER, Request.of("POST", "/api/v1/safety-star-rounds").body("{\"areaCode\":\"" + HONGXING
                + "\",\"title\":\"目的\",\"votingStart\":\"" + TODAY + "\",\"votingEnd\":\"" + TODAY.plusDays(3) + "\"}"), 201, "open")
                .getString("id");
        String nomination = api.call(OFFICER, Request.of("POST", "/api/v1/safety-star-rounds/" + round + "/nominations")
                .body("{\"nominee\":\"孙守望\",\"nominatedBy\":\"居委会\",\"deed\":\"巡逻\",\"evidence\":\"记录\"}"), 201, "nominate").getString("id");
        api.call(OFFICER, Request.of("POST", "/api/v1/areas/" + HONGXING + "/samaritan-fund/income")
                .body("{\"amount\":500,\"source\":\"社区募捐\",\"receivedOn\":\"" + TODAY + "\"}"), 201, "income");
        String award = api.call(OFFICER, Request.of("POST", "/api/v1/areas/" + HONGXING + "/samaritan-fund/awards").body("{\"act\":\"扑灭火情\","
                + "\"actOn\":\"" + TODAY.minusDays(2) + "\",\"place\":\"总府路\",\"honoured\":[{\"name\":\"周勇\"}],\"amount\":200}"), 201, "award")
                .getJsonObject("award").getString("id");

        // Each read that shows personal data in clear, with the purpose the reader states, and the record it shows.
        List<String[]> reads = List.of(
                new String[] {"/api/v1/safety-star-rounds/" + round + "/results", "results-check", nomination},
                new String[] {"/api/v1/samaritan-awards/" + award, "award-check", award},
                new String[] {"/api/v1/areas/" + HONGXING + "/wedding-register-entries?kind=FOLK_MASTER", "masters-check", master},
                new String[] {"/api/v1/weddings?area=" + HONGXING, "weddings-check", wedding},
                new String[] {"/api/v1/weddings/" + wedding, "wedding-check", wedding});
        for (String[] read : reads) {
            String[] pathAndQuery = read[0].split("\\?");
            Request request = Request.of("GET", pathAndQuery[0]).header("Access-Purpose", read[1]);
            if (pathAndQuery.length > 1) {
                String[] query = pathAndQuery[1].split("=");
                request = request.query(query[0], query[1]);
            }
            api.call(OFFICER_CLEAR, request, 200, read[0]);
            List<String> purposes = api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", read[2]).query("limit", "100"),
                    200, "audit").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.containsKey("purpose") ? e.getString("purpose") : "").toList();
            assertThat(purposes).as("the audit of %s carries the purpose its reader stated", read[0]).contains(read[1]);
        }
        isProblem(api.send(Request.of("GET", "/api/v1/weddings/" + wedding).header("Access-Purpose", "%ZZ"), OFFICER_CLEAR.bearer()),
                400, "invalid-value", "Access-Purpose");
    }
}
