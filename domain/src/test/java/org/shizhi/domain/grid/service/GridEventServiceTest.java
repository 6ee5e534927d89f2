package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.model.SampleEvents.FIRE_BRIGADE;
import static org.shizhi.domain.grid.model.SampleEvents.HOUSING_BUREAU;
import static org.shizhi.domain.grid.model.SampleEvents.china;
import static org.shizhi.domain.grid.service.GridWorld.AUDITOR;
import static org.shizhi.domain.grid.service.GridWorld.DEPARTMENT;
import static org.shizhi.domain.grid.service.GridWorld.FRIDAY;
import static org.shizhi.domain.grid.service.GridWorld.HOTLINE;
import static org.shizhi.domain.grid.service.GridWorld.NEIGHBOUR_STAFF;
import static org.shizhi.domain.grid.service.GridWorld.OFFICER;
import static org.shizhi.domain.grid.service.GridWorld.OTHER_STREET_OFFICER;
import static org.shizhi.domain.grid.service.GridWorld.STAFF;
import static org.shizhi.domain.grid.service.GridWorld.WORKER;
import static org.shizhi.domain.grid.service.GridWorld.WORKER_WITH_PERSONAL_DATA;
import static org.shizhi.domain.grid.service.GridWorld.ZHANJIANG_ADMIN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.AnswerKind;
import org.shizhi.domain.grid.model.ChangeKind;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEventChange;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.model.Summons;
import org.shizhi.domain.grid.model.SummonsId;
import org.shizhi.domain.grid.model.TextSimilarity;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.port.in.EventChanged;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.AcceptEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.CallEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.DispatchEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.RecordVerdictCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.RejectEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.ResolveEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.StartHandlingCommand;
import org.shizhi.domain.grid.port.in.MergeEventsUseCase.MergeEventsCommand;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.EventReported;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.ReportEventCommand;
import org.shizhi.domain.grid.port.in.SummonsUseCase.ReportToSummonsCommand;
import org.shizhi.domain.grid.port.in.SummonsUseCase.SummonDepartmentsCommand;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import java.util.Set;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.MissingReferenceDataException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Role;

class GridEventServiceTest {

    private static final String HAZARD = "锦华小区3栋楼道堆放大量杂物，存在消防隐患。";

    private final GridWorld world = new GridWorld();
    private final GridEventService service = world.eventService;

    private GridEventView reportHazard() {
        return world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.DISPUTE, HAZARD).event();
    }

    private EventChanged accept(GridEventView event) {
        return service.accept(STAFF, new AcceptEventCommand(event.id(), event.version(), ""));
    }

    private List<TimelineEntry> timeline(GridEventId id) {
        return world.events.timeline(id);
    }

    @Test
    void aReportedEventsIdIsOrderedByTheServicesClockNotTheMachines() {
        EventReported reported = service.report(WORKER, new ReportEventCommand(new EventIntake(SampleEvents.ZONGFU_1,
                EventCategory.SERVICE_REQUEST, "楼道路灯坏了", EventChannel.RESIDENT, new Reporter("李大爷", Optional.empty()),
                Optional.empty(), List.of())));

        java.util.UUID id = reported.event().id().value();
        assertThat(id.version()).as("a time-ordered (version 7) id").isEqualTo(7);
        assertThat(id.getMostSignificantBits() >>> 16).as("its millisecond is the service clock's, %s", FRIDAY)
                .isEqualTo(world.clock.instant().toEpochMilli());
    }

    @Test
    void aReportRepeatedUnderItsReferenceAnswersTheEventReportedFirstAndWritesNothing() {
        EventIntake intake = new EventIntake(SampleEvents.ZONGFU_1, EventCategory.SERVICE_REQUEST, "楼道路灯坏了两周",
                EventChannel.RESIDENT, new Reporter("李大爷", Optional.empty()), Optional.empty(), List.of());
        GridEventId id = GridEventId.ofReference("visit-finding:t-1:k-1");
        EventReported first = service.report(WORKER, new ReportEventCommand(intake, Optional.of(id)));
        world.clock.advance(Duration.ofMinutes(5));

        EventReported again = service.report(WORKER, new ReportEventCommand(intake, Optional.of(id)));

        assertThat(first.event().id()).as("the reference's id").isEqualTo(id);
        assertThat(again.event()).isEqualTo(first.event());
        assertThat(again.change()).as("the first report, as the timeline tells it").isEqualTo(first.change());
        assertThat(timeline(id)).as("one report in the timeline").hasSize(1);
        assertThat(GridEventId.ofReference("visit-finding:t-1:k-2")).as("another reference, another id").isNotEqualTo(id);
    }

    @Test
    void aReportUnderAReferenceAlreadyUsedForOtherContentIsAConflictAndWritesNothing() {
        GridEventId id = GridEventId.ofReference("visit-finding:t-1:k-1");
        service.report(WORKER, new ReportEventCommand(new EventIntake(SampleEvents.ZONGFU_1, EventCategory.SERVICE_REQUEST,
                "楼道路灯坏了两周", EventChannel.RESIDENT, new Reporter("李大爷", Optional.empty()), Optional.empty(), List.of()),
                Optional.of(id)));
        EventIntake other = new EventIntake(SampleEvents.ZONGFU_1, EventCategory.ENVIRONMENT, "垃圾桶满了没人清",
                EventChannel.RESIDENT, new Reporter("李大爷", Optional.empty()), Optional.empty(), List.of());

        assertThatThrownBy(() -> service.report(WORKER, new ReportEventCommand(other, Optional.of(id))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("other content"));
        assertThat(world.events.find(id).orElseThrow().text()).isEqualTo("楼道路灯坏了两周");
        assertThat(timeline(id)).hasSize(1);
    }

    @Test
    void aGridWorkersReportIsGradedGivenItsLevelAndDeadlineAndOpensTheTimeline() {
        EventReported reported = world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.DISPUTE, HAZARD);

        GridEventView event = reported.event();
        assertThat(event.state()).isEqualTo(EventState.REPORTED);
        assertThat(event.grade().code()).as("隐患 makes it MEDIUM").isEqualTo("MEDIUM");
        assertThat(event.handlingLevel()).isEqualTo(AdminLevel.STREET);
        assertThat(event.deadline().dueOn()).as("3 working days: make-up Sunday 09-28, 09-29, 09-30")
                .isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(event.next()).containsExactly(EventState.ACCEPTED, EventState.REJECTED);
        assertThat(event.version()).isEqualTo(1);
        assertThat(timeline(event.id())).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("wang.fang");
            assertThat(entry.role()).isEqualTo(Role.GRID_WORKER);
            assertThat(entry.kind()).isEqualTo(ChangeKind.REPORTED);
            assertThat(entry.from()).isEmpty();
            assertThat(entry.note()).contains("graded MEDIUM (较大): mentions 隐患").contains("due 2025-09-30");
        });
    }

    @Test
    void anEventGoesFromDiscoveryThroughStreetAndDepartmentsToTheReportersVerdictAndLeavesAnArchiveRecord() {
        GridEventView event = reportHazard();
        event = accept(event).event();
        event = service.call(OFFICER, new CallEventCommand(event.id(), event.version(), "社区无法协调")).event();
        event = service.dispatch(OFFICER, new DispatchEventCommand(event.id(), event.version(), List.of(HOUSING_BUREAU, FIRE_BRIGADE), "")).event();
        event = service.startHandling(GridWorld.FIRE_DEPARTMENT, new StartHandlingCommand(event.id(), event.version(), FIRE_BRIGADE)).event();
        event = service.resolve(GridWorld.FIRE_DEPARTMENT, new ResolveEventCommand(event.id(), event.version(), "已清理楼道杂物，张贴消防提示")).event();
        EventChanged closed = service.recordVerdict(WORKER, new RecordVerdictCommand(event.id(), event.version(), 5, "很满意"));

        assertThat(closed.event().state()).isEqualTo(EventState.CLOSED);
        assertThat(closed.event().version()).isEqualTo(7);
        assertThat(closed.change()).isInstanceOf(GridEventChange.Closed.class);
        assertThat(timeline(event.id())).extracting(TimelineEntry::kind, TimelineEntry::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REPORTED, Role.GRID_WORKER),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ACCEPTED, Role.COMMUNITY_STAFF),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.CALLED, Role.STREET_OFFICER),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.DISPATCHED, Role.STREET_OFFICER),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.HANDLING_STARTED, Role.DEPARTMENT),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.RESOLVED, Role.DEPARTMENT),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.CLOSED, Role.GRID_WORKER));
        ClosedEventRecord record = world.events.pending(10).getFirst();
        assertThat(record.eventId()).isEqualTo(event.id());
        assertThat(record.resolution()).contains("已清理楼道杂物，张贴消防提示");
        assertThat(record.satisfaction()).hasValue(5);
        assertThat(record.text()).isEqualTo(HAZARD);
    }

    @Test
    void aDissatisfiedVerdictFromTheHotlineReopensTheEventWithANewDeadline() {
        GridEventView event = world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.SERVICE_REQUEST, "小区门口路灯坏了").event();
        event = accept(event).event();
        event = service.resolve(WORKER, new ResolveEventCommand(event.id(), event.version(), "已报修")).event();
        world.clock.set(china("2025-09-29T10:00"));

        EventChanged reopened = service.recordVerdict(HOTLINE, new RecordVerdictCommand(event.id(), event.version(), 2, "灯还是不亮"));

        assertThat(reopened.event().state()).isEqualTo(EventState.REOPENED);
        assertThat(reopened.event().deadline().dueOn()).as("5 working days from 09-29: 09-30, 10-09, 10-10, make-up Saturday 10-11, 10-13")
                .isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(world.events.pending(10)).as("not closed, nothing for the archive").isEmpty();
    }

    @Test
    void anIllegalTransitionIsRefusedNamingTheCurrentAndAllowedStatesAndWritesNothing() {
        GridEventView event = reportHazard();

        assertThatThrownBy(() -> service.dispatch(OFFICER, new DispatchEventCommand(event.id(), 1, List.of(HOUSING_BUREAU), "")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("cannot go to DISPATCHED: event is REPORTED; from REPORTED it may go to: ACCEPTED, REJECTED");
        assertThat(world.events.find(event.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(timeline(event.id())).hasSize(1);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndWritesNothing() {
        GridEventView event = reportHazard();
        accept(event);

        assertThatThrownBy(() -> service.reject(STAFF, new RejectEventCommand(event.id(), 1, "重复")))
                .hasMessage("grid event " + event.id() + " is at version 2; the change was based on version 1: reload it and try again")
                .isInstanceOf(StaleVersionException.class);
        assertThat(timeline(event.id())).hasSize(2);
    }

    @Test
    void eachStepNeedsItsRoleAndTheRefusalNamesThem() {
        GridEventView event = reportHazard();

        assertThatThrownBy(() -> service.accept(AUDITOR, new AcceptEventCommand(event.id(), 1, "")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("this needs one of the roles COMMUNITY_STAFF, STREET_OFFICER; the caller has AUDITOR");
        assertThatThrownBy(() -> service.dispatch(WORKER, new DispatchEventCommand(event.id(), 1, List.of(HOUSING_BUREAU), "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.report(AUDITOR, SampleEvents.ZONGFU_1, EventCategory.OTHER, "杂物"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(world.events.size()).isEqualTo(1);
    }

    @Test
    void anEventOutsideTheCallersJurisdictionOrCityIsNotFoundRatherThanForbidden() {
        GridEventView event = reportHazard();

        assertThatThrownBy(() -> service.accept(NEIGHBOUR_STAFF, new AcceptEventCommand(event.id(), 1, "")))
                .as("the neighbouring community's staff").isInstanceOf(NotFoundException.class)
                .hasMessage("grid event " + event.id() + " was not found");
        assertThatThrownBy(() -> service.event(ZHANJIANG_ADMIN, event.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.timeline(OTHER_STREET_OFFICER, event.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.event(OFFICER, event.id()).id()).as("the street's own officer").isEqualTo(event.id());
    }

    @Test
    void aReportOnAnUnknownGridOrAGridOfAnotherCommunityIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> world.report(WORKER, GridCode.of(SampleEvents.ZONGFU, 9), EventCategory.OTHER, "杂物"))
                .isInstanceOf(NotFoundException.class).hasMessage("grid 510104022001009 was not found");
        assertThatThrownBy(() -> world.report(WORKER, SampleEvents.HONGXING_1, EventCategory.OTHER, "杂物"))
                .as("a grid that exists, in the next community").isInstanceOf(NotFoundException.class);
        assertThat(world.events.size()).isZero();
    }

    @Test
    void aTwoMegabyteTextIsRefusedBeforeTheServiceAndStoresNothing() {
        String twoMegabytes = "杂".repeat(2 * 1024 * 1024);

        assertThatThrownBy(() -> world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.OTHER, twoMegabytes))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("text"));
        assertThat(world.events.size()).isZero();
    }

    @Test
    void aReportInAYearTheCalendarDoesNotCoverIsRefusedRatherThanGivenAGuessedDeadline() {
        world.clock.set(china("2027-03-01T10:00"));

        assertThatThrownBy(() -> reportHazard()).isInstanceOf(MissingReferenceDataException.class).hasMessageContaining("2027");
        assertThat(world.events.size()).isZero();
    }

    @Test
    void theReportersNameAndMobileAreMaskedUnlessTheReaderMayReadPersonalData() {
        GridEventView reported = service.report(HOTLINE, new ReportEventCommand(new EventIntake(SampleEvents.ZONGFU_1,
                EventCategory.ENVIRONMENT, "餐馆油烟直排", EventChannel.HOTLINE_12345,
                new Reporter("欧阳娜娜", Optional.of(new PhoneNumber("13812345678"))), Optional.empty(), List.of()))).event();

        GridEventView.ReporterView masked = service.event(AUDITOR, reported.id()).reporter();
        GridEventView.ReporterView clear = service.event(WORKER_WITH_PERSONAL_DATA, reported.id()).reporter();

        assertThat(masked).isEqualTo(new GridEventView.ReporterView("欧***", Optional.of("138****5678"), true));
        assertThat(clear).isEqualTo(new GridEventView.ReporterView("欧阳娜娜", Optional.of("13812345678"), false));
        assertThat(reported.reporter().masked()).as("the hotline system itself has no privilege").isTrue();
        assertThat(service.events(AUDITOR, EventFilter.within(SampleEvents.CHENGDU), PageRequest.first(10)).items())
                .extracting(v -> v.reporter().name()).containsExactly("欧***");
    }

    @Test
    void theSameHazardReportedOnTheNextGridOfTheCommunityComesBackAsAPossibleDuplicate() {
        GridEventView first = reportHazard();
        world.clock.advance(Duration.ofHours(3));

        EventReported again = service.report(HOTLINE, new ReportEventCommand(new EventIntake(SampleEvents.ZONGFU_2,
                EventCategory.SAFETY_HAZARD, "锦华小区3栋楼道堆满杂物，有消防隐患！", EventChannel.HOTLINE_12345,
                new Reporter("张伟", Optional.empty()), Optional.empty(), List.of())));

        assertThat(again.possibleDuplicates()).singleElement().satisfies(s -> {
            assertThat(s.eventId()).isEqualTo(first.id());
            assertThat(s.grid()).as("an adjacent grid: same community").isEqualTo(SampleEvents.ZONGFU_1);
            assertThat(s.similarity()).isGreaterThan(0.5);
        });
        assertThat(world.events.find(again.event().id())).as("suggested, not merged").get()
                .extracting(e -> e.state()).isEqualTo(EventState.REPORTED);
    }

    @Test
    void theFiveMostSimilarAreSuggestedMostSimilarFirstAndAmongEquallySimilarTheNewestFirst() {
        List<String> texts = List.of(HAZARD, "锦华小区3栋楼道堆放大量杂物，存在安全隐患。", HAZARD, "锦华小区3栋楼道堆满杂物，有消防隐患！",
                "锦华小区3栋楼道堆放大量杂物。", HAZARD, "锦华小区3栋楼道堆放杂物，存在消防隐患", "锦华小区5栋楼下夜间烧烤噪音扰民");
        List<GridEventView> reported = new java.util.ArrayList<>();
        for (String text : texts) {
            reported.add(world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.SAFETY_HAZARD, text).event());
            world.clock.advance(Duration.ofMinutes(10));
        }
        // What a plain sort of every candidate gives: similarity, then the newest first; at most five above the threshold.
        List<GridEventId> expected = java.util.stream.IntStream.range(0, texts.size()).boxed()
                .filter(i -> TextSimilarity.jaccard(HAZARD, texts.get(i)) >= TextSimilarity.DUPLICATE_THRESHOLD)
                .sorted(java.util.Comparator.comparingDouble((Integer i) -> TextSimilarity.jaccard(HAZARD, texts.get(i))).reversed()
                        .thenComparing(java.util.Comparator.<Integer>reverseOrder()))
                .limit(GridEventService.MAX_SUGGESTIONS).map(i -> reported.get(i).id()).toList();

        EventReported again = world.report(WORKER, SampleEvents.ZONGFU_2, EventCategory.SAFETY_HAZARD, HAZARD);

        assertThat(expected).as("the case needs more similar events than are suggested").hasSize(GridEventService.MAX_SUGGESTIONS);
        assertThat(again.possibleDuplicates()).extracting(s -> s.eventId()).containsExactlyElementsOf(expected);
        assertThat(again.possibleDuplicates().subList(0, 3)).extracting(s -> s.eventId())
                .as("the three identical texts, newest first").containsExactly(reported.get(5).id(), reported.get(2).id(), reported.get(0).id());
    }

    @Test
    void noDuplicateIsSuggestedFromAnotherCommunityAnOlderWeekAClosedEventOrADifferentMatter() {
        world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.DISPUTE, "锦华小区5栋楼下夜间烧烤噪音扰民");
        service.report(HOTLINE, new ReportEventCommand(SampleEvents.intake(SampleEvents.HONGXING_1, EventCategory.DISPUTE, HAZARD)));
        GridEventView closed = reportHazard();
        closed = accept(closed).event();
        closed = service.call(OFFICER, new CallEventCommand(closed.id(), closed.version(), "")).event();
        closed = service.resolve(OFFICER, new ResolveEventCommand(closed.id(), closed.version(), "已清理")).event();
        service.recordVerdict(WORKER, new RecordVerdictCommand(closed.id(), closed.version(), 5, ""));
        world.clock.set(FRIDAY.minus(Duration.ofDays(8)));
        reportHazard();
        world.clock.set(FRIDAY.plus(Duration.ofHours(1)));

        EventReported again = world.report(WORKER, SampleEvents.ZONGFU_2, EventCategory.DISPUTE, HAZARD);

        assertThat(again.possibleDuplicates()).as("the neighbouring community's, the 8-day-old, the closed one and the barbecue")
                .isEmpty();
    }

    @Test
    void mergingADuplicateClosesItWithTheOriginalsOutcomeAndLeavesItsArchiveRecord() {
        GridEventView original = reportHazard();
        original = accept(original).event();
        original = service.call(OFFICER, new CallEventCommand(original.id(), original.version(), "")).event();
        original = service.resolve(OFFICER, new ResolveEventCommand(original.id(), original.version(), "街道组织清理")).event();
        GridEventView duplicate = world.report(WORKER, SampleEvents.ZONGFU_2, EventCategory.DISPUTE, HAZARD).event();

        EventChanged merged = service.merge(STAFF, new MergeEventsCommand(duplicate.id(), duplicate.version(), original.id()));

        assertThat(merged.event().state()).isEqualTo(EventState.CLOSED);
        assertThat(merged.event().mergedInto()).contains(original.id());
        assertThat(merged.event().resolution().orElseThrow().text()).isEqualTo("街道组织清理");
        assertThat(timeline(duplicate.id()).getLast().kind()).isEqualTo(ChangeKind.MERGED);
        GridEventId originalId = original.id();
        assertThat(world.events.pending(10)).singleElement().satisfies(r -> assertThat(r.mergedInto()).contains(originalId));
        assertThat(world.events.find(original.id()).orElseThrow().state()).as("the original is untouched").isEqualTo(EventState.RESOLVED);
    }

    @Test
    void anOriginalOutsideTheCallersJurisdictionCannotBeMergedInto() {
        GridEventView neighbours = service.report(HOTLINE,
                new ReportEventCommand(SampleEvents.intake(SampleEvents.HONGXING_1, EventCategory.DISPUTE, HAZARD))).event();
        GridEventView mine = reportHazard();

        assertThatThrownBy(() -> service.merge(STAFF, new MergeEventsCommand(mine.id(), 1, neighbours.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.events.find(mine.id()).orElseThrow().state()).isEqualTo(EventState.REPORTED);
    }

    @Test
    void aTwoWorkingHourSummonsOnTheEveOfNationalDayIsDueAfterTheHolidayAndTheLateDepartmentIsRecordedLate() {
        GridEventView event = accept(reportHazard()).event();
        event = service.call(OFFICER, new CallEventCommand(event.id(), event.version(), "")).event();
        world.clock.set(china("2025-09-30T16:30"));

        EventChanged summoned = service.summon(OFFICER, new SummonDepartmentsCommand(event.id(), event.version(),
                List.of(HOUSING_BUREAU, FIRE_BRIGADE), ReportWithin.workingHours(2)));
        Summons summons = summoned.event().summonses().getFirst();
        SummonsId id = summons.id();
        assertThat(summons.dueAt()).as("16:30–17:30 on the eve, 08:30–09:30 on 10-09").isEqualTo(china("2025-10-09T09:30"));

        world.clock.set(china("2025-10-09T09:10"));
        EventChanged housing = service.report(DEPARTMENT, new ReportToSummonsCommand(event.id(), summoned.event().version(), id,
                HOUSING_BUREAU, AnswerKind.ARRIVED, "已到现场"));
        world.clock.set(china("2025-10-09T11:00"));
        EventChanged fire = service.report(GridWorld.FIRE_DEPARTMENT, new ReportToSummonsCommand(event.id(), housing.event().version(), id,
                FIRE_BRIGADE, AnswerKind.RESPONDED, "电话回应，明日检查"));

        Summons answered = fire.event().summonses().getFirst();
        assertThat(answered.answerOf(HOUSING_BUREAU).orElseThrow().late()).isFalse();
        assertThat(answered.answerOf(FIRE_BRIGADE).orElseThrow().lateBy()).isEqualTo(Duration.ofMinutes(90));
        assertThat(timeline(event.id())).extracting(TimelineEntry::kind)
                .endsWith(ChangeKind.SUMMONED, ChangeKind.SUMMONS_ANSWERED, ChangeKind.SUMMONS_ANSWERED);
        assertThat(timeline(event.id()).getLast().note()).contains("late by PT1H30M");
    }

    @Test
    void onlyAStreetOfficerSummonsAndOnlyADepartmentReports() {
        GridEventView event = accept(reportHazard()).event();
        GridEventView called = service.call(OFFICER, new CallEventCommand(event.id(), event.version(), "")).event();

        assertThatThrownBy(() -> service.summon(DEPARTMENT, new SummonDepartmentsCommand(called.id(), called.version(),
                List.of(HOUSING_BUREAU), ReportWithin.workingDays(1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.report(OFFICER, new ReportToSummonsCommand(called.id(), called.version(), SummonsId.random(),
                HOUSING_BUREAU, AnswerKind.ARRIVED, ""))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void listsAreFilteredByTheCallersJurisdictionInTheQuery() {
        GridEventView zongfu = reportHazard();
        world.clock.advance(Duration.ofMinutes(1));
        GridEventView hongxing = service.report(HOTLINE,
                new ReportEventCommand(SampleEvents.intake(SampleEvents.HONGXING_1, EventCategory.OTHER, "井盖缺失"))).event();
        service.report(HOTLINE, new ReportEventCommand(SampleEvents.intake(SampleEvents.JINHUA_1, EventCategory.OTHER, "井盖缺失")));

        assertThat(service.events(OFFICER, EventFilter.within(SampleEvents.CHUNXI_ROAD), PageRequest.first(10)).items())
                .extracting(GridEventView::id).containsExactly(hongxing.id(), zongfu.id());
        assertThat(service.events(STAFF, EventFilter.within(SampleEvents.ZONGFU).inState(EventState.REPORTED), PageRequest.first(10)).items())
                .extracting(GridEventView::id).containsExactly(zongfu.id());
        assertThatThrownBy(() -> service.events(OFFICER, EventFilter.within(SampleEvents.JINJIANG), PageRequest.first(10)).items())
                .as("the district above the officer's street").isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOverdueListShowsEventsPastTheirDeadline() {
        GridEventView hazard = reportHazard();
        world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.SERVICE_REQUEST, "小区门口路灯坏了");
        world.clock.set(china("2025-10-01T09:00"));

        assertThat(service.overdue(STAFF, SampleEvents.ZONGFU, PageRequest.first(10)).items())
                .as("the hazard (due 09-30), not the lamp (due 10-10)")
                .singleElement().satisfies(v -> {
                    assertThat(v.id()).isEqualTo(hazard.id());
                    assertThat(v.overdue()).isTrue();
                });
    }

    @Test
    void aDepartmentTakesInHandOnlyAnEventDispatchedToIt() {
        GridEventView event = accept(reportHazard()).event();
        event = service.call(OFFICER, new CallEventCommand(event.id(), event.version(), "")).event();
        GridEventView dispatched = service.dispatch(OFFICER, new DispatchEventCommand(event.id(), event.version(), List.of(HOUSING_BUREAU), ""))
                .event();

        Actor police = new Actor("police.duty", AreaCode.of("510100"), AreaCode.of("510104"), Set.of(Role.DEPARTMENT), Set.of(),
                java.util.Optional.of(SampleEvents.POLICE.value()));
        assertThatThrownBy(() -> service.startHandling(police, new StartHandlingCommand(dispatched.id(), dispatched.version(),
                SampleEvents.POLICE))).isInstanceOf(ConflictException.class).hasMessageContaining("not to chunxi-police");
    }

    @Test
    void aDepartmentsStaffActOnlyForTheirOwnDepartment() {
        GridEventView event = accept(reportHazard()).event();
        event = service.call(OFFICER, new CallEventCommand(event.id(), event.version(), "")).event();
        GridEventView dispatched = service.dispatch(OFFICER, new DispatchEventCommand(event.id(), event.version(), List.of(HOUSING_BUREAU), ""))
                .event();
        Actor withoutDepartment = new Actor("someone", AreaCode.of("510100"), AreaCode.of("510104"), Set.of(Role.DEPARTMENT), Set.of());

        assertThatThrownBy(() -> service.startHandling(GridWorld.FIRE_DEPARTMENT, new StartHandlingCommand(dispatched.id(), dispatched.version(),
                HOUSING_BUREAU))).isInstanceOf(AccessDeniedException.class).hasMessage("the caller acts for department jinjiang-fire, not for jinjiang-housing");
        assertThatThrownBy(() -> service.startHandling(withoutDepartment, new StartHandlingCommand(dispatched.id(), dispatched.version(),
                HOUSING_BUREAU))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("names the caller's department");
    }
}
