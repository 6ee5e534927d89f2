package org.shizhi.domain.grid.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.model.DigestTallies;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.model.WeeklyDigest;
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

    /**
     * The figures of the weekly digests of every area inside {@code area} for [{@code from}, {@code to}), counted per
     * community, category and grade ({@link DigestTallies}): events reported, closed or given a verdict in the span,
     * and those awaiting handling whose deadline had passed at {@code overdueAt}; with the span's new risk signals
     * (severity above 1, or public opinion) in the order of their reporting.
     *
     * <p>This default counts the events {@link #forDigest} reads, and states what the figures are; a database adapter
     * counts them where they are stored, in one grouped read, which is why the port has it.
     */
    default DigestTallies digestTallies(AreaCode area, Instant from, Instant to, Instant overdueAt) {
        record Key(AreaCode community, EventCategory category, String code, String label, int severity) {
        }
        Map<Key, long[]> counts = new LinkedHashMap<>();
        List<WeeklyDigest.RiskSignal> signals = new ArrayList<>();
        for (GridEvent event : forDigest(area, from, to)) {
            if (!area.contains(event.community())) {
                continue;
            }
            EventGrade grade = event.grade();
            long[] c = counts.computeIfAbsent(new Key(event.community(), event.category(), grade.code(), grade.label(),
                    grade.severity()), k -> new long[5]);
            if (within(event.reportedAt(), from, to)) {
                c[0]++;
                if (grade.severity() > 1 || event.category() == EventCategory.PUBLIC_OPINION) {
                    signals.add(new WeeklyDigest.RiskSignal(event.id(), event.grid(), event.category(), grade.code(),
                            grade.label(), grade.severity(), event.reportedAt()));
                }
            }
            if (event.isOverdue(overdueAt)) {
                c[1]++;
            }
            if (event.closedAt().filter(t -> within(t, from, to)).isPresent()) {
                c[2]++;
            }
            if (event.verdict().filter(v -> within(v.at(), from, to)).isPresent()) {
                c[3]++;
                c[4] += event.verdict().get().satisfaction();
            }
        }
        List<DigestTallies.Tally> tallies = counts.entrySet().stream().map(e -> new DigestTallies.Tally(
                e.getKey().community(), e.getKey().category(), e.getKey().code(), e.getKey().label(), e.getKey().severity(),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();
        signals.sort(Comparator.comparing(WeeklyDigest.RiskSignal::reportedAt)
                .thenComparing(s -> s.eventId().value()));
        return new DigestTallies(tallies, signals);
    }

    private static boolean within(Instant instant, Instant from, Instant to) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
