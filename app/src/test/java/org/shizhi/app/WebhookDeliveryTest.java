package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.webhooks.StandardWebhookSignature;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.integration.model.WebhookSecret;
import org.shizhi.domain.shared.Role;

/**
 * Webhooks end to end on the running platform: grid events reported and closed over HTTP reach a receiver on
 * 127.0.0.1 (the JDK's HttpServer) that fails every third delivery, and is down for a minute in one test, through the
 * integration outbox, the background job's fan-out, the signed CloudEvents transport and its retries; and an assessment
 * notice's publication, to the subscriptions whose area holds it.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:webhook-delivery;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
@AddConfig(key = "shizhi.jobs.webhooks.period-seconds", value = "1")
@AddConfig(key = "shizhi.webhooks.first-retry-millis", value = "200")
@AddConfig(key = "shizhi.webhooks.longest-retry-seconds", value = "2")
// Enough attempts for a receiver down for a minute: about 40 at one to two seconds apart.
@AddConfig(key = "shizhi.webhooks.max-attempts", value = "100")
// A scheme every street has a value for, so that a notice can commend one and criticise another (as AssessmentHttpTest).
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.name", value = "信访积案季度考核")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.units", value = "STREET")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.cadence", value = "QUARTERLY")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.item.petition-backlog", value = "100, 5, 0")
class WebhookDeliveryTest {

    private static final String ZONGFU = "510104022001";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person WORKER = new Person("510100", ZONGFU, Role.GRID_WORKER);
    private static final Person STAFF = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
    /** Holds no personal-data privilege: its payloads carry no reporter. */
    private static final Person INTEGRATOR = new Person("510100", "510104", Role.INTEGRATOR);
    private static final Person OFFICER = new Person("510100", "510104", Role.STREET_OFFICER);
    private static final Person ZHANJIANG_INTEGRATOR = new Person("440800", "440800", Role.INTEGRATOR);

    /** One request the receiver took: its headers, body and whether it answered 2xx. */
    record Received(String path, String id, long timestamp, String signature, String body, boolean acknowledged) {
    }

    @Inject
    WebTarget target;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = listen(new InetSocketAddress("127.0.0.1", 0));
    }

    /** The receiver on {@code address}: it records every request and fails every third one with a 503. */
    private HttpServer listen(InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", exchange -> {
            boolean fail = requests.incrementAndGet() % 3 == 0;
            var h = exchange.getRequestHeaders();
            received.add(new Received(exchange.getRequestURI().getPath(), h.getFirst("webhook-id"),
                    Long.parseLong(h.getFirst("webhook-timestamp")), h.getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), !fail));
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    /** {@code who} subscribes the receiver's {@code path} to {@code types}; the answer (the subscription and its secret). */
    private JsonObject subscribe(GridCalls api, Person who, String path, String types, String what) {
        return api.call(who, Request.of("POST", "/api/v1/webhook-subscriptions")
                .body("{\"url\":\"" + url(path) + "\",\"eventTypes\":[" + types + "]}"), 201, what);
    }

    @Test
    void aReceiverFailingEveryThirdDeliveryGetsEveryEventOnceInOrderPerSubjectEachSigned() {
        GridCalls api = new GridCalls(target);
        String grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "总府路推送测试网格", null);
        JsonObject created = subscribe(api, INTEGRATOR, "/chengdu", "\"GRID_EVENT_REPORTED\",\"GRID_EVENT_CLOSED\",\"CASE_ARCHIVED\"", "subscribe");
        WebhookSecret secret = new WebhookSecret(created.getString("secret"));
        String subscriptionId = created.getJsonObject("subscription").getString("id");
        subscribe(api, ZHANJIANG_INTEGRATOR, "/zhanjiang", "\"GRID_EVENT_REPORTED\",\"GRID_EVENT_CLOSED\",\"CASE_ARCHIVED\"", "subscribe in another city");

        int reported = 6;
        int closed = 3;
        for (int i = 0; i < reported; i++) {
            String id = api.report(WORKER, grid, "第" + i + "件：楼道堆放杂物");
            if (i < closed) {
                String accepted = api.transition(STAFF, id, "accept", "\"1\"", null);
                String resolved = api.transition(WORKER, id, "resolve", accepted, "{\"resolution\":\"已清理\"}");
                api.step(WORKER, Request.of("POST", "/api/v1/events/" + id + "/verdict").ifMatch(resolved)
                        .body("{\"satisfaction\":5,\"comment\":\"满意\"}"), 200, "satisfied verdict");
            }
        }
        int expected = reported + 2 * closed; // each close: the event closed and its case archived

        await("every event acknowledged once").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> received.stream().filter(r -> r.acknowledged() && r.path().equals("/chengdu")).map(Received::id)
                        .distinct().count() >= expected);

        List<Received> chengdu = received.stream().filter(r -> r.path().equals("/chengdu")).toList();
        assertThat(chengdu).as("some deliveries failed and were retried").anyMatch(r -> !r.acknowledged());
        assertThat(chengdu).as("each signature verifies with the subscription's secret").allMatch(r ->
                StandardWebhookSignature.verify(secret, r.id(), r.timestamp(), r.body(), r.signature()));
        List<JsonObject> acknowledged = chengdu.stream().filter(Received::acknowledged).map(r -> GridCalls.JsonObjects.parse(r.body()))
                .toList();
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        acknowledged.forEach(e -> byId.putIfAbsent(e.getString("id"), e));
        assertThat(byId).as("every event once after de-duplication by id").hasSize(expected);
        assertThat(byId.values()).extracting(e -> e.getString("type")).filteredOn(t -> t.endsWith("reported")).hasSize(reported);
        assertThat(byId.values()).extracting(e -> e.getString("type")).filteredOn(t -> t.endsWith("case.archived")).hasSize(closed);
        Map<String, List<String>> statesBySubject = byId.values().stream().filter(e -> e.getString("subject").startsWith("grid-events/"))
                .collect(Collectors.groupingBy(e -> e.getString("subject"), LinkedHashMap::new,
                        Collectors.mapping(e -> e.getJsonObject("data").getString("state"), Collectors.toList())));
        assertThat(statesBySubject).hasSize(reported);
        assertThat(statesBySubject.values()).as("in order per subject").allMatch(states ->
                states.equals(List.of("REPORTED")) || states.equals(List.of("REPORTED", "CLOSED")));
        JsonObject first = byId.values().iterator().next();
        assertThat(first.getString("specversion")).isEqualTo("1.0");
        assertThat(first.getString("source")).isEqualTo("/shizhi/cities/510100000000");
        assertThat(first.getString("datacontenttype")).isEqualTo("application/json");
        assertThat(byId.values()).as("no reporter for a subscriber without the personal-data privilege")
                .allMatch(e -> !e.getJsonObject("data").containsKey("reporterName") && !e.getJsonObject("data").containsKey("reporterPhone"));
        assertThat(received).as("nothing of 成都 reaches a 湛江 subscription").noneMatch(r -> r.path().equals("/zhanjiang"));

        JsonObject log = api.call(INTEGRATOR, Request.of("GET", "/api/v1/webhook-subscriptions/" + subscriptionId + "/deliveries")
                .query("limit", "100"), 200, "delivery log");
        List<JsonObject> deliveries = log.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(deliveries).hasSize(expected).allMatch(d -> d.getString("state").equals("DELIVERED"));
        assertThat(deliveries).anyMatch(d -> d.getInt("attempts") > 1);

        // A replay from before the first event owes all of them again, with the same ids.
        int before = received.size();
        JsonObject replay = api.call(INTEGRATOR, Request.of("POST", "/api/v1/webhook-subscriptions/" + subscriptionId + "/replays")
                .body("{\"since\":\"" + Instant.now().minus(Duration.ofHours(1)) + "\"}"), 202, "replay");
        assertThat(replay.getInt("deliveries")).isEqualTo(expected);
        await("the replay acknowledged").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> received.subList(before, received.size()).stream().filter(Received::acknowledged).map(Received::id)
                        .distinct().count() >= expected);
        assertThat(received.subList(before, received.size()).stream().map(Received::id).collect(Collectors.toSet()))
                .isEqualTo(byId.keySet());
    }

    @Test
    void aSubscriptionOutsideTheCallersJurisdictionOrCityIsRefusedAndABadUrlNamesTheField() {
        GridCalls api = new GridCalls(target);
        Response outside = api.send(Request.of("POST", "/api/v1/webhook-subscriptions").body(
                "{\"url\":\"https://integrator.example/hooks\",\"eventTypes\":[\"GRID_EVENT_CLOSED\"],\"area\":\"510107000000\"}"),
                INTEGRATOR.bearer());
        assertThat(outside.getStatus()).isEqualTo(403);
        assertThat(outside.getMediaType().toString()).startsWith("application/problem+json");
        Response otherCity = api.send(Request.of("POST", "/api/v1/webhook-subscriptions").body(
                "{\"url\":\"https://integrator.example/hooks\",\"eventTypes\":[\"GRID_EVENT_CLOSED\"],\"area\":\"440802000000\"}"),
                INTEGRATOR.bearer());
        assertThat(otherCity.getStatus()).isEqualTo(403);
        Response plainHttp = api.send(Request.of("POST", "/api/v1/webhook-subscriptions").body(
                "{\"url\":\"http://integrator.example/hooks\",\"eventTypes\":[\"GRID_EVENT_CLOSED\"]}"), INTEGRATOR.bearer());
        assertThat(plainHttp.getStatus()).isEqualTo(400);
        assertThat(plainHttp.readEntity(String.class)).contains("\"field\":\"url\"").contains("https");
        Response unknownType = api.send(Request.of("POST", "/api/v1/webhook-subscriptions").body(
                "{\"url\":\"https://integrator.example/hooks\",\"eventTypes\":[\"NOT_A_TYPE\"]}"), INTEGRATOR.bearer());
        assertThat(unknownType.getStatus()).isEqualTo(400);
        JsonObject list = api.call(INTEGRATOR, Request.of("GET", "/api/v1/webhook-subscriptions"), 200, "list");
        assertThat(list.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(s -> s.getString("url")))
                .as("no refused subscription was stored").noneMatch(u -> u.equals("https://integrator.example/hooks")
                        || u.equals("http://integrator.example/hooks"));
    }

    /**
     * The acceptance test of issue 21: a receiver on 127.0.0.1 that fails one delivery in three and whose port refuses
     * connections for a whole minute (its listening socket closed, not merely answering errors) gets every event exactly
     * once after de-duplication by id, in order per subject, each signature verified. Events are written before, during
     * and after the outage, and subjects reported before it are closed during it, so their later event must wait for the
     * earlier one. The retries are short and many (see the class's configuration) so that the minute is all it waits.
     */
    @Test
    void aReceiverFailingOneInThreeAndDownForAMinuteGetsEveryEventOnceInOrderPerSubjectEachSigned() throws Exception {
        GridCalls api = new GridCalls(target);
        String grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "总府路停机一分钟测试网格", null);
        JsonObject created = subscribe(api, INTEGRATOR, "/outage", "\"GRID_EVENT_REPORTED\",\"GRID_EVENT_CLOSED\",\"CASE_ARCHIVED\"", "subscribe");
        WebhookSecret secret = new WebhookSecret(created.getString("secret"));
        String subscriptionId = created.getJsonObject("subscription").getString("id");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            before.add(api.report(WORKER, grid, "停机前第" + i + "件：井盖松动"));
        }
        close(api, before.get(0));
        await("the events before the outage acknowledged").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> acknowledgedIds("/outage").size() >= 3 + 2);

        InetSocketAddress address = receiver.getAddress();
        receiver.stop(0);
        long down = System.nanoTime();
        assertThatThrownBy(() -> new Socket(address.getAddress(), address.getPort()).close())
                .as("the receiver's port refuses connections while it is down").isInstanceOf(ConnectException.class);
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            during.add(api.report(WORKER, grid, "停机中第" + i + "件：路灯不亮"));
        }
        close(api, before.get(1));
        close(api, during.get(0));
        await("attempts failing while the receiver is down").atMost(Duration.ofSeconds(55)).pollInterval(Duration.ofMillis(500))
                .until(() -> log(api, subscriptionId).stream().anyMatch(d -> d.getInt("attempts") >= 2
                        && d.getString("lastError", "").toLowerCase(java.util.Locale.ROOT).contains("connect")));
        int receivedWhileDown = received.size();
        Thread.sleep(Math.max(0, Duration.ofSeconds(60).toMillis() - Duration.ofNanos(System.nanoTime() - down).toMillis()));
        assertThat(received).as("nothing reached the receiver while its port was closed").hasSize(receivedWhileDown);
        assertThat(log(api, subscriptionId)).as("nothing was parked during the minute (the retries outlast it)")
                .noneMatch(d -> d.getString("state").equals("PARKED"));
        receiver = listen(address);

        String after = api.report(WORKER, grid, "恢复后：垃圾满溢");
        close(api, during.get(1));
        int reported = before.size() + during.size() + 1;
        int closed = 4;
        int expected = reported + 2 * closed;

        await("every event acknowledged once the receiver is back").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> acknowledgedIds("/outage").size() >= expected);
        List<Received> outage = received.stream().filter(r -> r.path().equals("/outage")).toList();
        assertThat(outage).as("some deliveries failed (one in three) after the outage too").anyMatch(r -> !r.acknowledged());
        assertThat(outage).as("each signature verifies with the subscription's secret").allMatch(r ->
                StandardWebhookSignature.verify(secret, r.id(), r.timestamp(), r.body(), r.signature()));
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        outage.stream().filter(Received::acknowledged).map(r -> GridCalls.JsonObjects.parse(r.body()))
                .forEach(e -> byId.putIfAbsent(e.getString("id"), e));
        assertThat(byId).as("every event exactly once after de-duplication by id").hasSize(expected);
        Map<String, List<String>> statesBySubject = byId.values().stream().filter(e -> e.getString("subject").startsWith("grid-events/"))
                .collect(Collectors.groupingBy(e -> e.getString("subject"), LinkedHashMap::new,
                        Collectors.mapping(e -> e.getJsonObject("data").getString("state"), Collectors.toList())));
        List<String> everyReport = new ArrayList<>(before);
        everyReport.addAll(during);
        everyReport.add(after);
        assertThat(statesBySubject.keySet()).as("a subject for every event reported")
                .containsExactlyInAnyOrderElementsOf(everyReport.stream().map(id -> "grid-events/" + id).toList());
        Set<String> closedIds = Set.of(before.get(0), before.get(1), during.get(0), during.get(1));
        statesBySubject.forEach((subject, states) -> assertThat(states).as("in order per subject: " + subject)
                .isEqualTo(closedIds.contains(subject.substring("grid-events/".length())) ? List.of("REPORTED", "CLOSED") : List.of("REPORTED")));
        for (String subject : statesBySubject.keySet()) {
            List<Received> ofSubject = outage.stream().filter(r -> GridCalls.JsonObjects.parse(r.body()).getString("subject").equals(subject)).toList();
            int reportedAcknowledged = ofSubject.indexOf(ofSubject.stream().filter(r -> r.acknowledged()
                    && GridCalls.JsonObjects.parse(r.body()).getJsonObject("data").getString("state").equals("REPORTED")).findFirst().orElseThrow());
            assertThat(ofSubject.subList(0, reportedAcknowledged)).as("no later event of " + subject + " sent before its report was acknowledged")
                    .allMatch(r -> GridCalls.JsonObjects.parse(r.body()).getJsonObject("data").getString("state").equals("REPORTED"));
        }
        List<JsonObject> deliveries = log(api, subscriptionId);
        assertThat(deliveries).hasSize(expected).allMatch(d -> d.getString("state").equals("DELIVERED"));
        assertThat(deliveries).as("the events owed during the outage were tried again and again").anyMatch(d -> d.getInt("attempts") >= 5);
    }

    private static void close(GridCalls api, String id) {
        String accepted = api.transition(STAFF, id, "accept", "\"1\"", null);
        String resolved = api.transition(WORKER, id, "resolve", accepted, "{\"resolution\":\"已处理\"}");
        api.step(WORKER, Request.of("POST", "/api/v1/events/" + id + "/verdict").ifMatch(resolved)
                .body("{\"satisfaction\":5,\"comment\":\"满意\"}"), 200, "satisfied verdict");
    }

    private Set<String> acknowledgedIds(String path) {
        return received.stream().filter(r -> r.acknowledged() && r.path().equals(path)).map(Received::id).collect(Collectors.toSet());
    }

    private static List<JsonObject> log(GridCalls api, String subscriptionId) {
        return api.call(INTEGRATOR, Request.of("GET", "/api/v1/webhook-subscriptions/" + subscriptionId + "/deliveries")
                .query("limit", "100"), 200, "delivery log").getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /**
     * A notice's publication reaches a subscription whose area holds the notice's (the district), signed, with the
     * notice's figures; a subscription filtered to a community inside it and one of another city get nothing.
     */
    @Test
    void aPublishedNoticeReachesTheSubscriptionsWhoseAreaHoldsItAndNoOther() {
        GridCalls api = new GridCalls(target);
        String types = "\"NOTICE_PUBLISHED\"";
        JsonObject district = subscribe(api, INTEGRATOR, "/notices", types, "subscribe the district");
        WebhookSecret secret = new WebhookSecret(district.getString("secret"));
        JsonObject community = api.call(INTEGRATOR, Request.of("POST", "/api/v1/webhook-subscriptions").body("{\"url\":\""
                + url("/notices-community") + "\",\"eventTypes\":[" + types + "],\"area\":\"" + ZONGFU + "\"}"), 201, "subscribe a community");
        subscribe(api, ZHANJIANG_INTEGRATOR, "/notices-zhanjiang", types, "subscribe in another city");

        String quarter = org.shizhi.domain.spi.AssessmentPeriod.containing(org.shizhi.domain.spi.AssessmentPeriod.Cadence.QUARTERLY,
                java.time.LocalDate.now(org.shizhi.domain.shared.WorkingTime.ZONE).minusMonths(3)).toString();
        api.call(ADMIN, Request.of("POST", "/api/v1/assessment/schemes/backlog-quarterly/runs")
                .body("{\"area\":\"510104\",\"period\":\"" + quarter + "\"}"), 201, "run");
        String id = api.call(OFFICER, Request.of("POST", "/api/v1/assessment/schemes/backlog-quarterly/results/510104000000/" + quarter
                + "/notices").body("{\"bottom\":1,\"top\":1}"), 201, "draft").getString("id");
        api.call(ADMIN, Request.of("POST", "/api/v1/assessment/notices/" + id + "/publication"), 200, "publish");

        await("the publication acknowledged").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !acknowledgedIds("/notices").isEmpty());
        Received r = received.stream().filter(x -> x.path().equals("/notices") && x.acknowledged()).findFirst().orElseThrow();
        assertThat(StandardWebhookSignature.verify(secret, r.id(), r.timestamp(), r.body(), r.signature())).isTrue();
        JsonObject event = GridCalls.JsonObjects.parse(r.body());
        assertThat(event.getString("type")).isEqualTo("org.shizhi.notice.published");
        assertThat(event.getString("subject")).isEqualTo("notices/" + id);
        assertThat(event.getJsonObject("data").getString("within")).isEqualTo("510104000000");
        assertThat(event.getJsonObject("data").getString("commended")).isEqualTo("1");
        assertThat(event.getJsonObject("data").getString("criticised")).isEqualTo("1");
        assertThat(log(api, community.getJsonObject("subscription").getString("id")))
                .as("the district's notice is not the community subscription's").isEmpty();
        assertThat(received).as("nothing of 成都 reaches 湛江, nor the community subscription")
                .noneMatch(x -> x.path().equals("/notices-zhanjiang") || x.path().equals("/notices-community"));
    }

    @Test
    void aRotatedSecretSignsAlongsideThePreviousOneDuringTheOverlap() {
        GridCalls api = new GridCalls(target);
        String grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "总府路轮换测试网格", null);
        JsonObject created = subscribe(api, INTEGRATOR, "/rotation", "\"GRID_EVENT_REPORTED\"", "subscribe");
        WebhookSecret old = new WebhookSecret(created.getString("secret"));
        String id = created.getJsonObject("subscription").getString("id");
        JsonObject rotated = api.call(INTEGRATOR, Request.of("POST", "/api/v1/webhook-subscriptions/" + id + "/secret-rotations"), 200,
                "rotate");
        WebhookSecret next = new WebhookSecret(rotated.getString("secret"));
        assertThat(Instant.parse(rotated.getString("previousSecretUntil"))).isAfter(Instant.now().plus(Duration.ofHours(23)));

        api.report(WORKER, grid, "轮换后：楼道灯不亮");

        await("delivered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> received.stream().anyMatch(r -> r.path().equals("/rotation") && r.acknowledged()));
        Received r = received.stream().filter(x -> x.path().equals("/rotation")).findFirst().orElseThrow();
        assertThat(StandardWebhookSignature.verify(next, r.id(), r.timestamp(), r.body(), r.signature())).isTrue();
        assertThat(StandardWebhookSignature.verify(old, r.id(), r.timestamp(), r.body(), r.signature())).isTrue();
        assertThat(new ArrayList<>(List.of(r.signature().split(" ")))).hasSize(2);
    }
}
