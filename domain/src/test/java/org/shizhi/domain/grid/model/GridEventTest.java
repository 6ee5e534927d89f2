package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.model.SampleEvents.HOUSING;
import static org.shizhi.domain.grid.model.SampleEvents.HOUSING_BUREAU;
import static org.shizhi.domain.grid.model.SampleEvents.OFFICER;
import static org.shizhi.domain.grid.model.SampleEvents.STAFF;
import static org.shizhi.domain.grid.model.SampleEvents.WORKER;
import static org.shizhi.domain.grid.model.SampleEvents.china;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Deadline;

/** Every command on an event in every state, and the rules beyond the table: levels, verdicts, merges. */
class GridEventTest {

    private static final Instant FRIDAY = china("2025-09-26T10:00");
    private static final Instant LATER = china("2025-09-27T10:00");

    /** The commands of the flow, each named by the state it leads to. */
    enum Command {
        ACCEPT(EventState.ACCEPTED, (e, at) -> e.accept(STAFF, at, "")),
        REJECT(EventState.REJECTED, (e, at) -> e.reject(STAFF, at, "不属于网格事件")),
        CALL(EventState.CALLED, (e, at) -> e.call(OFFICER, at, "")),
        DISPATCH(EventState.DISPATCHED, (e, at) -> e.dispatch(OFFICER, at, List.of(HOUSING_BUREAU), "")),
        START_HANDLING(EventState.IN_PROGRESS, (e, at) -> e.startHandling(HOUSING, at, HOUSING_BUREAU)),
        RESOLVE(EventState.RESOLVED, (e, at) -> e.resolve(HOUSING, at, "已处理")),
        SATISFIED_VERDICT(EventState.CLOSED, (e, at) -> e.judge(WORKER, at, 4, "满意", null)),
        DISSATISFIED_VERDICT(EventState.REOPENED, (e, at) -> e.judge(WORKER, at, 2, "不满意",
                Deadline.after(SampleEvents.calendar(), at, 5)));

        final EventState target;
        final BiFunction<GridEvent, Instant, EventTransition> apply;

        Command(EventState target, BiFunction<GridEvent, Instant, EventTransition> apply) {
            this.target = target;
            this.apply = apply;
        }
    }

    static Stream<Arguments> everyCommandInEveryState() {
        List<Arguments> cases = new ArrayList<>();
        for (EventState state : EventState.values()) {
            for (Command command : Command.values()) {
                cases.add(Arguments.of(state, command));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on a {0} event")
    @MethodSource("everyCommandInEveryState")
    void aCommandMovesTheEventWhereTheFlowAllowsAndIsRefusedNamingTheStatesElsewhere(EventState state, Command command) {
        GridEvent event = SampleEvents.inState(state, SampleEvents.ZONGFU_1, FRIDAY);
        assertThat(event.state()).as("the fixture's event").isEqualTo(state);

        if (state.mayGoTo(command.target)) {
            EventTransition moved = command.apply.apply(event, LATER);
            assertThat(moved.event().state()).isEqualTo(command.target);
            assertThat(moved.event().version()).as("one version on").isEqualTo(event.version() + 1);
            assertThat(moved.change().stateBefore()).contains(state);
            assertThat(moved.change().stateAfter()).isEqualTo(command.target);
        } else {
            assertThatThrownBy(() -> command.apply.apply(event, LATER))
                    .as(command + " on a " + state + " event")
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("event is " + state + "; from " + state + " it may go to: " + EventState.describe(state.next()));
        }
    }

    @Test
    void aClosedEventCannotBeReopenedByTheHotline() {
        GridEvent closed = SampleEvents.inState(EventState.CLOSED, SampleEvents.ZONGFU_1, FRIDAY);

        assertThatThrownBy(() -> closed.judge(SampleEvents.HOTLINE, LATER, 1, "还是没解决", Deadline.after(SampleEvents.calendar(), LATER, 5)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("cannot go to REOPENED: event is CLOSED; from CLOSED it may go to: (none)");
    }

    @Test
    void theCommunityCannotResolveAnEventGradedForTheStreet() {
        GridEvent accepted = SampleEvents.reported(SampleEvents.ZONGFU_1, "燃气管道隐患", SampleEvents.MEDIUM, FRIDAY).event()
                .accept(STAFF, LATER, "").event();

        assertThatThrownBy(() -> accepted.resolve(WORKER, LATER, "已处理"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("must be handled at STREET level (grade MEDIUM)")
                .hasMessageContaining("call it to the street")
                .hasMessageEndingWith("Event is ACCEPTED; from ACCEPTED it may go to: CALLED, REJECTED");
        assertThat(accepted.next()).as("what a reader is offered").containsExactly(EventState.CALLED, EventState.REJECTED);
        assertThat(accepted.call(STAFF, LATER, "").event().resolve(OFFICER, LATER, "街道已协调处理").event().state())
                .as("the street may resolve it once called").isEqualTo(EventState.RESOLVED);
    }

    @Test
    void aGraderThatGivesManyReasonsCannotBreakIntakeTheNoteIsCut() {
        EventGrade verbose = new EventGrade("KEY", "重点哨", 2, AdminLevel.STREET,
                java.util.Collections.nCopies(400, "mentions 燃气泄漏隐患"));

        EventTransition reported = SampleEvents.reported(SampleEvents.ZONGFU_1, "燃气泄漏隐患", verbose, FRIDAY);

        assertThat(reported.change().timelineEntry().note()).hasSize(TimelineEntry.MAX_NOTE_LENGTH).endsWith("…");
    }

    @Test
    void theStreetCannotResolveADistrictLevelEventWithoutDepartments() {
        GridEvent called = SampleEvents.reported(SampleEvents.ZONGFU_1, "煤气罐爆炸", SampleEvents.HIGH, FRIDAY).event()
                .accept(STAFF, LATER, "").event().call(OFFICER, LATER, "").event();

        assertThatThrownBy(() -> called.resolve(OFFICER, LATER, "已处理"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("must be handled at DISTRICT level: the street cannot resolve it alone; dispatch it to departments");
    }

    @Test
    void onlyADepartmentTheEventWasDispatchedToTakesItInHand() {
        GridEvent dispatched = SampleEvents.inState(EventState.DISPATCHED, SampleEvents.ZONGFU_1, FRIDAY);

        assertThatThrownBy(() -> dispatched.startHandling(HOUSING, LATER, SampleEvents.POLICE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("was dispatched to [jinjiang-housing], not to chunxi-police");
    }

    @Test
    void aVerdictOfThreeClosesAndOfTwoReopensWithANewDeadline() {
        GridEvent resolved = SampleEvents.inState(EventState.RESOLVED, SampleEvents.ZONGFU_1, FRIDAY);
        Deadline again = Deadline.after(SampleEvents.calendar(), LATER, 5);

        EventTransition closed = resolved.judge(WORKER, LATER, 3, "", null);
        EventTransition reopened = resolved.judge(WORKER, LATER, 2, "楼道又堆满了", again);

        assertThat(closed.event().state()).isEqualTo(EventState.CLOSED);
        assertThat(closed.event().closedAt()).contains(LATER);
        assertThat(closed.change()).isInstanceOf(GridEventChange.Closed.class);
        assertThat(reopened.event().state()).isEqualTo(EventState.REOPENED);
        assertThat(reopened.event().deadline()).isEqualTo(again);
        assertThat(reopened.change().note()).contains("楼道又堆满了").contains("due again " + again.dueOn());
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsIt() {
        GridEvent reported = SampleEvents.inState(EventState.REPORTED, SampleEvents.ZONGFU_1, FRIDAY);

        assertThatThrownBy(() -> reported.reject(STAFF, LATER, "  ")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("rejection reason must not be blank");
        assertThat(reported.reject(STAFF, LATER, "重复上报").event().rejectionReason()).contains("重复上报");
    }

    @Test
    void everyChangeIsATimelineEntryNamingWhoInWhichRoleWhenFromAndTo() {
        GridEvent accepted = SampleEvents.inState(EventState.ACCEPTED, SampleEvents.ZONGFU_1, FRIDAY);

        TimelineEntry entry = accepted.call(OFFICER, LATER, "社区无力解决").change().timelineEntry();

        assertThat(entry).isEqualTo(new TimelineEntry(accepted.id(), LATER, "zhang.wei", OFFICER.role(), ChangeKind.CALLED,
                java.util.Optional.of(EventState.ACCEPTED), EventState.CALLED, "社区无力解决"));
    }

    @Test
    void mergingClosesTheDuplicateWithTheOriginalsResolutionAndLinksIt() {
        GridEvent original = SampleEvents.inState(EventState.RESOLVED, SampleEvents.ZONGFU_1, FRIDAY);
        GridEvent duplicate = SampleEvents.inState(EventState.ACCEPTED, SampleEvents.ZONGFU_2, FRIDAY);

        EventTransition merged = duplicate.mergeInto(original, STAFF, LATER);

        assertThat(merged.event().state()).isEqualTo(EventState.CLOSED);
        assertThat(merged.event().mergedInto()).contains(original.id());
        assertThat(merged.event().resolution()).as("the original's outcome").isEqualTo(original.resolution());
        assertThat(merged.change()).isEqualTo(new GridEventChange.Merged(duplicate.id(), LATER, STAFF, EventState.ACCEPTED, original.id()));
        ClosedEventRecord record = ClosedEventRecord.of(merged.event());
        assertThat(record.mergedInto()).contains(original.id());
        assertThat(record.resolution()).contains("已清理楼道杂物");
        assertThat(record.satisfaction()).isEmpty();
    }

    @Test
    void mergingIsRefusedForAClosedDuplicateAndForAnOriginalThatWasRejectedMergedOrIsElsewhere() {
        GridEvent open = SampleEvents.inState(EventState.REPORTED, SampleEvents.ZONGFU_2, FRIDAY);
        GridEvent original = SampleEvents.inState(EventState.ACCEPTED, SampleEvents.ZONGFU_1, FRIDAY);
        GridEvent closed = SampleEvents.inState(EventState.CLOSED, SampleEvents.ZONGFU_2, FRIDAY);
        GridEvent rejected = SampleEvents.inState(EventState.REJECTED, SampleEvents.ZONGFU_1, FRIDAY);
        GridEvent alreadyMerged = SampleEvents.inState(EventState.REPORTED, SampleEvents.ZONGFU_1, FRIDAY)
                .mergeInto(original, STAFF, LATER).event();
        GridEvent neighbours = SampleEvents.inState(EventState.ACCEPTED, SampleEvents.HONGXING_1, FRIDAY);

        assertThatThrownBy(() -> closed.mergeInto(original, STAFF, LATER)).hasMessageContaining("only an open event can be merged");
        assertThatThrownBy(() -> open.mergeInto(open, STAFF, LATER)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> open.mergeInto(rejected, STAFF, LATER)).hasMessageContaining("was rejected");
        assertThatThrownBy(() -> open.mergeInto(alreadyMerged, STAFF, LATER))
                .hasMessageContaining("is itself a duplicate of " + original.id() + "; merge into that one");
        assertThatThrownBy(() -> open.mergeInto(neighbours, STAFF, LATER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("only events of one community are duplicates");
    }

    @Test
    void escalationRaisesTheHandlingLevelOneStepKeepsTheStateAndRecordsBothDeadlines() {
        GridEvent accepted = SampleEvents.reported(SampleEvents.ZONGFU_1, "楼道杂物", SampleEvents.LOW, FRIDAY).event()
                .accept(STAFF, FRIDAY, "").event();
        Instant overdue = accepted.deadline().passesAt();
        Deadline next = Deadline.after(SampleEvents.calendar(), overdue, 5);

        EventTransition escalated = accepted.escalate(SampleEvents.SYSTEM, overdue, next);

        assertThat(escalated.event().handlingLevel()).isEqualTo(AdminLevel.STREET);
        assertThat(escalated.event().state()).isEqualTo(EventState.ACCEPTED);
        assertThat(escalated.event().escalations()).isEqualTo(1);
        assertThat(escalated.change()).isEqualTo(new GridEventChange.Escalated(accepted.id(), overdue, SampleEvents.SYSTEM,
                EventState.ACCEPTED, AdminLevel.COMMUNITY, AdminLevel.STREET, accepted.deadline(), next));
        assertThatThrownBy(() -> accepted.escalate(SampleEvents.SYSTEM, overdue.minusSeconds(1), next))
                .as("one second before the deadline passes").hasMessageContaining("is not overdue");
        assertThatThrownBy(() -> escalated.event().resolve(WORKER, overdue, "社区处理"))
                .as("escalated to the street, the community can no longer resolve it")
                .hasMessageContaining("must be handled at STREET level (grade LOW, escalated 1×)");
    }

    @Test
    void anEventHandledAtCityLevelIsNotEscalatedFurther() {
        GridEvent critical = SampleEvents.reported(SampleEvents.ZONGFU_1, "伤亡", SampleEvents.CRITICAL, FRIDAY).event();
        Instant overdue = critical.deadline().passesAt();

        assertThatThrownBy(() -> critical.escalate(SampleEvents.SYSTEM, overdue, Deadline.after(SampleEvents.calendar(), overdue, 1)))
                .hasMessageContaining("already handled at CITY level");
    }

    @Test
    void aStreetSummonsDepartmentsOnlyForAnEventCalledToIt() {
        GridEvent accepted = SampleEvents.inState(EventState.ACCEPTED, SampleEvents.ZONGFU_1, FRIDAY);

        assertThatThrownBy(() -> accepted.summon(OFFICER, LATER, SummonsId.random(), List.of(HOUSING_BUREAU),
                ReportWithin.workingHours(2), LATER.plus(Duration.ofHours(2))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("event " + accepted.id() + " is ACCEPTED; a street summons departments to an event called to it");
    }

    @Test
    void eachSummonedDepartmentReportsOnceAndItsLatenessIsRecorded() {
        GridEvent called = SampleEvents.inState(EventState.CALLED, SampleEvents.ZONGFU_1, FRIDAY);
        SummonsId id = SummonsId.random();
        Instant due = LATER.plus(Duration.ofHours(2));
        GridEvent summoned = called.summon(OFFICER, LATER, id, List.of(HOUSING_BUREAU, SampleEvents.FIRE_BRIGADE),
                ReportWithin.workingHours(2), due).event();

        EventTransition onTime = summoned.answerSummons(HOUSING, due, id, HOUSING_BUREAU, AnswerKind.ARRIVED, "");
        EventTransition late = onTime.event().answerSummons(SampleEvents.HOUSING, due.plus(Duration.ofMinutes(90)), id,
                SampleEvents.FIRE_BRIGADE, AnswerKind.RESPONDED, "电话回应");

        Summons summons = late.event().summonses().getFirst();
        assertThat(summons.answerOf(HOUSING_BUREAU).orElseThrow().late()).as("reporting at the deadline is on time").isFalse();
        assertThat(summons.answerOf(SampleEvents.FIRE_BRIGADE).orElseThrow().lateBy()).isEqualTo(Duration.ofMinutes(90));
        assertThat(summons.outstanding()).isEmpty();
        assertThat(late.change().note()).contains("jinjiang-fire RESPONDED").contains("late by PT1H30M");
        assertThat(late.event().state()).as("a report to a summons changes no state").isEqualTo(EventState.CALLED);
        assertThatThrownBy(() -> late.event().answerSummons(HOUSING, due, id, HOUSING_BUREAU, AnswerKind.ARRIVED, ""))
                .hasMessageContaining("already reported to summons " + id);
        assertThatThrownBy(() -> summoned.answerSummons(HOUSING, due, id, SampleEvents.POLICE, AnswerKind.ARRIVED, ""))
                .hasMessageContaining("chunxi-police was not summoned");
        assertThatThrownBy(() -> summoned.answerSummons(HOUSING, due, SummonsId.random(), HOUSING_BUREAU, AnswerKind.ARRIVED, ""))
                .hasMessageContaining("summons").hasMessageContaining("was not found");
    }
}
