package org.shizhi.domain.assessment.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.model.SupervisionFilter;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.assessment.model.SupervisionTask.Evidence;
import org.shizhi.domain.assessment.model.SupervisionTask.State;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * What every store of supervision tasks must do: a task read back with every round of its reports and verifications, a
 * stale version refused with nothing written, lists filtered in the store and paged by keyset, overdue tasks, and an
 * escalation written once however many writers try at the same time. The tasks come from notices stored beside them.
 */
public abstract class SupervisionTasksContract {

    /** Results, notices and supervision tasks of one storage, empty. */
    public record Stores(AssessmentResults results, Notices notices, SupervisionTasks tasks) {
    }

    protected static final AreaCode DISTRICT = AreaCode.of("510104000000");
    protected static final AreaCode OTHER_DISTRICT = AreaCode.of("510107000000");
    private static final AssessmentPeriod Q3 = AssessmentPeriod.parse("2026-Q3");
    private static final Instant OPENED = Instant.parse("2026-10-12T01:00:00.123456Z");
    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");

    protected abstract Stores emptyStores();

    private Stores s;
    private SupervisionTasks tasks;
    private Notice notice;
    private Notice otherNotice;
    private Notice outsideNotice;

    @BeforeEach
    void publishedNotices() {
        s = emptyStores();
        tasks = s.tasks();
        notice = published(s.results().save(result(DISTRICT, 6)), 6);
        otherNotice = published(s.results().find("streets", DISTRICT, Q3, Optional.empty()).orElseThrow(), 2);
        outsideNotice = published(s.results().save(result(OTHER_DISTRICT, 3)), 3);
    }

    /** A result of {@code streets} streets inside the district and one department, scored in that order. */
    static AssessmentResult result(AreaCode within, int streets) {
        List<RankedUnit> units = new ArrayList<>();
        for (int i = 1; i <= streets; i++) {
            units.add(unit(new AssessedUnit(Subject.AREA, within.prefix() + "%03d000".formatted(i), "街道" + i), i, 95.0 - i));
        }
        units.add(unit(new AssessedUnit(Subject.DEPARTMENT, "city-water", "市水务局"), streets + 1, 40.0));
        return new AssessmentResult("streets", "街道季度考核", within, Q3, 1, Instant.parse("2026-10-08T02:00:00.123456Z"), "admin",
                units);
    }

    private static RankedUnit unit(AssessedUnit unit, int rank, double score) {
        return new RankedUnit(unit, rank, Optional.of(score), List.of(
                new ScoreLine("event-closure-rate", 90, 100, Optional.of(0.9), Optional.of(0.83), 0.8, 0.99, 60, score * 0.6),
                new ScoreLine("resident-satisfaction", 8, 10, Optional.of(0.8), Optional.of(0.49), 0.6, 0.95, 40, score * 0.4)),
                Optional.empty(), Optional.empty());
    }

    private Notice published(AssessmentResult result, int bottom) {
        Notice draft = Notice.draft(UUID.randomUUID(), result, bottom, 1, Instant.parse("2026-10-09T02:00:00.123456Z"), "officer");
        Notice published = draft.publish(Instant.parse("2026-10-10T02:00:00.123456Z"), "director");
        s.notices().save(published);
        return published;
    }

    static Deadline due(String day) {
        LocalDate on = LocalDate.parse(day);
        return new Deadline(10, on, WorkingTime.startOf(on.plusDays(1)));
    }

    private SupervisionTask open(Notice from, String unit, Instant at, String dueOn) {
        SupervisionTask task = SupervisionTask.open(UUID.randomUUID(), from, unit, "整改：事件办结率低于目标", List.of("event-closure-rate"),
                due(dueOn), at, "supervisor");
        tasks.save(task);
        return task;
    }

    private static String street(AreaCode within, int i) {
        return within.prefix() + "%03d000".formatted(i);
    }

    @Test
    void aTaskIsReadBackWithEveryRoundOfItsReportsAndVerifications() {
        SupervisionTask opened = open(notice, street(DISTRICT, 3), OPENED, "2026-10-26");
        assertThat(tasks.find(opened.id())).contains(opened);

        SupervisionTask reported = opened.report("已增派人手清理积压事件", List.of(new Evidence("整改台账", Optional.of("台账-2026-031")),
                new Evidence("现场照片", Optional.empty())), Instant.parse("2026-10-20T03:00:00.5Z"), "staff");
        tasks.save(reported);
        SupervisionTask sentBack = reported.sendBack("台账不全", due("2026-11-05"), Instant.parse("2026-10-21T03:00:00Z"), "supervisor");
        tasks.save(sentBack);
        SupervisionTask again = sentBack.report("补齐台账", List.of(new Evidence("补充台账", Optional.of("https://example.org/t/31"))),
                Instant.parse("2026-11-06T03:00:00Z"), "staff");
        tasks.save(again);
        SupervisionTask accepted = again.accept(Instant.parse("2026-11-07T03:00:00Z"), "supervisor");
        tasks.save(accepted);

        SupervisionTask read = tasks.find(opened.id()).orElseThrow();
        assertThat(read).isEqualTo(accepted);
        assertThat(read.reports()).extracting(SupervisionTask.Rectification::late).containsExactly(false, true);
        assertThat(read.deadline()).isEqualTo(due("2026-11-05"));
        assertThat(tasks.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aTaskOfADepartmentIsPlacedInTheNoticesArea() {
        SupervisionTask department = open(notice, "city-water", OPENED, "2026-10-26");
        assertThat(tasks.find(department.id())).hasValueSatisfying(t -> {
            assertThat(t.area()).isEqualTo(DISTRICT);
            assertThat(t.unit().subject()).isEqualTo(Subject.DEPARTMENT);
        });
    }

    @Test
    void aGridWorkersTaskLiesOnTheirGridAndIsListedToThemAloneNeverToADepartment() {
        String member = "3f2c5a10-0000-4000-8000-00000000a001";
        AreaCode community = AreaCode.of(DISTRICT.prefix() + "001001");
        AssessmentResult workers = s.results().save(new AssessmentResult("workers", "网格员月度考核", DISTRICT, Q3, 1,
                Instant.parse("2026-10-08T02:00:00.123456Z"), "admin", List.of(
                        unit(new AssessedUnit(Subject.GRID_WORKER, "3f2c5a10-0000-4000-8000-00000000a002", "王芳"), 1, 90.0),
                        unit(new AssessedUnit(Subject.GRID_WORKER, member, "李娜"), 2, 40.0))));
        Notice workersNotice = published(workers, 1);
        SupervisionTask task = SupervisionTask.open(UUID.randomUUID(), workersNotice, member, "上报事件偏少", List.of(), due("2026-10-26"),
                OPENED, "supervisor", Optional.of(community));
        tasks.save(task);
        SupervisionTask street = open(notice, street(DISTRICT, 3), OPENED.plusSeconds(1), "2026-10-26");

        assertThat(tasks.find(task.id())).contains(task);
        assertThat(tasks.list(DISTRICT, SupervisionFilter.ALL.forWorker(member), PageRequest.first(10)).items())
                .as("her own").containsExactly(task);
        assertThat(tasks.list(community, SupervisionFilter.ALL.forWorker("3f2c5a10-0000-4000-8000-00000000a002"),
                PageRequest.first(10)).items()).as("another worker's").isEmpty();
        assertThat(tasks.list(DISTRICT, SupervisionFilter.ALL.forDepartment("city-water"), PageRequest.first(10)).items())
                .as("a department's staff: areas' tasks, no worker's").containsExactly(street);
        assertThat(tasks.list(community, SupervisionFilter.ALL, PageRequest.first(10)).items()).as("the community's").containsExactly(task);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        SupervisionTask opened = open(notice, street(DISTRICT, 3), OPENED, "2026-10-26");
        SupervisionTask reported = opened.report("已整改", List.of(new Evidence("照片", Optional.empty())), OPENED.plusSeconds(60), "staff");
        tasks.save(reported);
        SupervisionTask sameVersion = opened.report("另一份报告", List.of(new Evidence("另一张照片", Optional.empty())),
                OPENED.plusSeconds(120), "staff");

        assertThatThrownBy(() -> tasks.save(sameVersion)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> tasks.save(opened)).as("a second insert of the same task").isInstanceOf(StaleVersionException.class);
        assertThat(tasks.find(opened.id())).contains(reported);
    }

    @Test
    void listsAreFilteredInTheStoreAndPagedByKeyset() {
        List<SupervisionTask> made = new ArrayList<>();
        for (int i = 2; i <= 6; i++) {
            made.add(open(notice, street(DISTRICT, i), OPENED.plusSeconds(i * 60L), "2026-10-26"));
        }
        // Two opened at the same instant: the id breaks the tie.
        made.add(open(otherNotice, street(DISTRICT, 6), OPENED.plusSeconds(600), "2026-10-26"));
        made.add(open(otherNotice, "city-water", OPENED.plusSeconds(600), "2026-10-26"));
        open(outsideNotice, street(OTHER_DISTRICT, 2), OPENED.plusSeconds(700), "2026-10-26");
        SupervisionTask reported = made.getFirst().report("已整改", List.of(new Evidence("照片", Optional.empty())), OPENED.plusSeconds(900),
                "staff");
        tasks.save(reported);

        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> tasks.list(DISTRICT, SupervisionFilter.ALL, p), SupervisionTask::id, 2);
        List<SupervisionTask> all = tasks.list(DISTRICT, SupervisionFilter.ALL, PageRequest.first(100)).items();
        assertThat(all).as("the district's tasks, newest first, the other district's left out").hasSize(7)
                .allSatisfy(t -> assertThat(DISTRICT.contains(t.area())).isTrue());
        assertThat(all).extracting(SupervisionTask::openedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        assertThat(tasks.list(DISTRICT, new SupervisionFilter(Optional.of(State.REPORTED), Optional.empty(), Optional.empty()),
                PageRequest.first(10)).items()).extracting(SupervisionTask::id).containsExactly(reported.id());
        assertThat(KeysetPaging.everyPage(p -> tasks.list(DISTRICT, new SupervisionFilter(Optional.of(State.OPEN),
                Optional.of(notice.id()), Optional.empty()), p), 1)).as("open tasks of one notice, a page at a time").hasSize(4);
        assertThat(tasks.list(DISTRICT, SupervisionFilter.ALL.forDepartment("city-water"), PageRequest.first(10)).items())
                .as("a department's staff: the areas' tasks and their own").hasSize(7);
        assertThat(tasks.list(DISTRICT, SupervisionFilter.ALL.forDepartment("city-housing"), PageRequest.first(10)).items())
                .as("never another department's").hasSize(6).noneMatch(t -> t.unit().key().equals("city-water"));
        assertThat(tasks.list(AreaCode.of(street(DISTRICT, 6)), SupervisionFilter.ALL, PageRequest.first(10)).items())
                .as("one street's tasks").hasSize(2);
    }

    @Test
    void aCursorStaysWhereItWasWhileTasksArrive() {
        for (int i = 2; i <= 6; i++) {
            open(notice, street(DISTRICT, i), OPENED.plusSeconds(i * 60L), "2026-10-26");
        }
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> tasks.list(DISTRICT, SupervisionFilter.ALL, p), SupervisionTask::id, 2,
                () -> {
                    open(notice, street(DISTRICT, 5), OPENED.plusSeconds(10_000), "2026-10-26");
                    open(otherNotice, street(DISTRICT, 6), OPENED.minusSeconds(10_000), "2026-10-26");
                });
    }

    @Test
    void overdueTasksAreThoseOwingAReportPastTheirDeadlineEarliestFirst() {
        SupervisionTask late = open(notice, street(DISTRICT, 2), OPENED, "2026-10-30");
        SupervisionTask later = open(notice, street(DISTRICT, 3), OPENED, "2026-11-10");
        SupervisionTask notYet = open(notice, street(DISTRICT, 4), OPENED, "2026-11-20");
        SupervisionTask reportedInTime = open(notice, street(DISTRICT, 5), OPENED, "2026-10-30");
        tasks.save(reportedInTime.report("已整改", List.of(new Evidence("照片", Optional.empty())), OPENED.plusSeconds(60), "staff"));
        SupervisionTask department = open(notice, "city-water", OPENED, "2026-11-02");
        open(outsideNotice, street(OTHER_DISTRICT, 2), OPENED, "2026-10-30");

        assertThat(KeysetPaging.everyPage(p -> tasks.overdue(DISTRICT, NOW, Optional.empty(), p), 1))
                .extracting(SupervisionTask::id).containsExactly(late.id(), department.id(), later.id());
        assertThat(tasks.overdue(DISTRICT, NOW, Optional.of("city-housing"), PageRequest.first(10)).items())
                .as("another department's staff").extracting(SupervisionTask::id).containsExactly(late.id(), later.id());
        assertThat(tasks.overdue(DISTRICT, NOW, Optional.empty(), PageRequest.first(10)).items()).doesNotContain(notYet);

        tasks.save(late.escalate(NOW));
        assertThat(tasks.overdueUnescalated(DISTRICT, NOW, 10)).as("escalated once, never read for escalation again")
                .extracting(SupervisionTask::id).containsExactly(department.id(), later.id());
        assertThat(tasks.overdueUnescalated(DISTRICT, NOW, 1)).extracting(SupervisionTask::id).containsExactly(department.id());
        assertThat(tasks.overdue(DISTRICT, NOW, Optional.empty(), PageRequest.first(10)).items()).as("still overdue, and listed")
                .extracting(SupervisionTask::id).containsExactly(late.id(), department.id(), later.id());
    }

    @Test
    void writersEscalatingOneTaskAtOnceEscalateItOnce() throws Exception {
        SupervisionTask overdue = open(notice, street(DISTRICT, 2), OPENED, "2026-10-30");
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger refused = new AtomicInteger();
        List<Future<Boolean>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                Instant at = NOW.plusSeconds(i);
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        tasks.save(overdue.escalate(at));
                        return true;
                    } catch (StaleVersionException e) {
                        refused.incrementAndGet();
                        return false;
                    }
                }));
            }
            start.countDown();
            long won = 0;
            for (Future<Boolean> attempt : attempts) {
                won += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).as("writers that escalated").isEqualTo(1);
            assertThat(refused).hasValue(writers - 1);
        } finally {
            pool.shutdownNow();
        }
        SupervisionTask read = tasks.find(overdue.id()).orElseThrow();
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.escalation()).isPresent();
    }
}
