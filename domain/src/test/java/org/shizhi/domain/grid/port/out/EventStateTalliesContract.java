package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.grid.model.SampleEvents.china;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventStateCount;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.SampleEvents;

/**
 * What every {@link EventStateTallies} adapter must count: the events of an area by the week (Monday 00:00 to Monday
 * 00:00 in China) they were reported in, the state they stand in now and their grade; each adapter subclasses this.
 */
public abstract class EventStateTalliesContract {

    private static final DigestWeek FIRST = new DigestWeek(LocalDate.parse("2025-09-15"));
    private static final DigestWeek SECOND = new DigestWeek(LocalDate.parse("2025-09-22"));

    private GridEventRepository events;
    private EventStateTallies tallies;

    /** A repository over empty storage, to store the events counted. */
    protected abstract GridEventRepository emptyRepository();

    /** The tallies over the storage of the repository {@link #emptyRepository()} returned last. */
    protected abstract EventStateTallies talliesOfTheSameStorage();

    @BeforeEach
    void startEmpty() {
        events = emptyRepository();
        tallies = talliesOfTheSameStorage();
    }

    private void store(EventState state, GridCode grid, EventGrade grade, Instant at) {
        List<EventTransition> path = SampleEvents.pathTo(state, grid, SampleEvents.HAZARD_TEXT, grade, at);
        path.forEach(t -> events.save(EventWrite.of(t)));
    }

    @Test
    void eventsAreCountedByTheWeekTheyWereReportedInTheirStateNowAndTheirGrade() {
        store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-15T00:00")); // first instant of the first week
        store(EventState.ACCEPTED, SampleEvents.ZONGFU_2, SampleEvents.LOW, china("2025-09-21T23:59"));
        store(EventState.CLOSED, SampleEvents.HONGXING_1, SampleEvents.LOW, china("2025-09-17T10:00"));
        store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.HIGH, china("2025-09-22T00:00")); // the second week's first instant
        store(EventState.REPORTED, SampleEvents.ZONGFU_1, SampleEvents.HIGH, china("2025-09-28T12:00"));
        store(EventState.REJECTED, SampleEvents.ZONGFU_2, SampleEvents.MEDIUM, china("2025-09-24T10:00"));
        store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-14T23:59")); // before the weeks
        store(EventState.ACCEPTED, SampleEvents.ZONGFU_1, SampleEvents.LOW, china("2025-09-29T00:00")); // after them
        store(EventState.ACCEPTED, SampleEvents.JINHUA_1, SampleEvents.LOW, china("2025-09-17T10:00")); // another street
        store(EventState.ACCEPTED, SampleEvents.JINSHAWAN_1, SampleEvents.LOW, china("2025-09-17T10:00")); // another city

        assertThat(tallies.reportedWeekly(SampleEvents.CHUNXI_ROAD, List.of(FIRST, SECOND))).as("春熙路街道 over two weeks")
                .containsExactly(
                        new EventStateCount(FIRST.monday(), EventState.ACCEPTED, "LOW", "一般", 2),
                        new EventStateCount(FIRST.monday(), EventState.CLOSED, "LOW", "一般", 1),
                        new EventStateCount(SECOND.monday(), EventState.REJECTED, "MEDIUM", "较大", 1),
                        new EventStateCount(SECOND.monday(), EventState.REPORTED, "HIGH", "重大", 2));
        assertThat(tallies.reportedWeekly(SampleEvents.ZONGFU, List.of(SECOND))).as("总府路社区, the second week alone")
                .containsExactly(
                        new EventStateCount(SECOND.monday(), EventState.REJECTED, "MEDIUM", "较大", 1),
                        new EventStateCount(SECOND.monday(), EventState.REPORTED, "HIGH", "重大", 2));
        assertThat(tallies.reportedWeekly(SampleEvents.JINJIANG, List.of(FIRST))).as("锦江区, its two streets, the first week")
                .containsExactly(
                        new EventStateCount(FIRST.monday(), EventState.ACCEPTED, "LOW", "一般", 3),
                        new EventStateCount(FIRST.monday(), EventState.CLOSED, "LOW", "一般", 1));
        assertThat(tallies.reportedWeekly(SampleEvents.HONGXING, List.of(SECOND))).as("nothing reported: no cell").isEmpty();
    }
}
