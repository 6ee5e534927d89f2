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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;

/**
 * Personal data over HTTP on the started platform (issue 19): an idempotent create given again is read again for the
 * caller who repeats it (another city's caller with the same account name, or one who lost the area or the privilege,
 * gets what a fresh read would give), and every read that shows personal data unmasked is in the hash-chained audit
 * log, listed by the record whose data was seen; masked reads are not.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:privacy-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class PrivacyHttpTest {

    /** 锦江区 春熙路街道 总府路社区 and 红星社区 of Chengdu; 湛江 赤坎区 金沙湾社区. */
    private static final String ZONGFU = "510104022001";
    private static final String HONGXING = "510104022002";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person WORKER = new Person("510100", ZONGFU, Role.GRID_WORKER);
    private static final Person WORKER_CLEAR = new Person("510100", ZONGFU, Role.GRID_WORKER, "PERSONAL_DATA");
    /** The same account name ("test-grid-worker") in 红星社区, and in Zhanjiang: other people, or other rights. */
    private static final Person WORKER_OF_HONGXING = new Person("510100", HONGXING, Role.GRID_WORKER, "PERSONAL_DATA");
    private static final Person WORKER_OF_ZHANJIANG = new Person("440800", "440802005002", Role.GRID_WORKER, "PERSONAL_DATA");
    private static final Person AUDITOR = new Person("510100", "510100", Role.AUDITOR);

    private static final String CLEAR_PHONE = "13912345678";
    private static final String MASKED_PHONE = "139****5678";

    @Inject
    WebTarget target;

    private GridCalls api;
    private static String grid;

    @BeforeEach
    void aGridOfTheCommunity() {
        api = new GridCalls(target);
        if (grid == null) {
            grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "总府路隐私测试网格", null);
        }
    }

    private Response reportWithKey(Person who, String key, String text) {
        return api.send(Request.of("POST", "/api/v1/events").header("Idempotency-Key", key).body(GridCalls.newEvent(grid, text)),
                who.bearer());
    }

    // Idempotency scoped to the caller

    @Test
    void theSameAccountNameInAnotherCityIsNotAnsweredFromTheFirstCitysRequest() {
        String key = "k-" + UUID.randomUUID();
        JsonObject first = GridCalls.expect(reportWithKey(WORKER_CLEAR, key, "跨市重放测试"), 201, "first report in Chengdu");
        String event = first.getJsonObject("event").getString("id");

        Response other = reportWithKey(WORKER_OF_ZHANJIANG, key, "跨市重放测试");
        String body = other.readEntity(String.class);

        assertThat(other.getStatus()).as("Zhanjiang's caller asks about a Chengdu grid, as a fresh request: " + body).isEqualTo(404);
        assertThat(other.getHeaderString("Idempotent-Replayed")).as("not a replay").isNull();
        assertThat(body).as("nothing of the first city's event").doesNotContain(event).doesNotContain(CLEAR_PHONE);
    }

    @Test
    void aReplayToTheSameCallerGivesTheSameEventAgain() {
        String key = "k-" + UUID.randomUUID();
        Response first = reportWithKey(WORKER_CLEAR, key, "同市重放测试");
        JsonObject created = GridCalls.expect(first, 201, "first report");

        Response again = reportWithKey(WORKER_CLEAR, key, "同市重放测试");
        JsonObject replayed = GridCalls.expect(again, 201, "the same request again");

        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getLocation()).isEqualTo(first.getLocation());
        assertThat(again.getHeaderString("ETag")).isEqualTo(first.getHeaderString("ETag"));
        assertThat(replayed.getJsonObject("event").getString("id")).isEqualTo(created.getJsonObject("event").getString("id"));
        assertThat(replayed.getJsonObject("event").getJsonObject("reporter").getString("phone")).isEqualTo(CLEAR_PHONE);
        assertThat(replayed.getJsonObject("change")).as("the change the first answer recorded").isEqualTo(created.getJsonObject("change"));
    }

    @Test
    void aReplayToACallerWhoCannotReadTheEventNowAnswers404AsAFreshReadWould() {
        String key = "k-" + UUID.randomUUID();
        GridCalls.expect(reportWithKey(WORKER_CLEAR, key, "辖区变更重放测试"), 201, "first report in 总府路");
        String event = api.call(WORKER_CLEAR, Request.of("GET", "/api/v1/events").query("area", ZONGFU).query("limit", "1"), 200,
                "events").getJsonArray("items").getJsonObject(0).getString("id");

        Response replay = reportWithKey(WORKER_OF_HONGXING, key, "辖区变更重放测试");
        String body = replay.readEntity(String.class);
        Response fresh = api.send(Request.of("GET", "/api/v1/events/" + event), WORKER_OF_HONGXING.bearer());

        assertThat(replay.getStatus()).as("the same account, now answering for 红星社区: " + body).isEqualTo(fresh.getStatus())
                .isEqualTo(404);
        assertThat(body).doesNotContain(CLEAR_PHONE);
    }

    @Test
    void maskingOnAReplayFollowsTheReplayingCallersPrivilege() {
        String key = "k-" + UUID.randomUUID();
        GridCalls.expect(reportWithKey(WORKER_CLEAR, key, "权限变更重放测试"), 201, "first report with PERSONAL_DATA");

        JsonObject masked = GridCalls.expect(reportWithKey(WORKER, key, "权限变更重放测试"), 201, "replay without PERSONAL_DATA");
        JsonObject reporter = masked.getJsonObject("event").getJsonObject("reporter");
        assertThat(reporter.getString("phone")).isEqualTo(MASKED_PHONE);
        assertThat(reporter.getBoolean("masked")).isTrue();

        String otherKey = "k-" + UUID.randomUUID();
        GridCalls.expect(reportWithKey(WORKER, otherKey, "权限变更重放测试二"), 201, "first report without PERSONAL_DATA");
        JsonObject clear = GridCalls.expect(reportWithKey(WORKER_CLEAR, otherKey, "权限变更重放测试二"), 201, "replay with it");
        assertThat(clear.getJsonObject("event").getJsonObject("reporter").getString("phone")).isEqualTo(CLEAR_PHONE);
    }

    // Audit of personal data

    private List<JsonObject> auditOf(String record) {
        JsonObject page = api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("record", record).query("limit", "100"), 200,
                "audit of " + record);
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(JsonObject entry) {
        return entry.getJsonArray("ids").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void aResidentReadWithPersonalDataIsAuditedWithTheResidentAndThePurpose() {
        String resident = api.registerResident(WORKER, api.registerDwelling(WORKER, grid));

        JsonObject read = GridCalls.expect(api.send(Request.of("GET", "/api/v1/residents/" + resident)
                .header("Access-Purpose", java.net.URLEncoder.encode("入户走访核实身份", java.nio.charset.StandardCharsets.UTF_8)),
                WORKER_CLEAR.bearer()), 200, "clear read");
        assertThat(read.getBoolean("masked")).isFalse();

        List<JsonObject> entries = auditOf(resident);
        assertThat(entries).as("one entry names the resident").hasSize(1);
        JsonObject entry = entries.getFirst();
        assertThat(entry.getString("subject")).isEqualTo("test-grid-worker");
        assertThat(entry.getString("action")).isEqualTo("READ");
        assertThat(entry.getString("purpose")).isEqualTo("入户走访核实身份");
        assertThat(ids(entry)).containsExactly(resident);
    }

    @Test
    void aListPageReadWithPersonalDataIsOneEntryNamingEveryResidentOnThePage() {
        String pageGrid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "总府路名单测试网格", null);
        String dwelling = api.registerDwelling(WORKER, pageGrid);
        List<String> residents = List.of(api.registerResident(WORKER, dwelling), api.registerResident(WORKER, dwelling),
                api.registerResident(WORKER, dwelling));

        JsonObject page = api.call(WORKER_CLEAR, Request.of("GET", "/api/v1/grids/" + pageGrid + "/residents").query("limit", "2"),
                200, "a page of two");
        List<String> shown = page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(r -> r.getString("id")).toList();

        assertThat(shown).hasSize(2);
        List<JsonObject> entries = auditOf(shown.getFirst());
        assertThat(entries).hasSize(1);
        assertThat(ids(entries.getFirst())).as("every resident on the page, in one entry").containsExactlyElementsOf(shown);
        assertThat(entries.getFirst().getInt("hitCount")).isEqualTo(2);
        String notShown = residents.stream().filter(r -> !shown.contains(r)).findFirst().orElseThrow();
        assertThat(auditOf(notShown)).as("the resident on the next page was not seen").isEmpty();
    }

    @Test
    void aMaskedReadWritesNoEntry() {
        String resident = api.registerResident(WORKER, api.registerDwelling(WORKER, grid));

        JsonObject read = api.call(WORKER, Request.of("GET", "/api/v1/residents/" + resident), 200, "masked read");
        api.call(WORKER, Request.of("GET", "/api/v1/grids/" + grid + "/residents").query("limit", "100"), 200, "masked list");

        assertThat(read.getBoolean("masked")).isTrue();
        assertThat(auditOf(resident)).as("no entry for masked reads").isEmpty();
    }

    @Test
    void eventAndDisputeReadsWithPersonalDataAreAuditedAndTheChainStillVerifies() {
        String event = api.report(WORKER, grid, "审计链测试事件");
        api.call(WORKER_CLEAR, Request.of("GET", "/api/v1/events/" + event), 200, "clear event read");
        api.call(WORKER_CLEAR, Request.of("GET", "/api/v1/grids/" + grid), 200, "grid with its members");

        assertThat(auditOf(event)).as("the event's reporter was seen").hasSize(1);
        JsonObject verdict = api.call(AUDITOR, Request.of("GET", "/api/v1/audit/verify"), 200, "verify");
        assertThat(verdict.getBoolean("intact")).as(verdict.toString()).isTrue();
        assertThat(verdict.getJsonNumber("checked").longValue()).isPositive();
    }

    @Test
    void anOverlongPurposeIsRefusedNamingTheHeader() {
        String resident = api.registerResident(WORKER, api.registerDwelling(WORKER, grid));

        Response refused = api.send(Request.of("GET", "/api/v1/residents/" + resident).header("Access-Purpose", "x".repeat(501)),
                WORKER_CLEAR.bearer());
        String body = refused.readEntity(String.class);

        assertThat(refused.getStatus()).as(body).isEqualTo(400);
        assertThat(body).contains("Access-Purpose").doesNotContain("13812345678");
        assertThat(auditOf(resident)).isEmpty();
    }
}
