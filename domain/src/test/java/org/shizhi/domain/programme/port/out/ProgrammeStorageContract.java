package org.shizhi.domain.programme.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.programme.model.FindingKind;
import org.shizhi.domain.programme.model.ProgrammeRun;
import org.shizhi.domain.programme.model.RunStatus;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.NotFoundException;

/**
 * What every adapter of {@link ProgrammeRuns}, {@link VisitTaskRepository} and {@link DigestRecords} must do. The
 * storage starts empty but for two grids, one in 湛江's 金沙湾社区 and one in 成都's 总府路社区, which {@link #storage()}
 * must hold (visit tasks lie on grids).
 */
public abstract class ProgrammeStorageContract {

    protected static final AreaCode ZHANJIANG = AreaCode.of("440800");
    protected static final AreaCode CHENGDU = AreaCode.of("510100");
    protected static final GridCode JINSHAWAN_GRID = GridCode.of(AreaCode.of("440802006001"), 1);
    protected static final GridCode ZONGFU_GRID = GridCode.of(AreaCode.of("510104021001"), 1);
    protected static final GridCode JINSHAWAN_SECOND_GRID = GridCode.of(AreaCode.of("440802006001"), 2);
    /** The grids {@link #storage()} must hold. */
    protected static final List<Grid> GRIDS = List.of(
            Grid.create(JINSHAWAN_GRID, GridTier.GENERAL, "第一网格", Optional.empty(), Optional.empty()),
            Grid.create(ZONGFU_GRID, GridTier.GENERAL, "第一网格", Optional.empty(), Optional.empty()),
            Grid.create(JINSHAWAN_SECOND_GRID, GridTier.GENERAL, "第二网格", Optional.empty(), Optional.empty()));

    private static final Instant TUESDAY_EVENING = Instant.parse("2026-11-17T11:30:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);
    private static final Duration LEASE = Duration.ofMinutes(30);

    /** The three ports over one empty storage holding {@link #GRIDS}. */
    public record Storage(ProgrammeRuns runs, VisitTaskRepository tasks, DigestRecords digests) {
    }

    protected abstract Storage storage();

    private Storage storage;

    @BeforeEach
    void startEmpty() {
        storage = storage();
    }

    @Test
    void aDueTimeIsClaimedOnceAndItsRunIsListedWithItsOutcome() {
        ProgrammeRuns runs = storage.runs();
        assertThat(runs.claim("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, TUESDAY_EVENING, LEASE)).as("first claim").hasValue(1);
        assertThat(runs.claim("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, TUESDAY_EVENING.plusSeconds(60), LEASE))
                .as("the same programme, city and due time claimed again within the lease").isEmpty();
        assertThat(runs.claim("zhanjiang.night-visit", CHENGDU, TUESDAY_EVENING, TUESDAY_EVENING, LEASE)).as("another city").hasValue(1);
        assertThat(runs.claim("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING.plusSeconds(604_800), TUESDAY_EVENING, LEASE))
                .as("the next week").hasValue(1);

        assertThat(runs.recent(ZHANJIANG, 10)).extracting(ProgrammeRun::dueAt, ProgrammeRun::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TUESDAY_EVENING.plusSeconds(604_800), RunStatus.RUNNING),
                        org.assertj.core.groups.Tuple.tuple(TUESDAY_EVENING, RunStatus.RUNNING));

        assertThat(runs.finish("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, 1, RunStatus.SUCCEEDED, TUESDAY_EVENING.plusSeconds(5),
                "planned 3 visits")).isTrue();
        ProgrammeRun done = runs.recent(ZHANJIANG, 10).get(1);
        assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(done.finishedAt()).contains(TUESDAY_EVENING.plusSeconds(5));
        assertThat(done.summary()).isEqualTo("planned 3 visits");
        assertThat(done.city()).isEqualTo(ZHANJIANG.cityCode());
        assertThat(done.attempt()).isEqualTo(1);
        assertThat(done.takenOverAt()).isEmpty();
        assertThat(runs.recent(ZHANJIANG, 1)).hasSize(1);
        assertThat(runs.claim("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, TUESDAY_EVENING.plus(Duration.ofHours(3)), LEASE))
                .as("a finished run, however old").isEmpty();
    }

    @Test
    void finishingARunNeverClaimedIsNotFound() {
        assertThatThrownBy(() -> storage.runs().finish("zhanjiang.weekly-digest", ZHANJIANG, TUESDAY_EVENING, 1, RunStatus.FAILED,
                TUESDAY_EVENING, "boom")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void concurrentClaimsOfOneDueTimeLetExactlyOneCallerRun() throws Exception {
        assertThat(race(() -> storage.runs().claim("zhanjiang.weekly-digest", ZHANJIANG, TUESDAY_EVENING, TUESDAY_EVENING, LEASE)))
                .as("callers that won the claim of one due time").isEqualTo(1);
    }

    @Test
    void aRunStillRunningPastItsLeaseIsTakenOverOnceAndTheTakeoverIsRecorded() {
        ProgrammeRuns runs = storage.runs();
        runs.claim("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, TUESDAY_EVENING, LEASE);
        assertThat(runs.claim("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, TUESDAY_EVENING.plus(LEASE).minusSeconds(1), LEASE))
                .as("a claim a second before the lease runs out").isEmpty();
        Instant takeover = TUESDAY_EVENING.plus(LEASE);
        assertThat(runs.claim("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, takeover, LEASE)).as("the takeover").hasValue(2);

        ProgrammeRun taken = runs.recent(ZHANJIANG, 1).getFirst();
        assertThat(taken.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(taken.attempt()).isEqualTo(2);
        assertThat(taken.startedAt()).isEqualTo(takeover);
        assertThat(taken.takenOverAt()).contains(takeover);
        assertThat(taken.summary()).startsWith("taken over").contains(TUESDAY_EVENING.toString());

        assertThat(runs.finish("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, 1, RunStatus.SUCCEEDED, takeover.plusSeconds(5),
                "late first attempt")).as("the first attempt finishing after it was taken over").isFalse();
        assertThat(runs.finish("zhanjiang.night-visit", ZHANJIANG, TUESDAY_EVENING, 2, RunStatus.SUCCEEDED, takeover.plusSeconds(9),
                "planned 3 visits")).isTrue();
        ProgrammeRun done = runs.recent(ZHANJIANG, 1).getFirst();
        assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(done.finishedAt()).contains(takeover.plusSeconds(9));
        assertThat(done.summary()).startsWith("taken over").endsWith("planned 3 visits");
        assertThat(done.takenOverAt()).contains(takeover);
    }

    @Test
    void concurrentTakeoversOfOneStaleRunLetExactlyOneCallerRun() throws Exception {
        storage.runs().claim("zhanjiang.weekly-digest", ZHANJIANG, TUESDAY_EVENING, TUESDAY_EVENING, LEASE);
        Instant later = TUESDAY_EVENING.plus(LEASE).plusSeconds(60);
        assertThat(race(() -> storage.runs().claim("zhanjiang.weekly-digest", ZHANJIANG, TUESDAY_EVENING, later, LEASE)))
                .as("callers that won the takeover of one stale run").isEqualTo(1);
        assertThat(storage.runs().recent(ZHANJIANG, 1).getFirst().attempt()).as("attempts after one takeover").isEqualTo(2);
    }

    /** Eight callers claiming at once; how many won. */
    private static long race(Callable<java.util.OptionalInt> claim) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Callable<java.util.OptionalInt>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(() -> {
                    start.await();
                    return claim.call();
                });
            }
            List<Future<java.util.OptionalInt>> answers = new ArrayList<>();
            for (Callable<java.util.OptionalInt> c : claims) {
                answers.add(pool.submit(c));
            }
            start.countDown();
            long winners = 0;
            for (Future<java.util.OptionalInt> claimed : answers) {
                winners += claimed.get().isPresent() ? 1 : 0;
            }
            return winners;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVisitTaskIsPlannedOnceAndCarriesItsFindings() {
        VisitTaskRepository tasks = storage.tasks();
        MemberId cadre = MemberId.random();
        VisitTask task = VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_GRID, cadre, GridPost.TOWN_LEADER, TUESDAY, TUESDAY_EVENING);
        VisitTask other = VisitTask.plan("zhanjiang.night-visit", ZONGFU_GRID, MemberId.random(), GridPost.RESIDENT_CADRE, TUESDAY,
                TUESDAY_EVENING);

        assertThat(tasks.plan(List.of(task, other))).isEqualTo(2);
        VisitTask again = VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_GRID, cadre, GridPost.TOWN_LEADER, TUESDAY, TUESDAY_EVENING);
        assertThat(tasks.plan(List.of(again))).as("the same programme, grid, person and day planned again").isZero();

        assertThat(tasks.within(AreaCode.of("440802"), TUESDAY, TUESDAY, PageRequest.first(10)).items()).singleElement().isEqualTo(task);
        assertThat(tasks.within(AreaCode.of("440802"), TUESDAY.plusDays(1), TUESDAY.plusDays(2), PageRequest.first(10)).items()).isEmpty();

        VisitFinding event = VisitFinding.event("k-1", FindingKind.GRID_EVENT, EventCategory.SERVICE_REQUEST, GridEventId.random(),
                TUESDAY_EVENING.plusSeconds(3_600));
        VisitFinding dispute = VisitFinding.dispute("k-2", DisputeId.random(), TUESDAY_EVENING.plusSeconds(3_700));
        VisitFinding petition = VisitFinding.petition("k-3", EventCategory.PUBLIC_OPINION,
                org.shizhi.domain.law.model.PetitionId.random(), TUESDAY_EVENING.plusSeconds(3_800));
        assertThat(tasks.addFinding(task.id(), event)).isEqualTo(event);
        assertThat(tasks.addFinding(task.id(), dispute)).isEqualTo(dispute);
        assertThat(tasks.addFinding(task.id(), petition)).isEqualTo(petition);
        assertThat(tasks.find(task.id())).contains(task.with(event).with(dispute).with(petition));
        assertThat(tasks.find(VisitTaskId.random())).isEmpty();
        assertThatThrownBy(() -> tasks.addFinding(VisitTaskId.random(), event)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void visitsMadeAreCountedPerGridWorkerOnTheTasksWithAFinding() {
        VisitTaskRepository tasks = storage.tasks();
        MemberId worker = MemberId.random();
        MemberId assistant = MemberId.random();
        MemberId cadre = MemberId.random();
        // The responsible worker: three tasks in November on 金沙湾's first grid, findings on two; one in October with a
        // finding. The assistant: one task on the second grid with a finding. A town leader's task with a finding.
        List<VisitTask> planned = new ArrayList<>();
        for (int day : new int[] {3, 10, 17}) {
            planned.add(VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_GRID, worker, GridPost.RESPONSIBLE_WORKER,
                    LocalDate.of(2026, 11, day), TUESDAY_EVENING));
        }
        VisitTask october = VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_GRID, worker, GridPost.RESPONSIBLE_WORKER,
                LocalDate.of(2026, 10, 27), TUESDAY_EVENING);
        VisitTask assisted = VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_SECOND_GRID, assistant, GridPost.ASSISTANT_WORKER,
                TUESDAY, TUESDAY_EVENING);
        VisitTask led = VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_GRID, cadre, GridPost.TOWN_LEADER, TUESDAY, TUESDAY_EVENING);
        VisitTask chengdu = VisitTask.plan("zhanjiang.night-visit", ZONGFU_GRID, worker, GridPost.RESPONSIBLE_WORKER, TUESDAY,
                TUESDAY_EVENING);
        planned.addAll(List.of(october, assisted, led, chengdu));
        tasks.plan(planned);
        int key = 0;
        for (VisitTask task : List.of(planned.get(0), planned.get(2), october, assisted, led, chengdu)) {
            tasks.addFinding(task.id(), VisitFinding.event("k-" + key++, FindingKind.GRID_EVENT, EventCategory.SERVICE_REQUEST,
                    GridEventId.random(), TUESDAY_EVENING));
        }
        // A second finding on one visit is still one visit made.
        tasks.addFinding(planned.get(0).id(), VisitFinding.event("k-again", FindingKind.GRID_EVENT, EventCategory.SERVICE_REQUEST,
                GridEventId.random(), TUESDAY_EVENING));

        var workers = java.util.EnumSet.of(GridPost.RESPONSIBLE_WORKER, GridPost.ASSISTANT_WORKER);
        assertThat(tasks.visitsMade(AreaCode.of("440802"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), workers))
                .as("in 湛江 in November: the worker's 3 and 17 November visits, the assistant's one; not the leader's")
                .isEqualTo(java.util.Map.of(worker, 2L, assistant, 1L));
        assertThat(tasks.visitsMade(AreaCode.of("440802"), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), workers))
                .isEqualTo(java.util.Map.of(worker, 1L));
        assertThat(tasks.visitsMade(AreaCode.of("440802"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                java.util.EnumSet.of(GridPost.TOWN_LEADER))).isEqualTo(java.util.Map.of(cadre, 1L));
    }

    @Test
    void aFindingIsAppendedOnceUnderItsKeyTheFirstWinning() {
        VisitTaskRepository tasks = storage.tasks();
        VisitTask task = VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_GRID, MemberId.random(), GridPost.TOWN_LEADER, TUESDAY,
                TUESDAY_EVENING);
        tasks.plan(List.of(task));
        VisitFinding first = VisitFinding.dispute("same-key", DisputeId.random(), TUESDAY_EVENING.plusSeconds(60));
        VisitFinding again = VisitFinding.dispute("same-key", DisputeId.random(), TUESDAY_EVENING.plusSeconds(120));
        assertThat(tasks.addFinding(task.id(), first)).isEqualTo(first);
        assertThat(tasks.addFinding(task.id(), again)).as("the finding already recorded under the key").isEqualTo(first);
        assertThat(tasks.find(task.id()).orElseThrow().findings()).containsExactly(first);
    }

    @Test
    void concurrentAppendsUnderOneKeyRecordOneFinding() throws Exception {
        VisitTaskRepository tasks = storage.tasks();
        VisitTask task = VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_GRID, MemberId.random(), GridPost.TOWN_LEADER, TUESDAY,
                TUESDAY_EVENING);
        tasks.plan(List.of(task));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<VisitFinding>> appends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                VisitFinding f = VisitFinding.event("one-key", FindingKind.GRID_EVENT, EventCategory.SERVICE_REQUEST,
                        GridEventId.random(), TUESDAY_EVENING.plusSeconds(i));
                appends.add(() -> tasks.addFinding(task.id(), f));
            }
            List<VisitFinding> answers = new ArrayList<>();
            for (Future<VisitFinding> answer : pool.invokeAll(appends)) {
                answers.add(answer.get());
            }
            List<VisitFinding> stored = tasks.find(task.id()).orElseThrow().findings();
            assertThat(stored).as("findings recorded under one key by six concurrent callers").hasSize(1);
            assertThat(answers).as("every caller is answered with the one finding recorded").containsOnly(stored.getFirst());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void visitTasksArePagedByDayThenGrid() {
        VisitTaskRepository tasks = storage.tasks();
        List<VisitTask> planned = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            planned.add(VisitTask.plan("zhanjiang.night-visit", JINSHAWAN_GRID, MemberId.random(), GridPost.TOWN_LEADER,
                    TUESDAY.plusDays(day), TUESDAY_EVENING));
        }
        tasks.plan(planned);
        Slice<VisitTask> first = tasks.within(ZHANJIANG, TUESDAY, TUESDAY.plusDays(2), PageRequest.first(1));
        assertThat(first.items()).containsExactly(planned.get(0));
        Slice<VisitTask> second = tasks.within(ZHANJIANG, TUESDAY, TUESDAY.plusDays(2), PageRequest.after(first.next().orElseThrow(), 1));
        assertThat(second.items()).containsExactly(planned.get(1));
        assertThat(tasks.within(ZHANJIANG, TUESDAY, TUESDAY.plusDays(2), PageRequest.after(second.next().orElseThrow(), 5)).items())
                .containsExactly(planned.get(2));
    }

    private List<VisitTask> planOnBothGrids(int days, int perGrid) {
        List<VisitTask> planned = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            for (GridCode grid : List.of(JINSHAWAN_SECOND_GRID, JINSHAWAN_GRID, ZONGFU_GRID)) {
                for (int i = 0; i < perGrid; i++) {
                    planned.add(VisitTask.plan("zhanjiang.night-visit", grid, MemberId.random(), GridPost.TOWN_LEADER,
                            TUESDAY.plusDays(day), TUESDAY_EVENING));
                }
            }
        }
        storage.tasks().plan(planned);
        return planned;
    }

    @Test
    void pagesOfVisitTasksCoverTheAreasTasksOnceByDayGridAndIdInFullPages() {
        planOnBothGrids(3, 2);
        VisitTaskRepository tasks = storage.tasks();

        for (int size : new int[] {1, 2, 5}) {
            KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> tasks.within(ZHANJIANG, TUESDAY, TUESDAY.plusDays(2), page),
                    VisitTask::id, size);
        }
        List<VisitTask> zhanjiang = KeysetPaging.everyPage(page -> tasks.within(ZHANJIANG, TUESDAY, TUESDAY.plusDays(1), page), 3);
        assertThat(zhanjiang).as("two days of two Zhanjiang grids, two tasks each, none of Chengdu's nor of the third day")
                .hasSize(8).allMatch(t -> t.grid().value().startsWith("4408") && t.visitOn().isBefore(TUESDAY.plusDays(2)));
        assertThat(zhanjiang).extracting(t -> t.visitOn().toString() + t.grid().value()).as("by day, then grid").isSorted();
    }

    @Test
    void aCursorOfVisitTasksStaysWhereItWasWhileTasksArePlanned() {
        planOnBothGrids(2, 2);
        VisitTaskRepository tasks = storage.tasks();

        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> tasks.within(ZHANJIANG, TUESDAY, TUESDAY.plusDays(1), page),
                VisitTask::id, 3, () -> planOnBothGrids(2, 1));
    }

    @Test
    void aDigestIsRecordedOncePerAreaAndWeekTheLaterReplacingTheEarlier() {
        DigestRecords digests = storage.digests();
        DigestWeek week = DigestWeek.containing(TUESDAY);
        WeeklyDigest first = new WeeklyDigest(ZHANJIANG, week, TUESDAY_EVENING, 12, List.of(), List.of(), List.of(), 2, 5, 4,
                OptionalDouble.of(4.5));
        WeeklyDigest later = new WeeklyDigest(ZHANJIANG, week, TUESDAY_EVENING.plusSeconds(60), 13, List.of(), List.of(), List.of(), 1,
                6, 4, OptionalDouble.empty());
        digests.record(first);
        digests.record(later);

        assertThat(digests.find(ZHANJIANG, week)).contains(new DigestRecords.Recorded(ZHANJIANG, week,
                TUESDAY_EVENING.plusSeconds(60), 13, 0, 1, 6, 4));
        assertThat(digests.recent(ZHANJIANG, 5)).hasSize(1);
        assertThat(digests.find(CHENGDU, week)).isEmpty();
    }
}
