package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.GridCalls.Step;
import org.shizhi.domain.archive.service.ClosedDisputes;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.port.out.PendingCaseRecords;
import org.shizhi.domain.shared.Role;

/**
 * Disputes closed over HTTP reach the case archive through their outbox and the relay: searchable by a word of their
 * facts, as DISPUTE cases, each once although two relays (two instances) drain the outbox at the same time.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:dispute-archive-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
@AddConfig(key = "shizhi.archive.lucene.dir", value = DisputeArchiveHttpTest.INDEX)
class DisputeArchiveHttpTest {

    static final String INDEX = "target/test-data/dispute-archive-http-index";

    static {
        // The database is new for every run (in memory): so must the index be.
        Path root = Path.of(INDEX);
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final String ZONGFU = "510104022001";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person MEDIATOR = new Person("510100", "510104", Role.MEDIATOR);
    private static final Person AUDITOR = new Person("510100", "510100", Role.AUDITOR);
    /** A word no demo case has. */
    private static final String WORD = "葡萄架";
    private static final int CLOSED = 6;

    @Inject
    WebTarget target;

    @Inject
    Platform platform;

    /** A relay on one instance: its own source over the shared outbox, remembering which cases it moved. */
    private Callable<List<CaseId>> relay(CountDownLatch go) {
        return () -> {
            ClosedDisputes disputes = new ClosedDisputes(platform.database().disputeArchiveOutbox(), platform.clock());
            List<CaseId> moved = Collections.synchronizedList(new ArrayList<>());
            PendingCaseRecords watched = new PendingCaseRecords() {
                @Override
                public String name() {
                    return disputes.name();
                }

                @Override
                public List<CaseRecord> claim(int limit) {
                    return disputes.claim(limit);
                }

                @Override
                public void delivered(List<CaseId> ids) {
                    disputes.delivered(ids);
                    moved.addAll(ids);
                }
            };
            go.await(10, TimeUnit.SECONDS);
            while (platform.archiveIndexing().relay(watched, 2) > 0) {
                // drain
            }
            return moved;
        };
    }

    @Test
    void disputesClosedOverHttpAreSearchableInTheArchiveOnceEachEvenWithTwoRelaysAtOnce() throws Exception {
        GridCalls api = new GridCalls(target);
        for (String[] c : List.of(new String[] {ZONGFU, "总府路社区调委会"}, new String[] {"510104022000", "春熙路街道调解中心"},
                new String[] {"510104000000", "锦江区一站式矛盾纠纷调解中心"}, new String[] {"510100000000", "成都市矛盾纠纷多元化解中心"})) {
            api.call(ADMIN, Request.of("POST", "/api/v1/mediation-centres").body("{\"areaCode\":\"" + c[0] + "\",\"name\":\""
                    + c[1] + "\",\"mediators\":[{\"id\":\"test-mediator\",\"name\":\"刘调解\"}]}"), 201, "register centre");
        }
        List<String> closed = new ArrayList<>();
        for (int i = 0; i < CLOSED; i++) {
            String body = DisputeHttpTest.newDispute("LOW", "魏明", "11010519491231002X")
                    .replace("魏某在汽车配件厂上班时左手小指被机器压伤。", "第" + i + "号院" + WORD + "倒塌砸坏邻居车棚，双方争执。");
            Step s = api.step(MEDIATOR, Request.of("POST", "/api/v1/disputes").body(body), 201, "open");
            String id = s.body().getJsonObject("dispute").getString("id");
            s = api.step(MEDIATOR, Request.of("POST", "/api/v1/disputes/" + id + "/outcome").ifMatch(s.etag())
                    .body("{\"kind\":\"WITHDRAWAL\",\"reason\":\"双方自行和解\"}"), 200, "withdraw");
            s = api.step(MEDIATOR, Request.of("POST", "/api/v1/disputes/" + id + "/close").ifMatch(s.etag()), 200, "close");
            assertThat(s.body().getJsonObject("dispute").getString("state")).isEqualTo("CLOSED");
            closed.add(id);
        }

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        Future<List<CaseId>> a = two.submit(relay(go));
        Future<List<CaseId>> b = two.submit(relay(go));
        go.countDown();
        List<CaseId> moved = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
        moved.addAll(b.get(60, TimeUnit.SECONDS));
        two.shutdown();
        // The platform's own relay runs every 10 s and may have taken some: it is a third instance, not a second copy.
        assertThat(moved).as("no case moved by both relays").doesNotHaveDuplicates();
        // ... and a batch it claimed is in its hands until it delivers it: wait for that, not for a fixed time.
        await("the dispute outbox drained, the platform's own relay included").atMost(Duration.ofMinutes(2))
                .untilAsserted(() -> assertThat(platform.database().disputeArchiveOutbox().pending(1000)).isEmpty());
        platform.archiveIndexing().drain(List.of(), 100);

        JsonObject page = api.call(AUDITOR, Request.of("GET", "/api/v1/cases").query("q", WORD).query("limit", "50"), 200, "search");
        assertThat(page.getJsonNumber("total").longValue()).as("each closed dispute found once: " + page).isEqualTo(CLOSED);
        List<JsonObject> items = page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(items).extracting(i -> i.getString("source")).containsOnly("DISPUTE");
        assertThat(items).extracting(i -> i.getString("caseType")).containsOnly("劳资劳动纠纷");
        assertThat(items).extracting(i -> i.getString("id")).doesNotHaveDuplicates().allMatch(id -> id.startsWith("dp-"));
        JsonObject one = api.call(AUDITOR, Request.of("GET", "/api/v1/cases/" + items.getFirst().getString("id")), 200, "read");
        assertThat(one.getString("facts")).contains(WORD).contains("要求赔偿医疗费2293元");
        assertThat(one.getJsonArray("parties").getJsonObject(0).getString("name")).as("masked without PERSONAL_DATA").isEqualTo("魏*");
        assertThat(one.toString()).as("no ID number reaches the archive").doesNotContain("11010519491231002X");
        assertThat(closed).hasSize(CLOSED);
    }
}
