package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.model.SampleEvents.china;
import static org.shizhi.domain.grid.service.GridWorld.OFFICER;
import static org.shizhi.domain.grid.service.GridWorld.STAFF;
import static org.shizhi.domain.grid.service.GridWorld.SYSTEM;
import static org.shizhi.domain.grid.service.GridWorld.WORKER;
import static org.shizhi.domain.grid.service.GridWorld.ZHANJIANG_ADMIN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.ChangeKind;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventChange;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.port.in.EscalateOverdueUseCase.EscalationRun;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.AcceptEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.CallEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.ResolveEventCommand;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridEventRepository;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Role;

/** Reported on Friday 2025-09-26 before the National Day holiday (10-01 to 10-08; make-up Sunday 09-28, Saturday 10-11). */
class EscalationServiceTest {

    private static final String HAZARD = "锦华小区3栋楼道堆放大量杂物，存在消防隐患。";

    private final GridWorld world = new GridWorld();

    private GridEventView reportMediumHazard() {
        return world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.DISPUTE, HAZARD).event();
    }

    private long escalationsOf(GridEventId id) {
        return world.events.timeline(id).stream().filter(e -> e.kind() == ChangeKind.ESCALATED).count();
    }

    @Test
    void escalationSkipsTheNationalDayHolidayAndCountsTheMakeUpSaturday() {
        GridEventView event = reportMediumHazard();
        assertThat(event.deadline().dueOn()).as("3 working days: make-up Sunday 09-28, 09-29, 09-30").isEqualTo(LocalDate.of(2025, 9, 30));

        world.clock.set(china("2025-09-30T23:59"));
        assertThat(world.escalation.escalateOverdue(SYSTEM, 100).escalated()).as("on its due date the event is not overdue").isEmpty();

        world.clock.set(china("2025-10-01T09:00"));
        EscalationRun run = world.escalation.escalateOverdue(SYSTEM, 100);

        assertThat(run.escalated()).singleElement().satisfies(escalated -> {
            assertThat(escalated.fromLevel()).isEqualTo(AdminLevel.STREET);
            assertThat(escalated.toLevel()).isEqualTo(AdminLevel.DISTRICT);
            assertThat(escalated.missed().dueOn()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(escalated.next().dueOn()).as("3 working days from the holiday: 10-09, 10-10, make-up Saturday 10-11")
                    .isEqualTo(LocalDate.of(2025, 10, 11));
        });
        GridEvent stored = world.events.find(event.id()).orElseThrow();
        assertThat(stored.handlingLevel()).isEqualTo(AdminLevel.DISTRICT);
        assertThat(stored.state()).as("escalation changes the level, not the state").isEqualTo(EventState.REPORTED);
        TimelineEntry entry = world.events.timeline(event.id()).getLast();
        assertThat(entry.kind()).isEqualTo(ChangeKind.ESCALATED);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.role()).isEqualTo(Role.CITY_ADMIN);
        assertThat(entry.note()).isEqualTo("escalated from STREET to DISTRICT level: due 2025-09-30 and still REPORTED; now due 2025-10-11");

        world.clock.set(china("2025-10-08T18:00"));
        assertThat(world.escalation.escalateOverdue(SYSTEM, 100).escalated()).as("the new deadline runs").isEmpty();
        world.clock.set(china("2025-10-12T09:00"));
        assertThat(world.escalation.escalateOverdue(SYSTEM, 100).escalated()).as("missed again: DISTRICT to CITY")
                .singleElement().extracting(GridEventChange.Escalated::toLevel).isEqualTo(AdminLevel.CITY);
    }

    @Test
    void aResolvedEventIsNotEscalatedThoughItsDeadlinePassed() {
        GridEventView event = reportMediumHazard();
        event = world.eventService.accept(STAFF, new AcceptEventCommand(
                event.id(), event.version(), "")).event();
        event = world.eventService.call(OFFICER, new CallEventCommand(
                event.id(), event.version(), "")).event();
        world.eventService.resolve(OFFICER, new ResolveEventCommand(
                event.id(), event.version(), "已清理"));
        world.clock.set(china("2025-10-09T09:00"));

        assertThat(world.escalation.escalateOverdue(SYSTEM, 100).escalated()).isEmpty();
    }

    @Test
    void eachOverdueEventIsEscalatedExactlyOnceByTwoInstancesRunningAtOnce() throws Exception {
        List<GridEventId> overdue = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            overdue.add(world.report(WORKER, i % 2 == 0 ? SampleEvents.ZONGFU_1 : SampleEvents.ZONGFU_2, EventCategory.DISPUTE,
                    HAZARD + i).event().id());
        }
        world.clock.set(china("2025-10-01T09:00"));
        EscalationService first = new EscalationService(world.events, world.calendar, world.clock);
        EscalationService second = new EscalationService(world.events, world.calendar, world.clock);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (EscalationService instance : List.of(first, second)) {
                Callable<Integer> scheduler = () -> {
                    start.await();
                    int escalated = 0;
                    for (int tick = 0; tick < 10; tick++) {
                        escalated += instance.escalateOverdue(SYSTEM, 4).escalated().size();
                    }
                    return escalated;
                };
                runs.add(instances.submit(scheduler));
            }
            start.countDown();
            int total = runs.get(0).get(30, TimeUnit.SECONDS) + runs.get(1).get(30, TimeUnit.SECONDS);

            assertThat(total).as("escalations reported by both instances together").isEqualTo(30);
        } finally {
            instances.shutdownNow();
        }
        for (GridEventId id : overdue) {
            assertThat(escalationsOf(id)).as("ESCALATED entries in the timeline of " + id).isEqualTo(1);
            assertThat(world.events.find(id).orElseThrow().escalations()).isEqualTo(1);
        }
    }

    @Test
    void anEventChangedBetweenItsClaimAndItsEscalationIsSkippedNotEscalated() {
        GridEventView event = reportMediumHazard();
        world.clock.set(china("2025-10-01T09:00"));
        Instant now = world.clock.instant();
        GridEventRepository acceptedMeanwhile = new Delegating(world.events) {
            @Override
            public List<GridEvent> claimOverdue(AreaCode area, Instant at, Duration lease, int limit) {
                List<GridEvent> claimed = world.events.claimOverdue(area, at, lease, limit);
                claimed.forEach(e -> world.events.save(EventWrite.of(e.accept(SampleEvents.STAFF, now, "刚受理"))));
                return claimed;
            }
        };

        EscalationRun run = new EscalationService(acceptedMeanwhile, world.calendar, world.clock).escalateOverdue(SYSTEM, 10);

        assertThat(run.escalated()).isEmpty();
        assertThat(run.skipped()).containsExactly(event.id());
        assertThat(escalationsOf(event.id())).isZero();
        assertThat(world.escalation.escalateOverdue(SYSTEM, 10).escalated())
                .as("still overdue after the save ended the claim: the next run escalates it").hasSize(1);
    }

    @Test
    void onlyACityAdminEscalatesAndOnlyInsideTheirCity() {
        reportMediumHazard();
        world.clock.set(china("2025-10-01T09:00"));

        assertThatThrownBy(() -> world.escalation.escalateOverdue(OFFICER, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.escalation.escalateOverdue(SYSTEM, 0)).isInstanceOf(InvalidValueException.class);
        assertThat(world.escalation.escalateOverdue(ZHANJIANG_ADMIN, 10).escalated()).as("Zhanjiang's scheduler").isEmpty();
        assertThat(world.eventService.overdue(GridWorld.AUDITOR, SampleEvents.CHENGDU, PageRequest.first(10)).items()).hasSize(1);
    }

    /** A repository that passes everything to another; tests override what they need to interfere with. */
    private static class Delegating implements GridEventRepository {
        private final InMemoryGridEventRepository delegate;

        Delegating(InMemoryGridEventRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public void save(EventWrite write) {
            delegate.save(write);
        }

        @Override
        public Optional<GridEvent> find(GridEventId id) {
            return delegate.find(id);
        }

        @Override
        public List<TimelineEntry> timeline(GridEventId id) {
            return delegate.timeline(id);
        }

        @Override
        public Slice<GridEvent> within(EventFilter filter, PageRequest page) {
            return delegate.within(filter, page);
        }

        @Override
        public List<org.shizhi.domain.grid.model.EventText> recentOpen(AreaCode area, Instant since, int limit) {
            return delegate.recentOpen(area, since, limit);
        }

        @Override
        public Slice<GridEvent> overdue(AreaCode area, Instant now, PageRequest page) {
            return delegate.overdue(area, now, page);
        }

        @Override
        public List<GridEvent> claimOverdue(AreaCode area, Instant now, Duration lease, int limit) {
            return delegate.claimOverdue(area, now, lease, limit);
        }

        @Override
        public List<GridEvent> forDigest(AreaCode area, Instant from, Instant to) {
            return delegate.forDigest(area, from, to);
        }
    }
}
