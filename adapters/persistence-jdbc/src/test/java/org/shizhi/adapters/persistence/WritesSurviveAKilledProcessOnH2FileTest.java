package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;

/**
 * On the embedded default, an H2 file, a write that has returned is in the database file: a copy of the file taken
 * right then, which is what a process started after {@code kill -9} would open, holds it. (H2 on its own keeps commits
 * in memory for up to half a second; a copy taken then would miss them.) Concurrent writers share flushes, and one
 * that fails takes none of the others with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritesSurviveAKilledProcessOnH2FileTest {

    @TempDir
    static Path dir;

    private Database database;
    private GridEventRepository events;
    private final AtomicInteger copies = new AtomicInteger();

    @BeforeAll
    void open() {
        database = Database.open(DatabaseSettings.embeddedH2(dir.resolve("db"), 8), PersonalDataKeys.generate("test-1"));
        events = database.gridEventRepository();
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void anEventIsInTheFileAsSoonAsItsSaveReturns() throws Exception {
        EventTransition reported = reported(1);
        events.save(EventWrite.of(reported));
        assertThat(eventIdsInTheFile()).as("events in a copy of the file taken right after the save returned")
                .contains(reported.event().id().value());
    }

    @Test
    void anIdempotencyRecordWrittenOutsideATransactionIsInTheFileAsSoonAsItsWriteReturns() throws Exception {
        JdbcIdempotencyRecords records = database.idempotencyRecords();
        var owner = new JdbcIdempotencyRecords.Owner("510100", "wang.fang");
        records.claim(owner, "key-1", "hash", Instant.now());
        records.answer(owner, "key-1", 201, Optional.of("/api/v1/events/1"), Optional.empty(), "{}");
        assertThat(queryTheFile("SELECT idem_key || ':' || status FROM idempotency_record"))
                .as("idempotency records, with their answers, in a copy of the file").containsExactly("key-1:201");
    }

    @Test
    void everySaveThatReturnedFromManyThreadsIsInTheFileAndTheyShareFlushes() throws Exception {
        int threads = 8;
        int savesEach = 40;
        List<UUID> acknowledged = saveConcurrently(threads, savesEach, -1);
        assertThat(acknowledged).hasSize(threads * savesEach);
        assertThat(eventIdsInTheFile()).as("events in a copy of the file taken right after the last save returned")
                .containsAll(acknowledged);
        assertThat(database.durableFlushes()).as("flushes the writers waited for").isPositive();
    }

    @Test
    void aSaveThatFailsAmongConcurrentSavesLosesNoneOfTheOthers() throws Exception {
        Set<UUID> before = eventIdsInTheFile();
        EventTransition first = reported(0);
        events.save(EventWrite.of(first));
        // Every eighth save of thread 0 reports the same event again: the database refuses it, the others go on.
        List<UUID> acknowledged = saveConcurrently(6, 30, 8);
        assertThatThrownBy(() -> events.save(EventWrite.of(first))).as("the same event reported twice")
                .isInstanceOf(org.shizhi.domain.shared.ConflictException.class);
        Set<UUID> inFile = eventIdsInTheFile();
        assertThat(inFile).as("events in a copy of the file").containsAll(acknowledged).contains(first.event().id().value());
        assertThat(inFile).as("events added, each once").hasSize(before.size() + acknowledged.size() + 1);
    }

    /**
     * Saves new events from {@code threads} threads; where {@code repeatEvery} is positive, thread 0 also re-saves an
     * event it already saved every so often, which fails. Returns the ids of the saves that returned.
     */
    private List<UUID> saveConcurrently(int threads, int savesEach, int repeatEvery) throws Exception {
        List<UUID> acknowledged = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<UUID>>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    List<UUID> saved = new ArrayList<>();
                    EventTransition previous = null;
                    for (int i = 0; i < savesEach; i++) {
                        if (thread == 0 && repeatEvery > 0 && previous != null && i % repeatEvery == 0) {
                            EventTransition again = previous;
                            assertThatThrownBy(() -> events.save(EventWrite.of(again))).as("an event saved twice as new")
                                    .isInstanceOf(org.shizhi.domain.shared.ConflictException.class);
                        }
                        EventTransition reported = reported(thread * 1_000 + i);
                        events.save(EventWrite.of(reported));
                        saved.add(reported.event().id().value());
                        previous = reported;
                    }
                    return saved;
                }));
            }
            for (Future<List<UUID>> writer : writers) {
                acknowledged.addAll(writer.get(120, TimeUnit.SECONDS));
            }
        }
        return acknowledged;
    }

    private static EventTransition reported(int n) {
        return SampleEvents.reported(SampleEvents.ZONGFU_1, "楼道堆放杂物第" + n + "号", SampleEvents.LOW,
                Instant.parse("2025-09-26T02:00:00Z").plusSeconds(n));
    }

    private Set<UUID> eventIdsInTheFile() throws Exception {
        Set<UUID> ids = new HashSet<>();
        queryTheFile("SELECT CAST(id AS VARCHAR) FROM grid_event").forEach(id -> ids.add(UUID.fromString(id)));
        return ids;
    }

    /**
     * The file as it is on disk now, copied and opened by a second H2: what a platform restarted after being killed
     * would find (the writing process is not asked for anything; H2 recovers the copy from its last complete chunk).
     */
    private List<String> queryTheFile(String sql) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy-" + copies.incrementAndGet()));
        Files.copy(dir.resolve("db").resolve("shizhi.mv.db"), copy.resolve("shizhi.mv.db"));
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("shizhi") + DatabaseSettings.H2_OPTIONS, "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError("the copy of the database file cannot be opened or read: " + e.getMessage(), e);
        }
        return values;
    }
}
