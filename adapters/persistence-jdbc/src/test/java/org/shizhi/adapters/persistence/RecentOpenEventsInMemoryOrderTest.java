package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;

/**
 * Saves of one event committed in order may reach memory out of order (a thread descheduled between its commit and
 * its update): what memory holds must still be the newest. A real database refuses the stale save itself, so the
 * storage here accepts every save and holds nothing, which lets the late one through to memory.
 */
class RecentOpenEventsInMemoryOrderTest {

    private static final Instant FRIDAY = SampleEvents.china("2025-09-26T10:00");

    @Test
    void aSaveThatArrivesAfterANewerOneChangesNothing() {
        RecentOpenEventsInMemory events = new RecentOpenEventsInMemory(new AcceptingStorage(), 1L << 20);
        List<EventTransition> path = SampleEvents.pathTo(EventState.REJECTED, SampleEvents.ZONGFU_1, SampleEvents.HAZARD_TEXT,
                SampleEvents.LOW, FRIDAY);
        Instant weekBefore = FRIDAY.minus(Duration.ofDays(7));
        assertThat(events.recentOpen(SampleEvents.ZONGFU, weekBefore, 10)).isEmpty();

        events.save(EventWrite.of(path.get(1)));
        events.save(EventWrite.of(path.get(0)));

        assertThat(events.recentOpen(SampleEvents.ZONGFU, weekBefore, 10))
                .as("rejected at version 2; the report (version 1) arriving afterwards does not bring it back").isEmpty();
    }

    @Test
    void aNewerSaveReplacesWhatAnOlderOneLeft() {
        RecentOpenEventsInMemory events = new RecentOpenEventsInMemory(new AcceptingStorage(), 1L << 20);
        List<EventTransition> path = SampleEvents.pathTo(EventState.CALLED, SampleEvents.ZONGFU_1, SampleEvents.HAZARD_TEXT,
                SampleEvents.LOW, FRIDAY);
        Instant weekBefore = FRIDAY.minus(Duration.ofDays(7));
        events.recentOpen(SampleEvents.ZONGFU, weekBefore, 10);

        path.forEach(t -> events.save(EventWrite.of(t)));

        assertThat(events.recentOpen(SampleEvents.ZONGFU, weekBefore, 10)).containsExactly(EventText.of(path.getLast().event()));
    }

    /** Storage that takes every save and has no events: only memory answers. */
    private static final class AcceptingStorage implements GridEventRepository {

        @Override
        public void save(EventWrite write) {
        }

        @Override
        public List<EventText> recentOpen(org.shizhi.domain.shared.AreaCode area, Instant since, int limit) {
            return List.of();
        }

        @Override
        public Optional<GridEvent> find(GridEventId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TimelineEntry> timeline(GridEventId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Slice<GridEvent> within(EventFilter filter, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Slice<GridEvent> overdue(org.shizhi.domain.shared.AreaCode area, Instant now, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<GridEvent> claimOverdue(org.shizhi.domain.shared.AreaCode area, Instant now, Duration lease, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<GridEvent> forDigest(org.shizhi.domain.shared.AreaCode area, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }
    }
}
