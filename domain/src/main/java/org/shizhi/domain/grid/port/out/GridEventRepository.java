package org.shizhi.domain.grid.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/**
 * Where grid events, their timelines and the case-archive outbox are kept. "Inside an area" always means: the
 * event's grid code starts with the area's {@link AreaCode#prefix()}, applied in the query. Contract:
 * {@code GridEventRepositoryContract}.
 */
public interface GridEventRepository {

    /**
     * Writes one change in one transaction: the event (inserted when {@link EventWrite#isNew()}, else replaced), its
     * timeline entry appended, and the closed-event record put in the outbox when there is one. Ends any escalation
     * claim on the event.
     *
     * @throws org.shizhi.domain.shared.StaleVersionException if the stored version is not
     *         {@code expectedVersion} (or, for a new event, an event with the id exists); nothing at all is written then
     */
    void save(EventWrite write);

    Optional<GridEvent> find(GridEventId id);

    /** The event's timeline, oldest first, in the order the entries were appended; empty for an unknown event. */
    List<TimelineEntry> timeline(GridEventId id);

    /**
     * Events the filter admits, newest report first, ids ascending on ties: the page after the request's position
     * ({@link #reportPosition}), every condition of the filter applied in the query so that a page is full while
     * matching events remain.
     */
    Slice<GridEvent> within(EventFilter filter, PageRequest page);

    /** An event's place in {@link #within}: its report time, then its id. */
    static Position reportPosition(GridEvent event) {
        return Position.of(event.reportedAt(), event.id().value());
    }

    /**
     * Open events (not CLOSED or REJECTED) inside the area reported at or after {@code since}, newest first, at most
     * {@code limit}: the candidates for duplicate suggestions, read on every intake, so only the bigrams of their texts.
     */
    List<EventText> recentOpen(AreaCode area, Instant since, int limit);

    /**
     * Events inside the area that await handling and whose deadline passed at or before {@code now}, earliest deadline
     * first, ids ascending on ties: the page after the request's position ({@link #deadlinePosition}).
     */
    Slice<GridEvent> overdue(AreaCode area, Instant now, PageRequest page);

    /** An event's place in {@link #overdue}: the instant its deadline passes, then its id. */
    static Position deadlinePosition(GridEvent event) {
        return Position.of(event.deadline().passesAt(), event.id().value());
    }

    /**
     * Claims overdue events for escalation: events inside the area that await handling, whose deadline passed at or
     * before {@code now}, whose handling level is below CITY, and that no running claim holds. Each is claimed until
     * {@code now + lease}, earliest deadline first, at most {@code limit}.
     *
     * <p>Each overdue event is returned to exactly one caller: callers at the same time, in one process or in
     * several sharing the database, get disjoint sets ({@code SELECT … FOR UPDATE SKIP LOCKED} and a claim column
     * in one transaction, for instance). A claim ends when the event is saved, or when its lease runs out, so that
     * an instance that dies holding claims delays those escalations by one lease, never loses them.
     */
    List<GridEvent> claimOverdue(AreaCode area, Instant now, Duration lease, int limit);

    /**
     * The events a weekly digest of the area for [{@code from}, {@code to}) needs: those reported, closed or given a
     * verdict in that span, and those awaiting handling whose deadline passed before {@code to}.
     */
    List<GridEvent> forDigest(AreaCode area, Instant from, Instant to);
}
