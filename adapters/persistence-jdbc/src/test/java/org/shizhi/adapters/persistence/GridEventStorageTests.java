package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.model.SampleEvents.china;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.model.TextSimilarity;
import org.shizhi.domain.grid.port.out.CaseArchiveOutbox;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.shared.AdminLevel;

/**
 * What the events' storage promises beyond the contract, checked on the tables themselves: a write is one
 * transaction even when its last statement fails; instants keep their microseconds; and two instances of the
 * platform (two pools over one database) claiming overdue events from many threads never claim one event twice.
 */
abstract class GridEventStorageTests {

    private static final Instant FRIDAY = china("2025-09-26T10:00");
    private static final Instant HOLIDAY_MORNING = china("2025-10-01T09:00");

    private GridEventRepository events;
    private CaseArchiveOutbox outbox;

    abstract TestDatabase db();

    @BeforeEach
    void startEmpty() {
        db().clean();
        events = db().database().gridEventRepository();
        outbox = db().database().caseArchiveOutbox();
    }

    private GridEvent store(List<EventTransition> path) {
        path.forEach(t -> events.save(EventWrite.of(t)));
        return path.getLast().event();
    }

    @Test
    void aCloseWhoseArchiveRecordCannotBeWrittenLeavesTheEventItsTimelineAndTheOutboxUntouched() throws SQLException {
        String text = "这条事件的归档记录写不进去";
        List<EventTransition> path = SampleEvents.pathTo(EventState.CLOSED, SampleEvents.ZONGFU_1, text, SampleEvents.LOW, FRIDAY);
        GridEvent resolved = store(path.subList(0, path.size() - 1));
        EventTransition close = path.getLast();
        // The outbox insert is the last statement of the close's transaction; make the database refuse it.
        execute("ALTER TABLE case_archive_outbox ADD CONSTRAINT test_refuses_record CHECK (text <> '" + text + "')");
        try {
            assertThatThrownBy(() -> events.save(EventWrite.of(close)))
                    .hasMessageContaining("test_refuses_record")
                    .hasMessageContaining("INSERT INTO case_archive_outbox")
                    .as("the message names the statement, not the values bound to it (nor the failing row)")
                    .hasMessageNotContaining("已清理楼道杂物").hasMessageNotContaining("wang.fang");

            assertThat(events.find(resolved.id())).as("the event as before the close").contains(resolved);
            assertThat(events.timeline(resolved.id())).as("no CLOSED entry").hasSize(path.size() - 1);
            assertThat(outbox.pending(10)).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM grid_event_timeline WHERE kind = 'CLOSED'")).isZero();
        } finally {
            execute("ALTER TABLE case_archive_outbox DROP CONSTRAINT IF EXISTS test_refuses_record");
        }

        events.save(EventWrite.of(close));
        assertThat(events.find(resolved.id())).as("the same close, once the record can be written").contains(close.event());
        assertThat(outbox.pending(10)).containsExactly(ClosedEventRecord.of(close.event()));
    }

    @Test
    void aNewEventWhoseTimelineEntryCannotBeWrittenLeavesNoTrace() throws SQLException {
        EventGrade poisoned = new EventGrade("LOW", "一般", 1, AdminLevel.COMMUNITY, List.of("POISONED REASON"));
        EventTransition reported = SampleEvents.reported(SampleEvents.ZONGFU_1, "楼道堆物", poisoned, FRIDAY);
        execute("ALTER TABLE grid_event_timeline ADD CONSTRAINT test_refuses_entry CHECK (note NOT LIKE '%POISONED%')");
        try {
            assertThatThrownBy(() -> events.save(EventWrite.of(reported))).isNotNull();
        } finally {
            execute("ALTER TABLE grid_event_timeline DROP CONSTRAINT IF EXISTS test_refuses_entry");
        }

        assertThat(events.find(reported.event().id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM grid_event")).isZero();
        assertThat(count("SELECT COUNT(*) FROM grid_event_grade_reason")).as("the grade's reasons went with the event").isZero();
    }

    @Test
    void intakesFromManyThreadsAreEachStoredWholeAndAnIdStoredMeanwhileFailsOnlyItsOwnIntake() throws Exception {
        EventTransition first = SampleEvents.reported(SampleEvents.ZONGFU_1, "同一编号的先到", SampleEvents.LOW, FRIDAY);
        events.save(EventWrite.of(first));
        int threads = 8;
        int eachReports = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            List<Future<List<GridEvent>>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    List<GridEvent> stored = new ArrayList<>();
                    for (int i = 0; i < eachReports; i++) {
                        EventTransition reported = SampleEvents.reported(thread % 2 == 0 ? SampleEvents.ZONGFU_1 : SampleEvents.HONGXING_1,
                                "楼道堆物" + thread + "-" + i, SampleEvents.LOW, FRIDAY.plusSeconds(i));
                        events.save(EventWrite.of(reported));
                        stored.add(reported.event());
                    }
                    return stored;
                }));
            }
            Future<?> again = pool.submit(() -> {
                start.await();
                events.save(EventWrite.of(first));
                return null;
            });
            start.countDown();
            List<GridEvent> stored = new ArrayList<>();
            for (Future<List<GridEvent>> writer : writers) {
                stored.addAll(writer.get(60, TimeUnit.SECONDS));
            }
            assertThatThrownBy(() -> again.get(60, TimeUnit.SECONDS)).as("the same id again is that intake's conflict alone")
                    .hasCauseInstanceOf(ConflictException.class);
            for (GridEvent event : stored) {
                assertThat(events.find(event.id())).as("event %s, acknowledged", event.id()).contains(event);
                assertThat(events.timeline(event.id())).as("its first timeline entry").hasSize(1);
            }
            assertThat(count("SELECT COUNT(*) FROM grid_event")).isEqualTo(threads * eachReports + 1);
            assertThat(events.find(first.event().id())).as("the event first stored under the id, unchanged").contains(first.event());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEscalationThatFailsKeepsTheEventAndItsClaim() throws SQLException {
        GridEvent accepted = store(SampleEvents.pathTo(EventState.ACCEPTED, SampleEvents.ZONGFU_1, "燃气味", SampleEvents.MEDIUM, FRIDAY));
        assertThat(events.claimOverdue(SampleEvents.ZONGFU, HOLIDAY_MORNING, Duration.ofMinutes(5), 10)).containsExactly(accepted);
        EventTransition escalated = accepted.escalate(SampleEvents.SYSTEM, HOLIDAY_MORNING,
                Deadline.after(SampleEvents.calendar(), HOLIDAY_MORNING, 1));
        execute("ALTER TABLE grid_event_timeline ADD CONSTRAINT test_refuses_escalation CHECK (kind <> 'ESCALATED')");
        try {
            assertThatThrownBy(() -> events.save(EventWrite.of(escalated))).isNotNull();
        } finally {
            execute("ALTER TABLE grid_event_timeline DROP CONSTRAINT IF EXISTS test_refuses_escalation");
        }

        assertThat(events.find(accepted.id())).contains(accepted);
        assertThat(events.claimOverdue(SampleEvents.ZONGFU, HOLIDAY_MORNING.plus(Duration.ofMinutes(1)), Duration.ofMinutes(5), 10))
                .as("the failed save did not end the claim").isEmpty();
    }

    @Test
    void duplicateCandidatesCarryTheBigramsStoredOnIntakeOrForOlderEventsThoseOfTheirText() throws SQLException {
        EventTransition older = SampleEvents.reported(SampleEvents.ZONGFU_1, "３栋楼道堆放杂物，存在消防隐患", SampleEvents.LOW, FRIDAY);
        EventTransition newer = SampleEvents.reported(SampleEvents.ZONGFU_2, "3栋楼道堆满杂物！", SampleEvents.LOW, FRIDAY.plusSeconds(60));
        events.save(EventWrite.of(older));
        events.save(EventWrite.of(newer));
        assertThat(count("SELECT COUNT(*) FROM grid_event WHERE text_bigrams IS NOT NULL")).as("made on intake").isEqualTo(2);
        // As an event stored before the column existed.
        execute("UPDATE grid_event SET text_bigrams = NULL WHERE id = '" + older.event().id() + "'");

        assertThat(events.recentOpen(SampleEvents.ZONGFU, FRIDAY.minus(Duration.ofDays(7)), 10))
                .extracting(EventText::bigrams)
                .containsExactly(TextSimilarity.to("3栋楼道堆满杂物！"), TextSimilarity.to("３栋楼道堆放杂物，存在消防隐患"));
    }

    @Test
    void instantsKeepTheirMicrosecondsAndLoseOnlyWhatIsFiner() {
        Instant micros = Instant.parse("2025-09-26T02:00:00.123456Z");
        EventTransition exact = SampleEvents.reported(SampleEvents.ZONGFU_1, "微秒", SampleEvents.LOW, micros);
        EventTransition finer = SampleEvents.reported(SampleEvents.ZONGFU_1, "纳秒", SampleEvents.LOW, micros.plusNanos(999));
        events.save(EventWrite.of(exact));
        events.save(EventWrite.of(finer));

        assertThat(events.find(exact.event().id())).contains(exact.event());
        assertThat(events.timeline(exact.event().id()).getFirst().at()).isEqualTo(micros);
        assertThat(events.find(finer.event().id()).orElseThrow().reportedAt())
                .as("truncated to microseconds, the same on both engines (neither rounds up)").isEqualTo(micros);
    }

    @Test
    void twoInstancesClaimingFromManyThreadsClaimEachOverdueEventExactlyOnce() throws Exception {
        Set<GridEventId> overdue = new HashSet<>();
        for (int i = 0; i < 240; i++) {
            GridEvent event = store(SampleEvents.pathTo(EventState.ACCEPTED, i % 2 == 0 ? SampleEvents.ZONGFU_1 : SampleEvents.HONGXING_1,
                    "楼道堆物" + i, SampleEvents.MEDIUM, FRIDAY.plusSeconds(i)));
            overdue.add(event.id());
        }
        store(SampleEvents.pathTo(EventState.ACCEPTED, SampleEvents.JINHUA_1, "另一条街", SampleEvents.MEDIUM, FRIDAY));
        store(SampleEvents.pathTo(EventState.ACCEPTED, SampleEvents.ZONGFU_1, "未超期", SampleEvents.LOW, FRIDAY));

        int threadsPerInstance = 4;
        try (Database first = db().openAnother(db().keys()); Database second = db().openAnother(db().keys())) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2 * threadsPerInstance);
            try {
                List<Future<List<GridEventId>>> claims = new ArrayList<>();
                for (Database instance : List.of(first, second)) {
                    GridEventRepository repository = instance.gridEventRepository();
                    for (int t = 0; t < threadsPerInstance; t++) {
                        claims.add(threads.submit(() -> {
                            start.await();
                            List<GridEventId> mine = new ArrayList<>();
                            List<GridEvent> batch;
                            do {
                                batch = repository.claimOverdue(SampleEvents.CHUNXI_ROAD, HOLIDAY_MORNING, Duration.ofMinutes(5), 7);
                                batch.forEach(e -> mine.add(e.id()));
                            } while (!batch.isEmpty());
                            return mine;
                        }));
                    }
                }
                start.countDown();
                List<GridEventId> all = new ArrayList<>();
                List<Integer> perThread = new ArrayList<>();
                for (Future<List<GridEventId>> claim : claims) {
                    List<GridEventId> mine = claim.get(60, TimeUnit.SECONDS);
                    perThread.add(mine.size());
                    all.addAll(mine);
                }
                int byFirst = perThread.subList(0, threadsPerInstance).stream().mapToInt(Integer::intValue).sum();
                System.out.println(getClass().getSimpleName() + ": " + all.size() + " claims of " + overdue.size()
                        + " overdue events; first instance " + byFirst + ", second " + (all.size() - byFirst) + "; per thread " + perThread);

                assertThat(new HashSet<>(all)).as("no event claimed twice").hasSize(all.size());
                assertThat(new HashSet<>(all)).as("every overdue event of the street claimed, nothing else").isEqualTo(overdue);
                assertThat(count("SELECT COUNT(*) FROM grid_event WHERE claimed_by IS NOT NULL")).isEqualTo(overdue.size());
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db().database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db().database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
