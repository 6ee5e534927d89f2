package org.shizhi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * Grid event intake over HTTP against the embedded default: a 201 means the event, its timeline entry and its
 * grade are committed. Events go to a TOTAL grid in every Chengdu community, so the duplicate check sees the
 * spread a city would have; /health in the same run is the server's ceiling.
 */
final class IntakeBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TEXTS = {
        "楼道堆放杂物，堵塞消防通道，请社区协调清理", "小区门口路灯不亮已经三天，晚上出行不便", "餐馆油烟直排，影响楼上住户开窗",
        "电动车在楼道内充电，存在火灾隐患", "下水道堵塞，污水漫到人行道上", "邻居装修噪音扰民，中午也不停工",
        "小区绿化带被占用种菜", "独居老人多日未出门，邻居担心其身体状况", "共享单车乱停放堵住盲道",
        "楼上漏水到楼下，两家多次协商未果"};
    private static final String[] CATEGORIES = {"SAFETY_HAZARD", "SERVICE_REQUEST", "ENVIRONMENT", "SAFETY_HAZARD",
        "ENVIRONMENT", "DISPUTE", "OTHER", "SERVICE_REQUEST", "PUBLIC_OPINION", "DISPUTE"};

    private IntakeBench() {
    }

    static void run(Path root, Report report) throws Exception {
        try (PlatformProcess platform = PlatformProcess.start(root, List.of("-Xmx1g", "-Dshizhi.demo-data.grids=false"))) {
            String admin = platform.bearer("bench-admin", "510100", "510100", List.of("CITY_ADMIN"), Duration.ofHours(2));
            String worker = platform.bearer("bench-worker", "510100", "510100", List.of("GRID_WORKER"), Duration.ofHours(2));
            HttpClient client = HttpClient.newHttpClient();
            List<String> grids = totalGrids(client, platform.base(), admin);

            AtomicLong serial = new AtomicLong();
            Load.Template events = Load.Template.of("POST", platform.base(), "/api/v1/events",
                    Map.of("Authorization", worker, "Content-Type", "application/json"));
            Supplier<byte[]> intake = () -> {
                long n = serial.incrementAndGet();
                int kind = (int) (n % TEXTS.length);
                String body = "{\"gridCode\":\"" + grids.get((int) (n % grids.size())) + "\",\"category\":\"" + CATEGORIES[kind]
                        + "\",\"text\":\"" + TEXTS[kind] + "（第" + n + "号，" + ThreadLocalRandom.current().nextInt(1000) + "栋）\","
                        + "\"channel\":\"GRID_WORKER\",\"reporter\":{\"name\":\"网格员" + (n % 97) + "\"}}";
                return events.withBody(body);
            };
            byte[] health = Load.Template.of("GET", platform.base(), "/health", Map.of()).withoutBody();
            byte[] plugins = Load.Template.of("GET", platform.base(), "/api/v1/plugins", Map.of("Authorization", admin)).withoutBody();
            Load load = new Load(platform.base());
            load.verify(intake.get(), 201, 3);
            load.verify(health, 200, 3);
            load.verify(plugins, 200, 3);
            // Warm-up: pools, H2 pages, and the JIT, which on two shared cores is still compiling after ten seconds.
            load.saturate(intake, 201, 16, Duration.ofSeconds(30));
            Duration cpu = platform.cpuTime();
            Load.Result sustained = load.saturate(intake, 201, 32, Duration.ofSeconds(20));
            report.row("event intake, 32 in flight, 20 s (sustained durable events/s)", sustained, platform.cpuTime().minus(cpu), ">= 2,000/s");
            report.row("event intake at 1,000/s, 20 s", load.fixedRate(intake, 201, 1_000, Duration.ofSeconds(20)), "p99 <= 50 ms");
            cpu = platform.cpuTime();
            Load.Result healthCeiling = load.saturate(() -> health, 200, 32, Duration.ofSeconds(15));
            report.row("GET /health, 32 in flight, 15 s (ceiling, same server)", healthCeiling, platform.cpuTime().minus(cpu), "—");
            cpu = platform.cpuTime();
            Load.Result pluginsCeiling = load.saturate(() -> plugins, 200, 32, Duration.ofSeconds(15));
            report.row("GET /api/v1/plugins, 32 in flight, 15 s (ceiling of an authenticated JAX-RS read)", pluginsCeiling,
                    platform.cpuTime().minus(cpu), "—");
            report.row("grids receiving events", grids.size() + " TOTAL grids, one per Chengdu community", "—");
            report.row("platform RSS after the run", platform.residentMiB() + " MiB", "—");
            report.note("The load generator runs on the same " + Runtime.getRuntime().availableProcessors()
                    + " cores as the platform and its embedded H2 database: HTTP/1.1 keep-alive over plain sockets, one connection"
                    + " per request in flight (" + Load.FIXED_RATE_CONNECTIONS + " for a fixed rate). Measured after 30 s of intake"
                    + " as warm-up. Platform CPU is all of its JVM's threads, JIT and GC included, over the run, per ok request.");
        }
    }

    /** A TOTAL grid in every community of Chengdu's demo area tree, created through the API. */
    private static List<String> totalGrids(HttpClient client, URI base, String admin) throws Exception {
        List<String> communities = new ArrayList<>();
        for (String district : children(client, base, admin, "510100000000")) {
            for (String street : children(client, base, admin, district)) {
                communities.addAll(children(client, base, admin, street));
            }
        }
        List<String> grids = new ArrayList<>();
        for (String community : communities) {
            String body = JSON.writeValueAsString(Map.of("community", community, "tier", "TOTAL", "name", "压测总网格"));
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/grids"))
                    .header("Authorization", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating a grid in " + community + " answered " + created.statusCode() + ": " + created.body());
            }
            grids.add(JSON.readTree(created.body()).path("code").asText());
        }
        if (grids.isEmpty()) {
            throw new IllegalStateException("the demo area tree has no Chengdu communities");
        }
        return grids;
    }

    private static List<String> children(HttpClient client, URI base, String token, String code) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/areas/" + code + "/children"))
                .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
        List<String> codes = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body()).path("items")) {
            codes.add(item.path("code").asText());
        }
        return codes;
    }
}
