package org.shizhi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * Grid event intake over HTTP, on the embedded default (an H2 file) and then on PostgreSQL: a 201 means the event, its
 * timeline entry and its grade are committed and durable, which each run checks by killing the platform with SIGKILL
 * after its last answer and counting the events the database holds. Events go to a TOTAL grid in every Chengdu
 * community, so the duplicate check sees the spread a city would have; /health in the same run is the server's ceiling.
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

    /** Where the PostgreSQL run's database is made: a server URL without a database, its user (trust or no password). */
    private static final String POSTGRES = System.getProperty("shizhi.bench.intake.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String POSTGRES_USER = System.getProperty("shizhi.bench.intake.postgres-user", "postgres");
    private static final String POSTGRES_DATABASE = "shizhi_bench";
    /** One platform instance on the database, as this benchmark runs it: shizhi.db.single-instance (docs/operations.md). */
    private static final boolean POSTGRES_SINGLE_INSTANCE = Boolean.parseBoolean(
            System.getProperty("shizhi.bench.intake.postgres-single-instance", "true"));

    /** Phase lengths, shorter for an A/B of CPU per request: warm-up 30 s, measured intake 20 s, ceilings 15 s. */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("shizhi.bench.intake.warm-up-seconds", 30));
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("shizhi.bench.intake.seconds", 20));
    private static final Duration CEILING = Duration.ofSeconds(Integer.getInteger("shizhi.bench.intake.ceiling-seconds", 15));

    /** The two databases the platform runs on: its embedded H2 file, and PostgreSQL as production uses it. */
    private enum Backend {
        EMBEDDED_H2("embedded H2"), POSTGRESQL("PostgreSQL");

        final String label;

        Backend(String label) {
            this.label = label;
        }
    }

    static void run(Path root, Report report) throws Exception {
        // Either alone, e.g. to profile one: -Dshizhi.bench.intake.databases=postgres
        List<String> databases = List.of(System.getProperty("shizhi.bench.intake.databases", "h2,postgres").split(","));
        if (databases.contains("h2")) {
            run(root, report, Backend.EMBEDDED_H2, List.of());
        }
        if (!databases.contains("postgres")) {
            return;
        }
        if (POSTGRES.isBlank()) {
            report.note("PostgreSQL was not measured: -Dshizhi.bench.intake.postgres is empty.");
            return;
        }
        try {
            freshPostgresDatabase();
        } catch (SQLException e) {
            report.note("PostgreSQL was not measured: " + POSTGRES + " (user " + POSTGRES_USER + ") is not reachable: " + e.getMessage());
            return;
        }
        // The embedded profile (its token key and demo area tree) on PostgreSQL: only the database differs.
        runOrNote(root, report, Backend.POSTGRESQL, List.of("-Dshizhi.db.url=" + POSTGRES + POSTGRES_DATABASE,
                "-Dshizhi.db.user=" + POSTGRES_USER, "-Dshizhi.db.pool-size=" + Integer.getInteger("shizhi.bench.intake.postgres-pool", 10),
                "-Dshizhi.db.single-instance=" + POSTGRES_SINGLE_INSTANCE));
    }

    /** A failed PostgreSQL run leaves a note and the embedded run's figures. */
    private static void runOrNote(Path root, Report report, Backend backend, List<String> databaseOptions) throws Exception {
        try {
            run(root, report, backend, databaseOptions);
        } catch (IllegalStateException | IOException | SQLException e) {
            report.note("The run on " + backend.label + " failed: " + e.getMessage());
            e.printStackTrace();
        }
    }

    private static void run(Path root, Report report, Backend backend, List<String> databaseOptions) throws Exception {
        List<String> options = new ArrayList<>(List.of("-Xmx1g", "-Dshizhi.demo-data.grids=false"));
        options.addAll(databaseOptions);
        try (PlatformProcess platform = PlatformProcess.start(root, options)) {
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
            long acknowledged = 3;
            // Warm-up: pools, H2 pages, and the JIT, which on two shared cores is still compiling after ten seconds.
            acknowledged += load.saturate(intake, 201, 16, WARM_UP).ok();
            Duration cpu = platform.cpuTime();
            Load.Result sustained = load.saturate(intake, 201, 32, MEASURED);
            Duration sustainedCpu = platform.cpuTime().minus(cpu);
            Load.Result fixedRate = load.fixedRate(intake, 201, 1_000, MEASURED);
            acknowledged += sustained.ok() + fixedRate.ok();
            Load.Result healthCeiling = null;
            Load.Result pluginsCeiling = null;
            Duration healthCpu = Duration.ZERO;
            Duration pluginsCpu = Duration.ZERO;
            if (backend == Backend.EMBEDDED_H2) {
                cpu = platform.cpuTime();
                healthCeiling = load.saturate(() -> health, 200, 32, CEILING);
                healthCpu = platform.cpuTime().minus(cpu);
                cpu = platform.cpuTime();
                pluginsCeiling = load.saturate(() -> plugins, 200, 32, CEILING);
                pluginsCpu = platform.cpuTime().minus(cpu);
            }
            long rss = platform.residentMiB();
            // The proof that a 201 meant a write: kill -9 right after the last answer, then count what the database holds.
            platform.kill();
            long stored = backend == Backend.EMBEDDED_H2 ? eventsInH2File(platform.dataDir()) : eventsInPostgres();
            long lost = Math.max(0, acknowledged - stored);
            String durable = lost == 0 ? "durable events/s" : "events/s, NOT durable: " + lost + " acknowledged events lost";
            String on = " on " + backend.label;
            report.row("event intake" + on + ", 32 in flight, " + MEASURED.toSeconds() + " s (sustained " + durable + ")", sustained, sustainedCpu,
                    backend == Backend.EMBEDDED_H2 ? ">= 2,000/s" : ">= 1,500/s");
            report.row("event intake" + on + " at 1,000/s, " + MEASURED.toSeconds() + " s", fixedRate, "p99 <= 50 ms");
            report.row("acknowledged events" + on + " found after kill -9 of the platform", stored + " of " + acknowledged
                    + (lost == 0 ? "" : " (" + lost + " lost)"), "all");
            if (healthCeiling != null) {
                report.row("GET /health, 32 in flight, " + CEILING.toSeconds() + " s (ceiling, same server)", healthCeiling, healthCpu, "—");
                report.row("GET /api/v1/plugins, 32 in flight, " + CEILING.toSeconds() + " s (ceiling of an authenticated JAX-RS read)", pluginsCeiling,
                        pluginsCpu, "—");
                report.row("grids receiving events", grids.size() + " TOTAL grids, one per Chengdu community", "—");
            }
            report.row("platform RSS after the run" + on, rss + " MiB", "—");
            if (backend == Backend.EMBEDDED_H2) {
                report.note("The load generator runs on the same " + Runtime.getRuntime().availableProcessors()
                        + " cores as the platform and its database: HTTP/1.1 keep-alive over plain sockets, one connection"
                        + " per request in flight (" + Load.FIXED_RATE_CONNECTIONS + " for a fixed rate). Measured after " + WARM_UP.toSeconds() + " s of intake"
                        + " as warm-up. Platform CPU is all of its JVM's threads, JIT and GC included, over the run, per ok request."
                        + " After the last answer the platform is killed with SIGKILL and the events its database holds are counted:"
                        + " intake is called durable only when every 201 is there.");
            } else {
                report.note("PostgreSQL: database " + POSTGRES_DATABASE + " at " + POSTGRES + ", dropped and made afresh for the run,"
                        + " synchronous_commit as the server has it (the platform turns only 'off' to 'on'); shizhi.db.single-instance="
                        + POSTGRES_SINGLE_INSTANCE + " (one instance writes it; true keeps the duplicate check's open events in memory);"
                        + " the platform in the embedded"
                        + " profile with shizhi.db.url set, so tokens and demo areas are the embedded run's.");
            }
        }
    }

    private static void freshPostgresDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", POSTGRES_USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + POSTGRES_DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + POSTGRES_DATABASE);
        }
    }

    private static long eventsInPostgres() throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES + POSTGRES_DATABASE, POSTGRES_USER, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM grid_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Opened as the platform would reopen it after the kill. */
    private static long eventsInH2File(Path dataDir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db").resolve("shizhi")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM grid_event")) {
            rs.next();
            return rs.getLong(1);
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
