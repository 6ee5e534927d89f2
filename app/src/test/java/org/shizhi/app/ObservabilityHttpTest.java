package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.http.AccessLog;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;

/** What the operators see of the running platform: request ids, problems that name them, the access log, JSON log lines, /metrics. */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:observability-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class ObservabilityHttpTest {

    /** 锦江区 春熙路街道 总府路社区. */
    private static final String ZONGFU = "510104022001";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person WORKER = new Person("510100", ZONGFU, Role.GRID_WORKER);

    @Inject
    WebTarget target;

    @Test
    void aWellFormedRequestIdIsAnsweredAndNamedInTheProblem() {
        Response response = target.path("/api/v1/areas/510100").request().header("X-Request-Id", "gateway-42").get();

        assertThat(response.getStatus()).as("without a token").isEqualTo(401);
        assertThat(response.getHeaderString("X-Request-Id")).as("the caller's id answered").isEqualTo("gateway-42");
        assertThat(response.readEntity(JsonObject.class).getString("instance")).isEqualTo("urn:shizhi:request:gateway-42");
    }

    @Test
    void withoutAWellFormedIdTheRequestGetsOneOfItsOwnAndTheProblemNamesThatOne() {
        Response response = target.path("/api/v1/areas/510100").request().header("X-Request-Id", "two words").get();

        String answered = response.getHeaderString("X-Request-Id");
        assertThat(answered).as("a made id, not the malformed one").isNotEqualTo("two words").matches("[0-9a-f-]{36}");
        assertThat(response.readEntity(JsonObject.class).getString("instance")).isEqualTo("urn:shizhi:request:" + answered);

        Response other = target.path("/api/v1/areas/510100").request().get();
        assertThat(other.getHeaderString("X-Request-Id")).as("another request, another id").isNotBlank().isNotEqualTo(answered);
    }

    @Test
    void everyKindOfProblemNamesTheRequest() {
        // Refused by the domain (through the JAX-RS mappers), by no route at all (the server's own 404), and at the edge
        // before any route reads the body (413).
        Response invalid = target.path("/api/v1/areas").request()
                .header(HttpHeaders.AUTHORIZATION, ADMIN.bearer()).header("X-Request-Id", "req-invalid")
                .post(Entity.json("{\"areas\": [{\"code\": \"51010400100X\", \"name\": \"坏编码社区\"}]}"));
        Response nowhere = target.path("/no/such/thing").request().header("X-Request-Id", "req-nowhere").get();
        Response tooLarge = target.path("/api/v1/areas").request().header(HttpHeaders.AUTHORIZATION, ADMIN.bearer())
                .header("X-Request-Id", "req-large").post(Entity.json("{\"areas\": \"" + "x".repeat(1_100_000) + "\"}"));

        assertThat(List.of(invalid.getStatus(), nowhere.getStatus(), tooLarge.getStatus())).containsExactly(400, 404, 413);
        assertThat(invalid.readEntity(JsonObject.class).getString("instance")).isEqualTo("urn:shizhi:request:req-invalid");
        assertThat(nowhere.readEntity(JsonObject.class).getString("instance")).isEqualTo("urn:shizhi:request:req-nowhere");
        assertThat(tooLarge.readEntity(JsonObject.class).getString("instance")).isEqualTo("urn:shizhi:request:req-large");
    }

    @Test
    void theAccessLogHasOneLinePerRequestWithoutQueryOrToken() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Handler capture = capturing(record -> lines.add(record.getMessage()));
        Logger access = Logger.getLogger(AccessLog.LOGGER);
        access.addHandler(capture);
        try {
            Response response = target.path("/api/v1/events").queryParam("area", ZONGFU).queryParam("text", "李明")
                    .request().header(HttpHeaders.AUTHORIZATION, ADMIN.bearer()).header("X-Request-Id", "access-1").get();
            assertThat(response.getStatus()).isEqualTo(200);
            response.close();
            // The line is written once the answer is out, so it may follow the client's return by a moment.
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(line -> line.endsWith("request access-1")));
        } finally {
            access.removeHandler(capture);
        }

        List<String> ours = lines.stream().filter(line -> line.endsWith("request access-1")).toList();
        assertThat(ours).as("the access log's lines for request access-1 in " + lines).hasSize(1);
        assertThat(ours.getFirst()).matches("GET /api/v1/events 200 \\d+\\.\\d ms request access-1");
        assertThat(lines.toString()).as("no query and no token in the access log").doesNotContain("李明").doesNotContain("Bearer")
                .doesNotContain(ADMIN.bearer().substring("Bearer ".length()));
    }

    @Test
    void jsonLogLinesCarryTimeLevelLoggerMessageThreadAndTheRequestId() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        LogLines format = new LogLines();
        // Formatted as the console handler does: on the thread that serves the request, where its id is in the context.
        Handler capture = capturing(record -> lines.add(format.format(record)));
        Logger access = Logger.getLogger(AccessLog.LOGGER);
        access.addHandler(capture);
        LogFormat.JSON.choose();
        try {
            target.path("/health").request().header("X-Request-Id", "json-line-1").get().close();
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(line -> line.contains("json-line-1")));
        } finally {
            LogFormat.TEXT.choose();
            access.removeHandler(capture);
        }

        Optional<String> line = lines.stream().filter(l -> l.contains("json-line-1")).findFirst();
        assertThat(line).as("a JSON line for request json-line-1 in " + lines).isPresent();
        assertThat(line.get().strip()).as("one object, one line").doesNotContain("\n").startsWith("{").endsWith("}");
        JsonObject object = Json.createReader(new StringReader(line.get())).readObject();
        assertThat(object.getString("request-id")).isEqualTo("json-line-1");
        assertThat(object.getString("level")).isEqualTo("INFO");
        assertThat(object.getString("logger")).isEqualTo(AccessLog.LOGGER);
        assertThat(object.getString("message")).startsWith("GET /health 200 ");
        assertThat(object.getString("time")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}");
        assertThat(object.getString("thread")).isNotBlank();
    }

    @Test
    void anIntakeThroughHttpIsCountedOnMetrics() {
        GridCalls api = new GridCalls(target);
        String grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "观测测试网格", null);
        double before = metric("shizhi_events_reported_total", "via=\"report\"", "outcome=\"done\"");

        api.report(WORKER, grid, "春熙路人行道井盖松动，行人易绊倒");

        assertThat(metric("shizhi_events_reported_total", "via=\"report\"", "outcome=\"done\""))
                .as("events reported after one intake").isEqualTo(before + 1);
    }

    @Test
    void aRefusedIntakeIsCountedAsRefusedNotDone() {
        GridCalls api = new GridCalls(target);
        String grid = api.createGrid(ADMIN, ZONGFU, "GENERAL", "观测拒收网格", null);
        double done = metric("shizhi_events_reported_total", "via=\"report\"", "outcome=\"done\"");
        double refused = metric("shizhi_events_reported_total", "via=\"report\"", "outcome=\"refused\"");
        Person elsewhere = new Person("510100", "510104022002", Role.GRID_WORKER);

        Response response = api.send(Request.of("POST", "/api/v1/events").body(GridCalls.newEvent(grid, "越界上报的事件")), elsewhere.bearer());

        assertThat(response.getStatus()).as("a grid outside the reporter's jurisdiction").isEqualTo(404);
        assertThat(metric("shizhi_events_reported_total", "via=\"report\"", "outcome=\"refused\"")).isEqualTo(refused + 1);
        assertThat(metric("shizhi_events_reported_total", "via=\"report\"", "outcome=\"done\"")).isEqualTo(done);
    }

    @Test
    void theOutboxesBacklogsAndThePoolAreGaugedOnMetrics() {
        for (String outbox : List.of("case-archive", "dispute-archive", "integration-event")) {
            assertThat(metric("shizhi_outbox_pending", "outbox=\"" + outbox + "\"")).as("rows waiting in " + outbox).isNotNaN()
                    .isGreaterThanOrEqualTo(0);
            assertThat(metric("shizhi_outbox_lag_seconds", "outbox=\"" + outbox + "\"")).as("the relay lag of " + outbox).isNotNaN()
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(metric("shizhi_db_pool_max")).as("the pool's size limit").isGreaterThan(0);
        assertThat(metric("shizhi_db_pool_connections", "state=\"active\"") + metric("shizhi_db_pool_connections", "state=\"idle\""))
                .as("connections the pool holds").isGreaterThan(0);
    }

    /** The value of the one series of {@code name} whose labels include every one of {@code labels}, as /metrics serves it now. */
    private double metric(String name, String... labels) {
        Response response = target.path("/metrics").request("text/plain").get();
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as("GET /metrics").isEqualTo(200);
        Pattern series = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        List<Double> values = new ArrayList<>();
        Matcher m = series.matcher(body);
        while (m.find()) {
            String found = m.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                values.add(Double.parseDouble(m.group(2)));
            }
        }
        assertThat(values).as("series " + name + " with " + List.of(labels) + " on /metrics").hasSize(1);
        return values.getFirst();
    }

    private static Handler capturing(java.util.function.Consumer<LogRecord> sink) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                sink.accept(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
