package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.model.SampleEvents.china;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.AnswerKind;
import org.shizhi.domain.grid.model.Attachment;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.DigestTallies;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.model.SummonsId;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * What every {@link GridEventRepository} adapter, with the {@link CaseArchiveOutbox} over the same storage, must do;
 * each adapter subclasses this. The instants here are whole seconds; an adapter keeps at least microseconds.
 */
public abstract class GridEventRepositoryContract {

    /** Friday before the 2025 National Day holiday. */
    protected static final Instant FRIDAY = china("2025-09-26T10:00");
    /** The first morning of the holiday: a MEDIUM event of FRIDAY (3 working days, due 09-30) is overdue, a LOW one (5) is not. */
    protected static final Instant HOLIDAY_MORNING = china("2025-10-01T09:00");

    private GridEventRepository repository;
    private CaseArchiveOutbox outbox;

    /** A repository over empty storage. */
    protected abstract GridEventRepository emptyRepository();

    /** The outbox over the storage of the repository {@link #emptyRepository()} returned last. */
    protected abstract CaseArchiveOutbox outboxOfTheSameStorage();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
        outbox = outboxOfTheSameStorage();
    }

    /** Saves every step and returns the event after the last. */
    private GridEvent store(List<EventTransition> path) {
        path.forEach(t -> repository.save(EventWrite.of(t)));
        return path.getLast().event();
    }

    private GridEvent store(EventState state, GridCode grid, EventGrade grade, Instant at) {
        return store(SampleEvents.pathTo(state, grid, SampleEvents.HAZARD_TEXT, grade, at));
    }

    @Test
    void aNewEventIsStoredWholeWithItsFirstTimelineEntry() {
        EventIntake intake = new EventIntake(SampleEvents.ZONGFU_2, EventCategory.SAFETY_HAZARD,
                "总府路12号3栋楼道堆满纸箱😟，\n燃气表旁有\"违规\"电动车充电。", EventChannel.HOTLINE_12345,
                new Reporter("欧阳娜娜", Optional.of(new PhoneNumber("13912345678"))), Optional.of(new Position(104.0812, 30.6571)),
                List.of(new Attachment("楼道.jpg", "image/jpeg", 482_113, "a".repeat(64))));
        EventTransition reported = GridEvent.report(GridEventId.random(), intake, SampleEvents.MEDIUM,
                Deadline.after(SampleEvents.calendar(), FRIDAY, 2), FRIDAY, SampleEvents.HOTLINE);

        repository.save(EventWrite.of(reported));

        assertThat(repository.find(reported.event().id())).as("every field back as saved, Chinese and emoji included")
                .contains(reported.event());
        assertThat(repository.timeline(reported.event().id())).containsExactly(reported.change().timelineEntry());
        assertThat(outbox.pending(10)).as("nothing is closed").isEmpty();
    }

    @Test
    void savingANewEventUnderAnIdThatExistsIsAConflictAndWritesNothing() {
        EventTransition first = SampleEvents.reported(SampleEvents.ZONGFU_1, "第一次", SampleEvents.LOW, FRIDAY);
        repository.save(EventWrite.of(first));
        GridEvent other = SampleEvents.reported(SampleEvents.ZONGFU_1, "第二次", SampleEvents.LOW, FRIDAY).event();
        GridEvent sameId = new GridEvent(first.event().id(), other.intake(), other.grade(), other.handlingLevel(), other.state(),
                other.deadline(), other.reportedAt(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 1);
        TimelineEntry entry = new TimelineEntry(sameId.id(), FRIDAY, "wang.fang", SampleEvents.WORKER.role(),
                first.change().kind(), Optional.empty(), EventState.REPORTED, "");

        assertThatThrownBy(() -> repository.save(new EventWrite(sameId, 0, entry, Optional.empty())))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.find(first.event().id()).orElseThrow().text()).isEqualTo("第一次");
        assertThat(repository.timeline(first.event().id())).hasSize(1);
    }

    @Test
    void eachChangeReplacesTheEventAndAppendsItsEntryInOrder() {
        List<EventTransition> path = SampleEvents.pathTo(EventState.CLOSED, SampleEvents.ZONGFU_1, SampleEvents.HAZARD_TEXT,
                SampleEvents.LOW, FRIDAY);
        GridEvent closed = store(path);

        assertThat(repository.find(closed.id())).contains(closed);
        assertThat(repository.timeline(closed.id())).extracting(TimelineEntry::to)
                .as("the timeline, oldest first")
                .containsExactly(EventState.REPORTED, EventState.ACCEPTED, EventState.CALLED, EventState.DISPATCHED,
                        EventState.IN_PROGRESS, EventState.RESOLVED, EventState.CLOSED);
        assertThat(repository.timeline(closed.id()))
                .containsExactlyElementsOf(path.stream().map(t -> t.change().timelineEntry()).toList());
    }

    @Test
    void summonsesAndLateAnswersSurviveTheRoundTrip() {
        GridEvent called = store(EventState.CALLED, SampleEvents.ZONGFU_1, SampleEvents.MEDIUM, FRIDAY);
        SummonsId summons = SummonsId.random();
        Instant at = FRIDAY.plus(Duration.ofHours(1));
        EventTransition summoned = called.summon(SampleEvents.OFFICER, at, summons, List.of(SampleEvents.HOUSING_BUREAU,
                SampleEvents.FIRE_BRIGADE), ReportWithin.workingHours(2), at.plus(Duration.ofHours(2)));
        repository.save(EventWrite.of(summoned));
        EventTransition answered = summoned.event().answerSummons(SampleEvents.HOUSING, at.plus(Duration.ofHours(3)), summons,
                SampleEvents.HOUSING_BUREAU, AnswerKind.ARRIVED, "已到场");
        repository.save(EventWrite.of(answered));

        GridEvent stored = repository.find(called.id()).orElseThrow();
        assertThat(stored).isEqualTo(answered.event());
        assertThat(stored.summonses().getFirst().answerOf(SampleEvents.HOUSING_BUREAU).orElseThrow().lateBy())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aChangeBasedOnAStaleVersionWritesNeitherTheEventNorTheTimelineNorTheOutbox() {
        GridEvent resolved = store(EventState.RESOLVED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        Instant later = FRIDAY.plus(Duration.ofDays(1));
        EventTransition reopened = resolved.judge(SampleEvents.WORKER, later, 1, "没解决",
                Deadline.after(SampleEvents.calendar(), later, 5));
        EventTransition closedFromTheSameCopy = resolved.judge(SampleEvents.STAFF, later, 5, "满意", null);
        repository.save(EventWrite.of(reopened));
        int entries = repository.timeline(resolved.id()).size();

        assertThatThrownBy(() -> repository.save(EventWrite.of(closedFromTheSameCopy)))
                .as("a second writer closing from the copy before the reopening")
                .isInstanceOf(StaleVersionException.class);
        assertThat(repository.find(resolved.id())).contains(reopened.event());
        assertThat(repository.timeline(resolved.id())).hasSize(entries);
        assertThat(outbox.pending(10)).as("the refused close left no archive record").isEmpty();
    }

    @Test
    void aCloseLeavesItsRecordInTheOutboxUntilItIsDelivered() {
        GridEvent first = store(EventState.CLOSED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        GridEvent second = store(EventState.CLOSED, SampleEvents.ZONGFU_2, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(1)));
        store(EventState.RESOLVED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);

        assertThat(outbox.pending(10)).as("one record per close, oldest close first")
                .containsExactly(ClosedEventRecord.of(first), ClosedEventRecord.of(second));
        assertThat(outbox.pending(1)).containsExactly(ClosedEventRecord.of(first));

        outbox.delivered(first.id());
        outbox.delivered(first.id());

        assertThat(outbox.pending(10)).as("delivered once or twice, gone once").containsExactly(ClosedEventRecord.of(second));
    }

    @Test
    void outboxClaimsAreDisjointUntilTheLeaseEndsAndDeliveredRecordsAreNotClaimedAgain() {
        GridEvent first = store(EventState.CLOSED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        GridEvent second = store(EventState.CLOSED, SampleEvents.ZONGFU_2, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(1)));
        Instant now = FRIDAY.plus(Duration.ofDays(1));

        assertThat(outbox.claim(now, Duration.ofMinutes(2), 1)).as("the oldest close").containsExactly(ClosedEventRecord.of(first));
        assertThat(outbox.claim(now, Duration.ofMinutes(2), 10)).as("a second instance gets the other one")
                .containsExactly(ClosedEventRecord.of(second));
        assertThat(outbox.claim(now.plusSeconds(60), Duration.ofMinutes(2), 10)).as("both held").isEmpty();
        outbox.delivered(first.id());
        assertThat(outbox.claim(now.plusSeconds(121), Duration.ofMinutes(2), 10))
                .as("after the lease the undelivered one is claimable again").containsExactly(ClosedEventRecord.of(second));
    }

    @Test
    void withinSelectsByAreaPrefixAndStateNewestFirst() {
        GridEvent older = store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        GridEvent newer = store(EventState.REPORTED, SampleEvents.HONGXING_1, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(1)));
        store(EventState.REPORTED, SampleEvents.JINHUA_1, SampleEvents.LOW, FRIDAY);

        assertThat(repository.within(EventFilter.within(SampleEvents.CHUNXI_ROAD), PageRequest.first(10)).items())
                .as("the street's events, not the neighbouring street's").containsExactly(newer, older);
        assertThat(repository.within(EventFilter.within(SampleEvents.CHUNXI_ROAD).inState(EventState.ACCEPTED), PageRequest.first(10)).items())
                .containsExactly(older);
        assertThat(repository.within(EventFilter.within(SampleEvents.ZONGFU), PageRequest.first(10)).items()).containsExactly(older);
        assertThat(repository.within(EventFilter.within(SampleEvents.CHUNXI_ROAD), PageRequest.first(1)).next())
                .as("the first of two events is followed by the second").isPresent();
    }

    @Test
    void pagesOfEventsCoverTheListOnceNewestFirstWithTiesBrokenById() {
        for (int i = 0; i < 5; i++) {
            store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY.plus(Duration.ofMinutes(i)));
            store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.LOW, FRIDAY.plus(Duration.ofMinutes(2)));
        }
        store(EventState.REPORTED, SampleEvents.HONGXING_1, SampleEvents.LOW, FRIDAY);
        EventFilter street = EventFilter.within(SampleEvents.CHUNXI_ROAD);

        List<GridEvent> whole = repository.within(street, PageRequest.first(100)).items();
        assertThat(whole).extracting(GridEvent::reportedAt).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (int size : new int[] {1, 2, 3, 5}) {
            KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> repository.within(street, page), GridEvent::id, size);
        }
    }

    @Test
    void pagesOfFilteredEventsAreFullWhileMatchingEventsRemain() {
        for (int i = 0; i < 12; i++) {
            store(EventState.REPORTED, SampleEvents.ZONGFU_1, i % 3 == 0 ? SampleEvents.HIGH : SampleEvents.LOW,
                    FRIDAY.plus(Duration.ofMinutes(i)));
        }
        EventFilter high = EventFilter.within(SampleEvents.CHUNXI_ROAD).graded("HIGH");

        List<GridEvent> pages = KeysetPaging.everyPage(page -> repository.within(high, page), 2);

        assertThat(pages).as("four HIGH events among eight LOW ones, in two full pages").hasSize(4)
                .allMatch(e -> e.grade().code().equals("HIGH"));
    }

    @Test
    void aCursorOfEventsStaysWhereItWasWhileEventsArriveBeforeAndAfterIt() {
        for (int i = 0; i < 6; i++) {
            store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(i)));
        }
        EventFilter street = EventFilter.within(SampleEvents.CHUNXI_ROAD);

        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> repository.within(street, page), GridEvent::id, 2, () -> {
            store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(10)));
            store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(4)));
            store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.LOW, FRIDAY.minus(Duration.ofHours(1)));
        });
    }

    @Test
    void withinAppliesGradeCategoryAndReportWindowInTheQuerySoPagesAreFull() {
        GridEvent high = store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.HIGH, FRIDAY);
        GridEvent lowEarly = store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY.minus(Duration.ofDays(2)));
        EventTransition noise = GridEvent.report(GridEventId.random(),
                SampleEvents.intake(SampleEvents.ZONGFU_1, EventCategory.ENVIRONMENT, "春熙路12号餐馆油烟直排"),
                SampleEvents.LOW, Deadline.after(SampleEvents.calendar(), FRIDAY, 2), FRIDAY.plus(Duration.ofHours(2)),
                SampleEvents.HOTLINE);
        repository.save(EventWrite.of(noise));
        for (int i = 0; i < 5; i++) {
            store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY.plus(Duration.ofMinutes(i + 1)));
        }
        EventFilter street = EventFilter.within(SampleEvents.CHUNXI_ROAD);

        assertThat(repository.within(street.graded("HIGH"), PageRequest.first(2)).items()).as("a full page behind five LOW events")
                .containsExactly(high);
        assertThat(repository.within(street.inCategory(EventCategory.ENVIRONMENT), PageRequest.first(2)).items())
                .containsExactly(noise.event());
        assertThat(repository.within(street.graded("LOW").reportedBetween(Optional.empty(), Optional.of(FRIDAY)), PageRequest.first(10)).items())
                .as("reportedBefore is exclusive").containsExactly(lowEarly);
        assertThat(repository.within(street.reportedBetween(Optional.of(FRIDAY), Optional.of(FRIDAY.plus(Duration.ofMinutes(2)))),
                PageRequest.first(10)).items()).as("reportedFrom is inclusive").hasSize(2).contains(high);
        assertThat(repository.within(street.graded("CRITICAL"), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void recentOpenEventsLeaveOutClosedRejectedOlderAndOtherAreasEvents() {
        GridEvent open = store(EventState.CALLED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        GridEvent resolved = store(EventState.RESOLVED, SampleEvents.ZONGFU_2, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(1)));
        store(EventState.CLOSED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        store(EventState.REJECTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY.minus(Duration.ofDays(8)));
        store(EventState.REPORTED, SampleEvents.HONGXING_1, SampleEvents.LOW, FRIDAY);

        assertThat(repository.recentOpen(SampleEvents.ZONGFU, FRIDAY.minus(Duration.ofDays(7)), 10))
                .as("open (RESOLVED is open until the verdict), recent, of the community, newest first")
                .containsExactly(EventText.of(resolved), EventText.of(open));
        assertThat(repository.recentOpen(SampleEvents.ZONGFU, FRIDAY.minus(Duration.ofDays(7)), 1)).containsExactly(EventText.of(resolved));
    }

    @Test
    void recentOpenEventsFollowEverySaveMadeAfterAnEarlierRead() {
        List<EventTransition> closing = SampleEvents.pathTo(EventState.CLOSED, SampleEvents.ZONGFU_1, SampleEvents.HAZARD_TEXT,
                SampleEvents.LOW, FRIDAY);
        List<EventTransition> reopening = SampleEvents.pathTo(EventState.REOPENED, SampleEvents.ZONGFU_2, "楼上漏水到楼下，多次协商未果",
                SampleEvents.LOW, FRIDAY.minus(Duration.ofHours(1)));
        GridEvent toBeClosed = store(closing.subList(0, closing.size() - 1));
        GridEvent toBeReopened = store(reopening.subList(0, reopening.size() - 1));
        Instant weekBefore = FRIDAY.minus(Duration.ofDays(7));
        assertThat(repository.recentOpen(SampleEvents.ZONGFU, weekBefore, 10)).as("before the changes")
                .containsExactly(EventText.of(toBeClosed), EventText.of(toBeReopened));

        store(closing.subList(closing.size() - 1, closing.size()));
        GridEvent reopened = store(reopening.subList(reopening.size() - 1, reopening.size()));
        GridEvent newer = store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(2)));
        store(EventState.REPORTED, SampleEvents.HONGXING_1, SampleEvents.LOW, FRIDAY.plus(Duration.ofHours(3)));

        assertThat(repository.recentOpen(SampleEvents.ZONGFU, weekBefore, 10))
                .as("the closed event gone, the reopened one at its new state and version, the new one first")
                .containsExactly(EventText.of(newer), EventText.of(reopened));
        assertThat(repository.recentOpen(SampleEvents.ZONGFU, FRIDAY.plus(Duration.ofHours(1)), 10))
                .as("a later window leaves out the older").containsExactly(EventText.of(newer));
        assertThat(repository.recentOpen(SampleEvents.ZONGFU, weekBefore, 10)).as("and a wider window again takes it in")
                .containsExactly(EventText.of(newer), EventText.of(reopened));
    }

    @Test
    void overdueEventsAreThoseAwaitingHandlingPastTheirDeadlineEarliestFirst() {
        GridEvent medium = store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.MEDIUM, FRIDAY);
        GridEvent high = store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.HIGH, FRIDAY);
        store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        store(EventState.RESOLVED, SampleEvents.ZONGFU_1, SampleEvents.HIGH, FRIDAY);
        store(EventState.REPORTED, SampleEvents.JINHUA_1, SampleEvents.HIGH, FRIDAY);

        assertThat(repository.overdue(SampleEvents.CHUNXI_ROAD, HOLIDAY_MORNING, PageRequest.first(10)).items())
                .as("HIGH (1 day, due 09-28) before MEDIUM (3 days, due 09-30); not LOW (due 10-10), not RESOLVED, not another street's")
                .containsExactly(high, medium);
        assertThat(repository.overdue(SampleEvents.CHUNXI_ROAD, china("2025-09-30T23:59"), PageRequest.first(10)).items())
                .as("on the due date itself the MEDIUM event is not overdue yet").containsExactly(high);
    }

    @Test
    void pagesOfOverdueEventsCoverTheListOnceAndACursorStaysWhileEventsArrive() {
        Instant late = FRIDAY.plus(Duration.ofDays(60));
        for (int i = 0; i < 4; i++) {
            store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.HIGH, FRIDAY.plus(Duration.ofDays(i)));
            store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.HIGH, FRIDAY.plus(Duration.ofDays(1)));
        }
        store(EventState.RESOLVED, SampleEvents.ZONGFU_1, SampleEvents.HIGH, FRIDAY);

        for (int size : new int[] {1, 3}) {
            KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> repository.overdue(SampleEvents.CHUNXI_ROAD, late, page),
                    GridEvent::id, size);
        }
        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> repository.overdue(SampleEvents.CHUNXI_ROAD, late, page),
                GridEvent::id, 2, () -> {
                    store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.HIGH, FRIDAY.minus(Duration.ofDays(3)));
                    store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.HIGH, FRIDAY.plus(Duration.ofDays(1)));
                    store(EventState.REPORTED, SampleEvents.ZONGFU_2, SampleEvents.HIGH, FRIDAY.plus(Duration.ofDays(20)));
                });
    }

    @Test
    void claimingTakesOverdueEventsOfTheAreaBelowCityLevelAndHoldsThemForTheLease() {
        GridEvent medium = store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.MEDIUM, FRIDAY);
        store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.CRITICAL, FRIDAY);
        store(EventState.ACCEPTED, SampleEvents.JINHUA_1, SampleEvents.MEDIUM, FRIDAY);
        store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, FRIDAY);
        Duration lease = Duration.ofMinutes(5);

        assertThat(repository.claimOverdue(SampleEvents.CHUNXI_ROAD, HOLIDAY_MORNING, lease, 10))
                .as("overdue, of the street, and below CITY level (a CITY event cannot go higher)").containsExactly(medium);
        assertThat(repository.claimOverdue(SampleEvents.CHUNXI_ROAD, HOLIDAY_MORNING.plus(Duration.ofMinutes(4)), lease, 10))
                .as("still held by the first claim").isEmpty();
        assertThat(repository.claimOverdue(SampleEvents.CHUNXI_ROAD, HOLIDAY_MORNING.plus(lease), lease, 10))
                .as("the claim ran out without a save: claimable again").containsExactly(medium);
    }

    @Test
    void savingAClaimedEventEndsItsClaim() {
        GridEvent medium = store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.MEDIUM, FRIDAY);
        repository.claimOverdue(SampleEvents.ZONGFU, HOLIDAY_MORNING, Duration.ofHours(1), 10);

        EventTransition called = medium.call(SampleEvents.OFFICER, HOLIDAY_MORNING, "");
        repository.save(EventWrite.of(called));

        assertThat(repository.claimOverdue(SampleEvents.ZONGFU, HOLIDAY_MORNING.plus(Duration.ofMinutes(1)), Duration.ofHours(1), 10))
                .as("saved, the event is free; still overdue, it is claimed again").containsExactly(called.event());
    }

    @Test
    void twoCallersClaimingAtOnceNeverGetTheSameEvent() throws Exception {
        List<GridEvent> overdue = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            overdue.add(store(EventState.ACCEPTED, i % 2 == 0 ? SampleEvents.ZONGFU_1 : SampleEvents.HONGXING_1,
                    SampleEvents.MEDIUM, FRIDAY.plusSeconds(i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<GridEvent>> claim = () -> {
            start.await();
            List<GridEvent> mine = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                mine.addAll(repository.claimOverdue(SampleEvents.CHUNXI_ROAD, HOLIDAY_MORNING, Duration.ofMinutes(5), 5));
            }
            return mine;
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<List<GridEvent>> a = two.submit(claim);
            Future<List<GridEvent>> b = two.submit(claim);
            start.countDown();
            List<GridEvent> first = a.get(30, TimeUnit.SECONDS);
            List<GridEvent> second = b.get(30, TimeUnit.SECONDS);

            Set<GridEventId> both = new HashSet<>(first.stream().map(GridEvent::id).toList());
            both.retainAll(second.stream().map(GridEvent::id).toList());
            assertThat(both).as("events claimed by both callers").isEmpty();
            Set<GridEventId> all = new HashSet<>(first.stream().map(GridEvent::id).toList());
            all.addAll(second.stream().map(GridEvent::id).toList());
            assertThat(all).as("together the two callers claimed every overdue event, each once")
                    .containsExactlyInAnyOrderElementsOf(overdue.stream().map(GridEvent::id).toList());
            assertThat(first.size() + second.size()).isEqualTo(overdue.size());
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aDigestReadsTheEventsReportedClosedOrJudgedInTheWeekAndThoseOverdueByItsEnd() {
        Instant monday = china("2025-09-22T00:00");
        Instant nextMonday = china("2025-09-29T00:00");
        GridEvent reportedInWeek = store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-24T10:00"));
        GridEvent overdueFromBefore = store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.HIGH, china("2025-09-15T10:00"));
        GridEvent closedInWeek = store(EventState.CLOSED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-25T10:00"));
        store(EventState.CLOSED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-10T10:00"));
        store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-29T10:00"));
        store(EventState.ACCEPTED, SampleEvents.JINHUA_1, SampleEvents.LOW, china("2025-09-24T10:00"));

        assertThat(repository.forDigest(SampleEvents.ZONGFU, monday, nextMonday)).containsExactlyInAnyOrder(
                reportedInWeek, overdueFromBefore, closedInWeek);
    }

    @Test
    void digestTalliesOfAnAreaGiveEverySubAreaTheDigestItsOwnEventsGive() {
        DigestWeek week = new DigestWeek(java.time.LocalDate.parse("2025-09-22"));
        store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-24T10:00"));
        store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.HIGH, china("2025-09-15T10:00"));
        store(EventState.CLOSED, SampleEvents.ZONGFU_2, SampleEvents.MEDIUM, china("2025-09-25T10:00"));
        store(EventState.REOPENED, SampleEvents.HONGXING_1, SampleEvents.HIGH, china("2025-09-23T10:00"));
        store(EventState.CLOSED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-10T10:00"));
        store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-29T10:00"));
        store(EventState.REPORTED, SampleEvents.JINHUA_1, SampleEvents.CRITICAL, china("2025-09-24T10:00"));
        store(EventState.REPORTED, SampleEvents.JINSHAWAN_1, SampleEvents.HIGH, china("2025-09-24T10:00"));
        AreaCode jinhuaStreet = SampleEvents.JINHUA.parent().orElseThrow();
        List<AreaCode> areas = List.of(SampleEvents.JINJIANG, SampleEvents.CHUNXI_ROAD, jinhuaStreet, SampleEvents.ZONGFU,
                SampleEvents.HONGXING, SampleEvents.JINHUA);

        for (Instant asOf : List.of(china("2025-09-26T10:00"), china("2025-10-08T10:00"))) {
            DigestTallies tallies = repository.digestTallies(SampleEvents.JINJIANG, week.start(), week.end(),
                    WeeklyDigest.overdueCutoff(week, asOf));
            for (AreaCode area : areas) {
                assertThat(WeeklyDigest.of(area, week, asOf, tallies)).as("%s as of %s", area, asOf)
                        .isEqualTo(WeeklyDigest.of(area, week, asOf, repository.forDigest(area, week.start(), week.end())));
            }
            WeeklyDigest zongfu = WeeklyDigest.of(SampleEvents.ZONGFU, week, asOf, tallies);
            assertThat(List.of(zongfu.reported(), zongfu.overdue(), zongfu.closed(), zongfu.verdicts()))
                    .as("reported LOW and MEDIUM; the HIGH of the week before overdue; the MEDIUM closed and judged")
                    .containsExactly(2L, 1L, 1L, 1L);
            assertThat(WeeklyDigest.of(SampleEvents.CHUNXI_ROAD, week, asOf, tallies).newRiskSignals())
                    .extracting(WeeklyDigest.RiskSignal::gradeCode).containsExactly("HIGH", "MEDIUM");
        }
        assertThat(repository.digestTallies(SampleEvents.JINJIANG, week.start(), week.end(), week.end()).tallies())
                .as("nothing of another city").allSatisfy(t -> assertThat(SampleEvents.JINJIANG.contains(t.community())).isTrue());
    }
}
