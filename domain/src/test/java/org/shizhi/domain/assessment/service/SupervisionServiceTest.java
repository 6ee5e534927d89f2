package org.shizhi.domain.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import org.shizhi.domain.assessment.model.SupervisionTask.Verdict;
import org.shizhi.domain.assessment.port.in.EscalateOverdueSupervisionUseCase;
import org.shizhi.domain.assessment.port.in.SupervisionUseCase.OpenTask;
import org.shizhi.domain.assessment.port.in.SupervisionUseCase.ReportRectification;
import org.shizhi.domain.assessment.port.in.SupervisionUseCase.VerifyRectification;
import org.shizhi.domain.assessment.port.out.InMemoryAssessmentResults;
import org.shizhi.domain.assessment.port.out.InMemoryNotices;
import org.shizhi.domain.assessment.port.out.InMemorySupervisionTasks;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.DomainException;
import org.shizhi.domain.shared.HolidayCalendar;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.OfficialCalendarYears;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * Supervision tasks through the use case: who opens, reports and verifies; jurisdiction; versions; deadlines on the
 * official calendar across the National Day and Spring Festival holidays and their make-up workdays; escalation once.
 */
class SupervisionServiceTest {

    private static final WorkCalendar CALENDAR = new HolidayCalendar(OfficialCalendarYears.years2024To2026());
    private static final AreaCode CITY = AreaCode.of("510100");
    private static final AreaCode DISTRICT = AreaCode.of("510104");
    private static final AreaCode CHUNXI = AreaCode.of("510104022000");
    private static final AreaCode SHUYUAN = AreaCode.of("510104019000");
    private static final AreaCode JINGUAN = AreaCode.of("510104001000");
    private static final AssessmentPeriod Q3 = AssessmentPeriod.parse("2026-Q3");
    /** Wednesday 30 September 2026, 10:00 in China: the National Day holiday (1–7 October) starts the next day. */
    private static final Instant EVE_OF_NATIONAL_DAY = Instant.parse("2026-09-30T02:00:00Z");

    private final TestClock clock = new TestClock(EVE_OF_NATIONAL_DAY);
    private final InMemoryAssessmentResults results = new InMemoryAssessmentResults();
    private final InMemoryNotices notices = new InMemoryNotices();
    private final InMemorySupervisionTasks tasks = new InMemorySupervisionTasks();
    private final org.shizhi.domain.grid.port.out.InMemoryGridRepository grids = new org.shizhi.domain.grid.port.out.InMemoryGridRepository();
    private final SupervisionService service = new SupervisionService(notices, tasks,
            new org.shizhi.domain.grid.service.GridService(new org.shizhi.domain.grid.port.out.InMemoryAreaRepository(), grids,
                    new org.shizhi.domain.grid.port.out.InMemoryRegisterRepository(), org.shizhi.domain.grid.port.out.GridRules.NONE),
            CALENDAR, clock);

    private Notice notice;

    private static Actor actor(Role role, AreaCode jurisdiction) {
        return new Actor(role.name().toLowerCase() + "-" + jurisdiction, CITY, jurisdiction, Set.of(role), Set.of());
    }

    private static Actor department(String code) {
        return new Actor("dept-" + code, CITY, CITY, Set.of(Role.DEPARTMENT), Set.of(), Optional.of(code));
    }

    private static final Actor CITY_SUPERVISOR = actor(Role.CITY_ADMIN, CITY);
    private static final Actor DISTRICT_SUPERVISOR = actor(Role.STREET_OFFICER, DISTRICT);
    private static final Actor CHUNXI_STAFF = actor(Role.STREET_OFFICER, CHUNXI);

    /** 锦江区's streets assessed for the third quarter: 锦官驿 first, 书院街 and 春熙路 and the water bureau criticised. */
    @BeforeEach
    void aPublishedNotice() {
        List<RankedUnit> units = new ArrayList<>();
        units.add(unit(Subject.AREA, JINGUAN.toString(), "锦官驿街道", 1, 92));
        units.add(unit(Subject.AREA, SHUYUAN.toString(), "书院街街道", 2, 71));
        units.add(unit(Subject.AREA, CHUNXI.toString(), "春熙路街道", 3, 64));
        units.add(unit(Subject.DEPARTMENT, "city-water", "市水务局", 4, 40));
        AssessmentResult result = results.save(new AssessmentResult("street-quarterly", "街道季度综合考核", AreaCode.of("510104000000"), Q3,
                1, Instant.parse("2026-10-08T02:00:00Z"), "admin", units));
        Notice draft = Notice.draft(UUID.randomUUID(), result, 3, 1, Instant.parse("2026-09-29T02:00:00Z"), "officer");
        notices.save(draft);
        notice = draft;
    }

    private static RankedUnit unit(Subject subject, String key, String name, int rank, double score) {
        return new RankedUnit(new AssessedUnit(subject, key, name), rank, Optional.of(score), List.of(
                new ScoreLine("event-closure-rate", 90, 100, Optional.of(0.9), Optional.of(0.83), 0.8, 0.99, 60, score * 0.6),
                new ScoreLine("resident-satisfaction", 8, 10, Optional.of(0.8), Optional.of(0.49), 0.6, 0.95, 40, score * 0.4)),
                Optional.empty(), Optional.empty());
    }

    private void publish() {
        notice = notice.publish(Instant.parse("2026-09-29T08:00:00Z"), "director");
        notices.save(notice);
    }

    private SupervisionTask open(String unit, int days) {
        return service.open(DISTRICT_SUPERVISOR, new OpenTask(notice.id(), unit, "事件按时办结率偏低，限期整改", List.of("event-closure-rate"), days));
    }

    private static List<Evidence> photos() {
        return List.of(new Evidence("整改前后照片", Optional.of("IMG-2026-1008.jpg")));
    }

    private static ReportRectification report(SupervisionTask task) {
        return new ReportRectification(task.id(), task.version(), "已建立事件台账，逐件督办办结", photos());
    }

    /** 总府路社区 of 春熙路, where the criticised grid worker holds a post on grid 1. */
    private static final AreaCode ZONGFU = AreaCode.of("510104022001");
    private static final UUID LI_NA = UUID.fromString("3f2c5a10-0000-4000-8000-00000000a001");
    private static final UUID WANG_FANG = UUID.fromString("3f2c5a10-0000-4000-8000-00000000a002");

    /** A grid worker whose account is {@code account} and whose token names grid member {@code member}. */
    private static Actor worker(String account, UUID member, AreaCode community) {
        return new Actor(account, CITY, community, Set.of(Role.GRID_WORKER), Set.of(), Optional.empty(), Optional.of(member.toString()));
    }

    /** 锦江区's grid workers assessed for November: 王芳 commended, 李娜 (on 总府路's grid) and an account-only worker criticised. */
    private Notice workersNotice() {
        org.shizhi.domain.grid.model.GridCode grid = org.shizhi.domain.grid.model.GridCode.of(ZONGFU, 1);
        grids.add(org.shizhi.domain.grid.model.Grid.create(grid, org.shizhi.domain.grid.model.GridTier.GENERAL, "总府路一网格",
                Optional.empty(), Optional.empty()).assign(new org.shizhi.domain.grid.model.GridMember(new org.shizhi.domain.grid.model.MemberId(LI_NA),
                org.shizhi.domain.grid.model.GridPost.RESPONSIBLE_WORKER, "李娜", new org.shizhi.domain.shared.PhoneNumber("13800138000"))).grid());
        AssessmentResult result = results.save(new AssessmentResult("grid-worker-monthly", "网格员月度考核", AreaCode.of("510104000000"),
                AssessmentPeriod.parse("2026-11"), 1, Instant.parse("2026-12-01T02:00:00Z"), "admin", List.of(
                        unit(Subject.GRID_WORKER, WANG_FANG.toString(), WANG_FANG.toString(), 1, 90),
                        unit(Subject.GRID_WORKER, "account-only", "account-only", 2, 50),
                        unit(Subject.GRID_WORKER, LI_NA.toString(), LI_NA.toString(), 3, 40))));
        Notice published = Notice.draft(UUID.randomUUID(), result, 2, 1, Instant.parse("2026-09-29T02:00:00Z"), "officer")
                .publish(Instant.parse("2026-09-29T08:00:00Z"), "director");
        notices.save(published);
        return published;
    }

    @Test
    void aCriticisedGridWorkersTaskLiesOnTheirGridAndIsReadAndReportedByTheWorkerAlone() {
        Notice workers = workersNotice();
        OpenTask forLiNa = new OpenTask(workers.id(), LI_NA.toString(), "上报事件偏少，限期整改", List.of("event-closure-rate"), 5);
        assertThatThrownBy(() -> service.open(actor(Role.STREET_OFFICER, SHUYUAN), forLiNa))
                .as("a supervisor who does not answer for the notice's area").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.open(DISTRICT_SUPERVISOR, new OpenTask(workers.id(), "account-only", "整改", List.of(), 5)))
                .as("a worker on no grid the platform holds").isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("unit"));
        SupervisionTask task = service.open(DISTRICT_SUPERVISOR, forLiNa);
        assertThat(task.area()).as("the community of her grid").isEqualTo(ZONGFU);
        assertThat(task.unit().subject()).isEqualTo(Subject.GRID_WORKER);

        Actor liNa = worker("li.na@sso", LI_NA, ZONGFU);
        Actor wangFang = worker("wang.fang@sso", WANG_FANG, ZONGFU);
        assertThat(service.task(liNa, task.id())).isEqualTo(task);
        assertThatThrownBy(() -> service.task(wangFang, task.id())).as("another worker's task").isInstanceOf(NotFoundException.class);
        assertThat(service.tasks(liNa, ZONGFU, SupervisionFilter.ALL, PageRequest.first(10)).items()).containsExactly(task);
        assertThat(service.tasks(wangFang, ZONGFU, SupervisionFilter.ALL, PageRequest.first(10)).items()).isEmpty();
        assertThat(service.tasks(department("city-water"), CITY, SupervisionFilter.ALL, PageRequest.first(10)).items())
                .as("a department's staff read no worker's task").isEmpty();
        assertThatThrownBy(() -> service.report(actor(Role.COMMUNITY_STAFF, ZONGFU), report(task)))
                .as("the community's staff do not report for the worker").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.report(wangFang, report(task))).isInstanceOf(NotFoundException.class);

        SupervisionTask reported = service.report(liNa, report(task));
        assertThat(reported.state()).isEqualTo(SupervisionTask.State.REPORTED);
        assertThat(reported.reports().getLast().by()).as("the account that reported").isEqualTo("li.na@sso");
        SupervisionTask accepted = service.verify(DISTRICT_SUPERVISOR, new VerifyRectification(reported.id(), reported.version(),
                Verdict.ACCEPTED, Optional.empty(), Optional.empty()));
        assertThat(accepted.state()).isEqualTo(SupervisionTask.State.ACCEPTED);
    }

    @Test
    void aDraftOpensNothingAndOnlyACriticisedUnitGetsATask() {
        assertThatThrownBy(() -> open(CHUNXI.toString(), 3)).as("the notice is a draft").isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("notice"));
        publish();
        assertThatThrownBy(() -> open(JINGUAN.toString(), 3)).as("commended, not criticised").isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("unit"));
        assertThatThrownBy(() -> service.open(DISTRICT_SUPERVISOR, new OpenTask(notice.id(), CHUNXI.toString(), "整改",
                List.of("petition-backlog"), 3))).as("an indicator outside the breakdown").isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("indicators"));
        assertThatThrownBy(() -> new OpenTask(notice.id(), CHUNXI.toString(), "整改", List.of(), 61))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("workingDays"));
        assertThatThrownBy(() -> new OpenTask(notice.id(), CHUNXI.toString(), "整改", java.util.Arrays.asList("event-closure-rate", null), 3))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("indicators"));
        assertThatThrownBy(() -> new OpenTask(notice.id(), CHUNXI.toString(), "整改", List.of(), 0))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("workingDays"));
        assertThatThrownBy(() -> service.open(DISTRICT_SUPERVISOR, new OpenTask(notice.id(), CHUNXI.toString(), "  ", List.of(), 3)))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("issue"));

        SupervisionTask task = open(CHUNXI.toString(), 3);
        assertThat(task.state()).isEqualTo(State.OPEN);
        assertThat(task.area()).isEqualTo(CHUNXI);
        assertThat(task.within()).isEqualTo(AreaCode.of("510104000000"));
        assertThat(tasks.find(task.id())).contains(task);
    }

    @Test
    void theDeadlineCountsWorkingDaysAcrossTheNationalDayHolidayAndItsMakeUpSaturday() {
        publish();
        SupervisionTask task = open(CHUNXI.toString(), 3);

        // 1–7 October are holidays; Thursday 8 and Friday 9 are working days, Saturday 10 October is a make-up workday.
        assertThat(task.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(task.deadline().passesAt()).isEqualTo(WorkingTime.startOf(LocalDate.of(2026, 10, 11)));
        clock.set(Instant.parse("2026-10-10T15:59:59Z"));
        assertThat(service.overdue(DISTRICT_SUPERVISOR, DISTRICT, PageRequest.first(10)).items()).as("the last second of the 10th")
                .isEmpty();
        clock.set(Instant.parse("2026-10-10T16:00:00Z"));
        assertThat(service.overdue(DISTRICT_SUPERVISOR, DISTRICT, PageRequest.first(10)).items()).extracting(SupervisionTask::id)
                .containsExactly(task.id());
    }

    @Test
    void aReportAfterTheDeadlineIsLateAndASentBackTaskGetsANewDeadlineAcrossTheSpringFestival() {
        publish();
        clock.set(Instant.parse("2026-02-02T02:00:00Z"));
        SupervisionTask task = open(SHUYUAN.toString(), 2);
        assertThat(task.deadline().dueOn()).as("Tuesday and Wednesday").isEqualTo(LocalDate.of(2026, 2, 4));
        clock.set(Instant.parse("2026-02-05T02:00:00Z"));
        Actor shuyuan = actor(Role.STREET_OFFICER, SHUYUAN);
        SupervisionTask reported = service.report(shuyuan, report(task));
        assertThat(reported.reports().getLast().late()).isTrue();

        // Friday 13 February: Saturday 14 is a make-up workday, 15–23 the Spring Festival, Tuesday 24 the next working day.
        clock.set(Instant.parse("2026-02-13T02:00:00Z"));
        SupervisionTask sentBack = service.verify(DISTRICT_SUPERVISOR, new VerifyRectification(task.id(), reported.version(),
                Verdict.SENT_BACK, Optional.of("台账缺少办结回访记录"), Optional.of(2)));
        assertThat(sentBack.state()).isEqualTo(State.SENT_BACK);
        assertThat(sentBack.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(sentBack.verifications().getLast().reason()).contains("台账缺少办结回访记录");

        clock.set(Instant.parse("2026-02-24T02:00:00Z"));
        SupervisionTask again = service.report(shuyuan, report(sentBack));
        assertThat(again.reports()).hasSize(2);
        assertThat(again.reports().getLast().late()).as("reported on the due day").isFalse();
        SupervisionTask accepted = service.verify(CITY_SUPERVISOR, new VerifyRectification(task.id(), again.version(),
                Verdict.ACCEPTED, Optional.empty(), Optional.empty()));
        assertThat(accepted.state()).isEqualTo(State.ACCEPTED);
        assertThatThrownBy(() -> service.report(shuyuan, report(accepted))).as("done").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.verify(DISTRICT_SUPERVISOR, new VerifyRectification(task.id(), accepted.version(),
                Verdict.ACCEPTED, Optional.empty(), Optional.empty()))).as("nothing to verify").isInstanceOf(ConflictException.class);
    }

    @Test
    void theUnitsOwnStaffReportAndTheSupervisorVerifiesNeverTheOtherWayRound() {
        publish();
        SupervisionTask task = open(CHUNXI.toString(), 5);

        assertThatThrownBy(() -> service.report(DISTRICT_SUPERVISOR, report(task))).as("the supervisor does not report for the unit")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.report(actor(Role.COMMUNITY_STAFF, AreaCode.of("510104022001")), report(task)))
                .as("a community of the street is not the street").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.report(actor(Role.STREET_OFFICER, SHUYUAN), report(task))).as("another street")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.report(actor(Role.AUDITOR, CITY), report(task))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.report(CHUNXI_STAFF, new ReportRectification(task.id(), task.version(), "已整改", List.of())))
                .as("a report carries evidence").isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("evidence"));

        SupervisionTask reported = service.report(CHUNXI_STAFF, report(task));
        VerifyRectification accept = new VerifyRectification(task.id(), reported.version(), Verdict.ACCEPTED, Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> service.verify(CHUNXI_STAFF, accept)).as("the unit does not verify its own rectification")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.verify(actor(Role.CITY_ADMIN, AreaCode.of("510105")), accept)).as("another district's supervisor")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.verify(DISTRICT_SUPERVISOR, new VerifyRectification(task.id(), task.version(),
                Verdict.ACCEPTED, Optional.empty(), Optional.empty()))).as("the version read before the report")
                .isInstanceOf(StaleVersionException.class);
        assertThat(service.verify(DISTRICT_SUPERVISOR, accept).state()).isEqualTo(State.ACCEPTED);
    }

    @Test
    void whoReportedDoesNotVerify() {
        publish();
        Actor both = new Actor("officer-chunxi", CITY, CHUNXI, Set.of(Role.STREET_OFFICER), Set.of());
        Actor supervisorAlsoStaff = new Actor("officer-chunxi", CITY, DISTRICT, Set.of(Role.STREET_OFFICER), Set.of());
        SupervisionTask task = open(CHUNXI.toString(), 5);
        SupervisionTask reported = service.report(both, report(task));
        assertThatThrownBy(() -> service.verify(supervisorAlsoStaff, new VerifyRectification(task.id(), reported.version(),
                Verdict.ACCEPTED, Optional.empty(), Optional.empty()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSentBackVerdictNeedsAReasonAndANewDeadlineAndAnAcceptedOneNeither() {
        assertThatThrownBy(() -> new VerifyRectification(UUID.randomUUID(), 2, Verdict.SENT_BACK, Optional.empty(), Optional.of(3)))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("reason"));
        assertThatThrownBy(() -> new VerifyRectification(UUID.randomUUID(), 2, Verdict.SENT_BACK, Optional.of("不全"), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("workingDays"));
        assertThatThrownBy(() -> new VerifyRectification(UUID.randomUUID(), 2, Verdict.ACCEPTED, Optional.empty(), Optional.of(3)))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("workingDays"));
        assertThatThrownBy(() -> new VerifyRectification(UUID.randomUUID(), 2, null, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((DomainException) e).field()).contains("verdict"));
    }

    @Test
    void aDepartmentsStaffReportTheirDepartmentsTasksAndNeverReadAnothersDepartments() {
        publish();
        SupervisionTask water = open("city-water", 5);
        SupervisionTask street = open(CHUNXI.toString(), 5);

        assertThatThrownBy(() -> service.report(department("city-housing"), report(water))).as("another department's task")
                .isInstanceOf(NotFoundException.class);
        assertThat(service.report(department("city-water"), report(water)).state()).isEqualTo(State.REPORTED);
        assertThat(service.task(department("city-water"), street.id())).as("an area's task of the jurisdiction").isEqualTo(street);
        assertThatThrownBy(() -> service.task(department("city-housing"), water.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.tasks(department("city-housing"), CITY, SupervisionFilter.ALL, PageRequest.first(10)).items())
                .extracting(SupervisionTask::id).containsExactly(street.id());
        assertThatThrownBy(() -> service.report(department("city-water"), report(street))).as("not the street's staff")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.tasks(actor(Role.AUDITOR, CITY), CITY, SupervisionFilter.ALL, PageRequest.first(10)).items()).hasSize(2);
        assertThat(service.tasks(actor(Role.COMMUNITY_STAFF, AreaCode.of("510104022001")), AreaCode.of("510104022001"),
                SupervisionFilter.ALL, PageRequest.first(10)).items()).as("no task of the community").isEmpty();
        assertThatThrownBy(() -> service.tasks(CHUNXI_STAFF, DISTRICT, SupervisionFilter.ALL, PageRequest.first(10)))
                .as("a list beyond the jurisdiction").isInstanceOf(NotFoundException.class);
        assertThat(service.tasks(actor(Role.GRID_WORKER, CHUNXI), CHUNXI, SupervisionFilter.ALL, PageRequest.first(10)).items())
                .as("a grid worker reads their own tasks only, and has none").isEmpty();
    }

    @Test
    void onlyASupervisorAnsweringForTheNoticeOpensTasks() {
        publish();
        assertThatThrownBy(() -> service.open(actor(Role.STREET_OFFICER, AreaCode.of("510105")), new OpenTask(notice.id(),
                CHUNXI.toString(), "整改", List.of(), 3))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.open(actor(Role.COMMUNITY_STAFF, DISTRICT), new OpenTask(notice.id(), CHUNXI.toString(),
                "整改", List.of(), 3))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.open(CITY_SUPERVISOR, new OpenTask(UUID.randomUUID(), CHUNXI.toString(), "整改", List.of(), 3)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOverdueTaskIsEscalatedOnceToTheAreaAboveEvenWhenOverdueAgain() {
        publish();
        SupervisionTask overdue = open(CHUNXI.toString(), 3);
        SupervisionTask onTime = open(SHUYUAN.toString(), 20);
        clock.set(Instant.parse("2026-10-12T02:00:00Z"));
        Actor system = Actor.system(CITY);

        EscalateOverdueSupervisionUseCase.Run first = service.escalateOverdue(system, 100);
        assertThat(first.escalated()).extracting(SupervisionTask::id).containsExactly(overdue.id());
        SupervisionTask escalated = tasks.find(overdue.id()).orElseThrow();
        assertThat(escalated.escalation()).hasValueSatisfying(e -> {
            assertThat(e.to()).as("above the district that supervises").isEqualTo(CITY);
            assertThat(e.at()).isEqualTo(Instant.parse("2026-10-12T02:00:00Z"));
        });
        assertThat(service.escalateOverdue(system, 100).escalated()).as("a second run, or another instance's").isEmpty();

        // Reported late, sent back, overdue again: listed, not escalated twice.
        SupervisionTask reported = service.report(CHUNXI_STAFF, report(escalated));
        SupervisionTask sentBack = service.verify(DISTRICT_SUPERVISOR, new VerifyRectification(overdue.id(), reported.version(),
                Verdict.SENT_BACK, Optional.of("未见回访记录"), Optional.of(1)));
        clock.set(Instant.parse("2026-10-20T02:00:00Z"));
        assertThat(service.overdue(DISTRICT_SUPERVISOR, DISTRICT, PageRequest.first(10)).items()).extracting(SupervisionTask::id)
                .containsExactly(overdue.id());
        assertThat(service.escalateOverdue(system, 100).escalated()).isEmpty();
        assertThat(tasks.find(overdue.id()).orElseThrow().escalation()).isEqualTo(sentBack.escalation());
        assertThat(tasks.find(onTime.id()).orElseThrow().escalation()).isEmpty();

        assertThatThrownBy(() -> service.escalateOverdue(DISTRICT_SUPERVISOR, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.escalateOverdue(system, 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anotherCitysTaskIsNotFound() {
        publish();
        SupervisionTask task = open(CHUNXI.toString(), 3);
        Actor zhanjiang = new Actor("admin", AreaCode.of("440800"), AreaCode.of("440800"), Set.of(Role.CITY_ADMIN), Set.of());
        assertThatThrownBy(() -> service.task(zhanjiang, task.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.task(actor(Role.AUDITOR, CITY), task.id())).isEqualTo(task);
    }
}
