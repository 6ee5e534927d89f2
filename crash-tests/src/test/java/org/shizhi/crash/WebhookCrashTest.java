package org.shizhi.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * Webhooks across a {@code kill -9} (issue 21): the platform started as {@code ./shizhi start} starts it, an integrator's
 * subscription to a receiver on 127.0.0.1 in this JVM, grid events reported and closed over HTTP; the receiver takes the
 * first few deliveries and then holds every request open, so that when the platform is killed with SIGKILL a delivery is
 * in flight (sent, never answered) and the rest are still owed, some not yet fanned out. Started again on the same data
 * directory, the platform must send every event (the one in flight again), each signed, in order per subject: at least
 * once, and exactly once after de-duplication by the {@code webhook-id}. The signatures are checked the way a receiver
 * would, from the Standard Webhooks rule, not with the platform's own code. The claims' lease is set to its shortest (25
 * s), which is what the restarted instance waits before it takes over the killed one's claims.
 */
class WebhookCrashTest {

    private static final Path ROOT = Path.of(System.getProperty("shizhi.root", "..")).toAbsolutePath().normalize();
    private static final List<String> PLATFORM = List.of("-Xmx512m", "-Dshizhi.demo-data.grids=false",
            "-Dshizhi.jobs.webhooks.period-seconds=1", "-Dshizhi.webhooks.lease-seconds=25",
            "-Dshizhi.webhooks.first-retry-millis=200", "-Dshizhi.webhooks.longest-retry-seconds=2",
            "-Dshizhi.webhooks.max-attempts=100");
    private static final int REPORTS = 24;
    /** Every third report is taken to CLOSED: a second event about its subject, and its case archived. */
    private static final int CLOSE_EVERY = 3;

    /** One request the receiver took; {@code answered} is false for one held open when the platform died. */
    record Received(String id, long timestamp, String signature, String body, boolean answered) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    /** Requests after the first {@code answerFirst} are held until {@link #release} (the kill). */
    private volatile int answerFirst = Integer.MAX_VALUE;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean holding = new AtomicBoolean(true);

    @Test
    void aKillNineMidDeliveryLosesNoEventAndEachArrivesOnceAfterDeDuplicationInOrderPerSubject() throws Exception {
        long seed = Long.getLong("shizhi.crash.seed", new Random().nextLong());
        Random random = new Random(seed);
        answerFirst = 3 + random.nextInt(10);
        Path work = Files.createDirectories(ROOT.resolve("crash-tests/target/webhook-crash"));
        Path data = Files.createTempDirectory(work, "data");
        Path log = work.resolve(data.getFileName() + ".log");
        System.out.println("webhooks across a kill -9: seed " + seed + " (-Dshizhi.crash.seed to repeat), the receiver answers "
                + answerFirst + " deliveries before it holds them; platform output in " + log);
        List<String> options = ClassDataArchive.prepared(ROOT, PLATFORM).with(PLATFORM);

        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hooks", exchange -> {
            var h = exchange.getRequestHeaders();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean hold = holding.get() && requests.incrementAndGet() > answerFirst;
            received.add(new Received(h.getFirst("webhook-id"), Long.parseLong(h.getFirst("webhook-timestamp")),
                    h.getFirst("webhook-signature"), body, !hold));
            if (hold) {
                held.countDown();
                try {
                    release.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                exchange.sendResponseHeaders(204, -1);
            } catch (IOException platformGone) {
                // the platform died while this request was held
            }
            exchange.close();
        });
        receiver.start();

        PlatformProcess platform = PlatformProcess.startOn(ROOT, data, options, Optional.of(log));
        boolean passed = false;
        try {
            Api api = new Api(platform.base());
            Duration ttl = Duration.ofHours(1);
            String admin = platform.bearer("crash-admin", Writers.CITY, Writers.CITY, List.of("CITY_ADMIN"), ttl);
            String worker = platform.bearer("crash-worker", Writers.CITY, Writers.COMMUNITY, List.of("GRID_WORKER"), ttl);
            String staff = platform.bearer("crash-staff", Writers.CITY, Writers.COMMUNITY, List.of("COMMUNITY_STAFF"), ttl);
            String integrator = platform.bearer("crash-integrator", Writers.CITY, "510104", List.of("INTEGRATOR"), ttl);
            JsonNode subscribed = api.expect(Api.post("/api/v1/webhook-subscriptions").json("{\"url\":\"http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/hooks\",\"eventTypes\":[\"GRID_EVENT_REPORTED\",\"GRID_EVENT_CLOSED\","
                    + "\"CASE_ARCHIVED\"]}"), integrator, 201, "subscribe").body();
            byte[] key = key(subscribed.path("secret").asText());
            String grid = api.expect(Api.post("/api/v1/grids").json("{\"community\":\"" + Writers.COMMUNITY
                    + "\",\"tier\":\"TOTAL\",\"name\":\"推送崩溃测试网格\"}"), admin, 201, "create the grid").body().path("code").asText();

            List<String> reported = new ArrayList<>();
            Set<String> closed = new LinkedHashSet<>();
            for (int i = 0; i < REPORTS; i++) {
                Api.Answer report = api.expect(Api.post("/api/v1/events").header("Idempotency-Key", UUID.randomUUID().toString())
                        .json("{\"gridCode\":\"" + grid + "\",\"category\":\"ENVIRONMENT\",\"text\":\"推送崩溃测试第" + i
                                + "件：楼道路灯损坏\",\"channel\":\"RESIDENT\",\"reporter\":{\"name\":\"李明\",\"phone\":\"13912345678\"}}"),
                        worker, 201, "report " + i);
                String id = report.body().path("event").path("id").asText();
                reported.add(id);
                if (i % CLOSE_EVERY == 0) {
                    long version = api.expect(Api.post("/api/v1/events/" + id + "/accept").ifMatch(report.etagVersion()).json("{\"remark\":\"社区已受理\"}"),
                            staff, 200, "accept " + i).etagVersion();
                    version = api.expect(Api.post("/api/v1/events/" + id + "/resolve").ifMatch(version)
                            .json("{\"resolution\":\"已更换路灯\"}"), worker, 200, "resolve " + i).etagVersion();
                    api.expect(Api.post("/api/v1/events/" + id + "/verdict").ifMatch(version)
                            .json("{\"satisfaction\":5,\"comment\":\"满意\"}"), worker, 200, "verdict " + i);
                    closed.add(id);
                }
            }
            assertThat(held.await(120, TimeUnit.SECONDS)).as("a delivery reached the receiver and was held open within 120 s "
                    + "(it took " + received.size() + " requests)").isTrue();
            int exit = platform.kill();
            release.countDown();
            assertThat(exit).as("the platform died of SIGKILL").isEqualTo(CrashRun.KILLED_BY_SIGKILL);
            holding.set(false);
            List<Received> inFlight = received.stream().filter(r -> !r.answered()).toList();
            int beforeKill = received.size();
            int owed = REPORTS + 2 * closed.size();
            System.out.println("  killed with " + received.stream().filter(Received::answered).map(Received::id).distinct().count()
                    + " of " + owed + " events acknowledged and " + inFlight.size() + " deliveries in flight");

            platform = PlatformProcess.startOn(ROOT, data, options, Optional.of(log));
            long restarted = System.nanoTime();
            boolean all = awaitAcknowledged(owed, Duration.ofSeconds(150));
            System.out.println("  every event acknowledged " + Duration.ofNanos(System.nanoTime() - restarted).toSeconds()
                    + " s after the restart: " + all + "; " + (received.size() - beforeKill) + " requests after it");

            Map<String, JsonNode> byId = new LinkedHashMap<>();
            for (Received r : received) {
                byId.putIfAbsent(r.id(), Api.JSON.readTree(r.body()));
            }
            assertThat(received).as("each signature verifies with the subscription's secret (the Standard Webhooks rule)")
                    .allMatch(r -> verifies(key, r));
            assertThat(received).as("the webhook-id is the CloudEvents id").allMatch(r -> byId.get(r.id()).path("id").asText().equals(r.id()));
            assertThat(received.stream().filter(Received::answered).map(Received::id).collect(Collectors.toSet()))
                    .as("the deliveries in flight at the kill were sent again and acknowledged")
                    .containsAll(inFlight.stream().map(Received::id).toList());
            assertThat(byId).as("every event exactly once after de-duplication by id: " + REPORTS + " reported, " + closed.size()
                    + " closed and as many cases archived").hasSize(owed);
            Map<String, List<String>> typesBySubject = byId.values().stream().collect(Collectors.groupingBy(
                    e -> e.path("subject").asText(), LinkedHashMap::new, Collectors.mapping(e -> e.path("type").asText(), Collectors.toList())));
            for (String id : reported) {
                assertThat(typesBySubject.get("grid-events/" + id)).as("the events of grid-events/" + id + ", in the order first received")
                        .isEqualTo(closed.contains(id) ? List.of("org.shizhi.grid-event.reported", "org.shizhi.grid-event.closed")
                                : List.of("org.shizhi.grid-event.reported"));
                assertThat(typesBySubject.get("cases/ge-" + id)).as("the case of " + id)
                        .isEqualTo(closed.contains(id) ? List.of("org.shizhi.case.archived") : null);
            }
            for (String id : closed) {
                List<Received> ofSubject = received.stream().filter(r -> byId.get(r.id()).path("subject").asText().equals("grid-events/" + id))
                        .toList();
                int firstClosed = ofSubject.indexOf(ofSubject.stream().filter(r -> byId.get(r.id()).path("type").asText().endsWith("closed"))
                        .findFirst().orElseThrow());
                assertThat(ofSubject.subList(0, firstClosed)).as("the report of " + id + " acknowledged before its close was sent")
                        .anyMatch(r -> r.answered() && byId.get(r.id()).path("type").asText().endsWith("reported"));
            }
            passed = true;
        } finally {
            release.countDown();
            platform.close();
            receiver.stop(0);
        }
        if (passed) {
            deleteRecursively(data); // the platform's output stays for a look at the run
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private boolean awaitAcknowledged(int events, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (received.stream().filter(Received::answered).map(Received::id).distinct().count() >= events) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** The Standard Webhooks secret's key: the base64 after {@code whsec_}. */
    private static byte[] key(String secret) {
        assertThat(secret).startsWith("whsec_");
        return Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    /** Whether one of the header's {@code v1,} signatures is HMAC-SHA256 over {@code id.timestamp.body}. */
    private static boolean verifies(byte[] key, Received r) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((r.id() + '.' + r.timestamp() + '.' + r.body()).getBytes(StandardCharsets.UTF_8))))
                    .getBytes(StandardCharsets.US_ASCII);
            for (String candidate : r.signature().trim().split(" +")) {
                if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
