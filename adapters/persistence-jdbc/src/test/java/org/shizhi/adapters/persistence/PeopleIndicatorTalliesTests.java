package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.grid.model.SampleEvents.FIRE_BRIGADE;
import static org.shizhi.domain.grid.model.SampleEvents.HAZARD_TEXT;
import static org.shizhi.domain.grid.model.SampleEvents.HONGXING_1;
import static org.shizhi.domain.grid.model.SampleEvents.HOUSING;
import static org.shizhi.domain.grid.model.SampleEvents.HOUSING_BUREAU;
import static org.shizhi.domain.grid.model.SampleEvents.JINHUA_1;
import static org.shizhi.domain.grid.model.SampleEvents.JINJIANG;
import static org.shizhi.domain.grid.model.SampleEvents.JINSHAWAN_1;
import static org.shizhi.domain.grid.model.SampleEvents.LOW;
import static org.shizhi.domain.grid.model.SampleEvents.OFFICER;
import static org.shizhi.domain.grid.model.SampleEvents.STAFF;
import static org.shizhi.domain.grid.model.SampleEvents.WORKER;
import static org.shizhi.domain.grid.model.SampleEvents.ZONGFU;
import static org.shizhi.domain.grid.model.SampleEvents.ZONGFU_1;
import static org.shizhi.domain.grid.model.SampleEvents.china;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.port.out.IndicatorTallies;
import org.shizhi.domain.assessment.port.out.IndicatorTallies.SummonsAnswers;
import org.shizhi.domain.grid.model.AnswerKind;
import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.model.SummonsId;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.programme.model.FindingKind;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.port.out.VisitTaskRepository;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The people's indicators (a grid worker's own work; a department's answers to summonses), over events and summonses
 * written through the grid context's adapter, each checked against a count made by hand in the comments. November 2025
 * in Jinjiang; October and Zhanjiang are written to be left out.
 */
abstract class PeopleIndicatorTalliesTests {

    private static final AssessmentPeriod NOVEMBER = AssessmentPeriod.parse("2025-11");
    private static final Instant MONDAY = china("2025-11-03T10:00");
    private static final Instant AS_OF = china("2026-01-05T10:00");
    private static final Acting ZHAO = new Acting("zhao.lei", Role.GRID_WORKER);

    private GridEventRepository events;
    private IndicatorTallies tallies;

    abstract TestDatabase db();

    @BeforeEach
    void november() {
        db().clean();
        events = db().database().gridEventRepository();
        tallies = db().database().indicatorTallies(SampleEvents.calendar());
    }

    private GridEvent save(EventTransition t) {
        events.save(EventWrite.of(t));
        return t.event();
    }

    private GridEvent reportedBy(Acting worker, GridCode grid, Instant at) {
        Deadline deadline = Deadline.after(SampleEvents.calendar(), at, DeadlinePolicy.standard().workingDaysFor(LOW, EventCategory.DISPUTE));
        return save(GridEvent.report(GridEventId.random(), SampleEvents.intake(grid, EventCategory.DISPUTE, HAZARD_TEXT), LOW, deadline,
                at, worker));
    }

    @Test
    void aWorkersFindsAndHandlingAreCountedPerWorker() {
        // wang.fang reports three on 总府路 in November: one she resolves herself, one rejected (not a find), one a
        // department resolves; and one in Zhanjiang (outside Jinjiang). zhao.lei reports one on 红星路 in November, which he
        // resolves, and one in October, which he resolves in November.
        GridEvent own = save(reportedBy(WORKER, ZONGFU_1, MONDAY).accept(STAFF, MONDAY.plusSeconds(60), ""));
        save(own.resolve(WORKER, MONDAY.plusSeconds(3_600), "已清理"));
        save(reportedBy(WORKER, ZONGFU_1, MONDAY).reject(STAFF, MONDAY.plusSeconds(60), "不属于网格事件"));
        for (EventTransition t : SampleEvents.pathTo(EventState.RESOLVED, ZONGFU_1, HAZARD_TEXT, LOW, MONDAY)) {
            save(t);
        }
        reportedBy(WORKER, JINSHAWAN_1, MONDAY);
        GridEvent his = save(reportedBy(ZHAO, HONGXING_1, MONDAY).accept(STAFF, MONDAY.plusSeconds(60), ""));
        save(his.resolve(ZHAO, china("2025-11-20T15:00"), "已处理"));
        Instant october = china("2025-10-28T10:00");
        GridEvent older = save(reportedBy(ZHAO, HONGXING_1, october).accept(STAFF, october.plusSeconds(60), ""));
        save(older.resolve(ZHAO, china("2025-11-04T09:00"), "已处理"));

        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_EVENTS_FOUND, JINJIANG, NOVEMBER))
                .as("finds: wang.fang 2 (her own and the department's; not the rejected one), zhao.lei 1 (not October's)")
                .isEqualTo(Map.of(WORKER.subject(), Reading.count(2), ZHAO.subject(), Reading.count(1)));
        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_EVENTS_HANDLED, JINJIANG, NOVEMBER))
                .as("handled: wang.fang 1 (the department resolved the other), zhao.lei 2 (resolved in November, whenever reported)")
                .isEqualTo(Map.of(WORKER.subject(), Reading.count(1), ZHAO.subject(), Reading.count(2)));
        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_EVENTS_FOUND, AreaCode.of("510104022000"), NOVEMBER))
                .as("inside 春熙路 street only: 总府路 and 红星路 lie in it").hasSize(2);
    }

    @Test
    void aWorkerWhoseTokenNamesTheirGridMemberIsOneWorkerForEventsVisitsAndTraining() {
        // li.na signs in as the account "li.na@sso"; her token's grid_member claim names her grid member id. In November on
        // 总府路 she reports two events (one she resolves herself on time, the other a department resolves), makes one
        // night visit with a finding, and attends a 2.5-hour course. Each of her works is counted under her member id,
        // never under the account: events found 2, handled 1 (closed on time 1 of 1, satisfied 1 of 1), visits 1, training
        // 25 tenths.
        MemberId member = MemberId.random();
        String id = member.value().toString();
        Actor li = new Actor("li.na@sso", AreaCode.of("510100"), ZONGFU, Set.of(Role.GRID_WORKER), Set.of(), Optional.empty(),
                Optional.of(id));
        Acting reporting = li.actingAsGridMember(Permission.REPORT_EVENT);
        GridEvent own = save(reportedBy(reporting, ZONGFU_1, MONDAY).accept(STAFF, MONDAY.plusSeconds(60), ""));
        GridEvent resolved = save(own.resolve(li.actingAsGridMember(Permission.RESOLVE_EVENT), MONDAY.plusSeconds(3_600), "已清理"));
        save(resolved.judge(STAFF, MONDAY.plusSeconds(7_200), 5, "满意", null));
        GridEvent other = save(reportedBy(reporting, ZONGFU_1, MONDAY.plusSeconds(600)).accept(STAFF, MONDAY.plusSeconds(660), ""));
        save(other.resolve(OFFICER, MONDAY.plusSeconds(7_200), "街道处置"));
        // Visit tasks lie on grids.
        db().database().areaRepository().addAll(List.of(new Area(AreaCode.of("510100"), "成都市"), new Area(JINJIANG, "锦江区"),
                new Area(AreaCode.of("510104022000"), "春熙路街道"), new Area(ZONGFU, "总府路社区")));
        db().database().gridRepository().add(Grid.create(ZONGFU_1, GridTier.GENERAL, "第一网格", Optional.empty(), Optional.empty()));
        VisitTask visit = VisitTask.plan("zhanjiang.night-visit", ZONGFU_1, member, GridPost.RESPONSIBLE_WORKER,
                LocalDate.of(2025, 11, 4), MONDAY);
        VisitTaskRepository visits = db().database().visitTasks();
        visits.plan(List.of(visit));
        visits.addFinding(visit.id(), VisitFinding.event("k-1", FindingKind.GRID_EVENT, EventCategory.SERVICE_REQUEST, own.id(),
                MONDAY.plusSeconds(86_400)));
        db().database().trainingRecords().add(new TrainingAttendance(TrainingAttendance.Id.random(), ZONGFU_1, member, "网格员业务培训",
                LocalDate.of(2025, 11, 12), 25, MONDAY, STAFF));

        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_EVENTS_FOUND, JINJIANG, NOVEMBER)).isEqualTo(Map.of(id, Reading.count(2)));
        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_EVENTS_HANDLED, JINJIANG, NOVEMBER)).isEqualTo(Map.of(id, Reading.count(1)));
        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_ON_TIME_RESOLUTION, JINJIANG, NOVEMBER))
                .as("her resolution closed by its deadline").isEqualTo(Map.of(id, Reading.share(1, 1)));
        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_SATISFACTION, JINJIANG, NOVEMBER))
                .as("judged 5 of 5").isEqualTo(Map.of(id, Reading.share(1, 1)));
        assertThat(visits.visitsMade(JINJIANG, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), Set.of(GridPost.RESPONSIBLE_WORKER)))
                .isEqualTo(Map.of(member, 1L));
        assertThat(db().database().trainingRecords().tenthsByWorker(JINJIANG, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30)))
                .isEqualTo(Map.of(member, 25L));
        assertThat(events.find(own.id()).orElseThrow().resolution().orElseThrow().by())
                .as("the resolution read back names the account and the member").isEqualTo(new Acting("li.na@sso", Role.GRID_WORKER,
                        Optional.of(id)));
        assertThat(events.timeline(own.id())).extracting(TimelineEntry::actor).as("the timeline keeps the account")
                .containsOnly("li.na@sso", STAFF.subject());
    }

    @Test
    void aDepartmentsAnswersToSummonsesAreCountedOnceForEveryAnswerIndicator() {
        // On 金华: summons 1 on Tuesday, housing arrives in time, fire responds late; summons 2 on Wednesday, housing never
        // answers (past due); summons 3 on Thursday, fire arrives in time; summons 4 on 28 November at 10:00 due at 12:00,
        // housing not yet answered at 11:00.
        GridEvent called = null;
        for (EventTransition t : SampleEvents.pathTo(EventState.CALLED, JINHUA_1, HAZARD_TEXT, LOW, MONDAY)) {
            called = save(t);
        }
        SummonsId first = SummonsId.random();
        called = save(called.summon(OFFICER, china("2025-11-04T10:00"), first, List.of(HOUSING_BUREAU, FIRE_BRIGADE),
                ReportWithin.workingHours(2), china("2025-11-04T12:00")));
        called = save(called.answerSummons(HOUSING, china("2025-11-04T11:00"), first, HOUSING_BUREAU, AnswerKind.ARRIVED, "已到场"));
        called = save(called.answerSummons(HOUSING, china("2025-11-04T15:00"), first, FIRE_BRIGADE, AnswerKind.RESPONDED, "电话回应"));
        called = save(called.summon(OFFICER, china("2025-11-05T10:00"), SummonsId.random(), List.of(HOUSING_BUREAU),
                ReportWithin.workingHours(2), china("2025-11-05T12:00")));
        SummonsId third = SummonsId.random();
        called = save(called.summon(OFFICER, china("2025-11-06T10:00"), third, List.of(FIRE_BRIGADE),
                ReportWithin.workingHours(2), china("2025-11-06T12:00")));
        called = save(called.answerSummons(HOUSING, china("2025-11-06T11:30"), third, FIRE_BRIGADE, AnswerKind.ARRIVED, "到场"));
        save(called.summon(OFFICER, china("2025-11-28T10:00"), SummonsId.random(), List.of(HOUSING_BUREAU),
                ReportWithin.workingHours(2), china("2025-11-28T12:00")));

        assertThat(tallies.summonsAnswers(JINJIANG, NOVEMBER, AS_OF)).as("housing: 3 summoned, all due, 1 answered, in time, on the "
                        + "scene; fire: 2 summoned and due, both answered, 1 in time, 1 on the scene")
                .isEqualTo(Map.of(HOUSING_BUREAU.value(), new SummonsAnswers(3, 3, 1, 1, 1), FIRE_BRIGADE.value(),
                        new SummonsAnswers(2, 2, 2, 1, 1)));
        assertThat(tallies.summonsAnswers(JINJIANG, NOVEMBER, china("2025-11-28T11:00")))
                .as("at 11:00 on 28 November the fourth summons is not yet due")
                .containsEntry(HOUSING_BUREAU.value(), new SummonsAnswers(3, 2, 1, 1, 1));
        assertThat(tallies.summonsAnswers(AreaCode.of("510104022000"), NOVEMBER, AS_OF)).as("none in 春熙路").isEmpty();
    }
}
