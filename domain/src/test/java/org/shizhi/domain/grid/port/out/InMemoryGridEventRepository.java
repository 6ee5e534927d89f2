package org.shizhi.domain.grid.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/**
 * A test double for service tests: events, timelines, outbox and claims in one monitor, so each method is one
 * "transaction". Held to the same contract as the real adapters.
 */
public final class InMemoryGridEventRepository implements GridEventRepository, CaseArchiveOutbox, EventStateTallies {

    private final Map<GridEventId, GridEvent> events = new LinkedHashMap<>();
    private final Map<GridEventId, List<TimelineEntry>> timelines = new HashMap<>();
    private final Map<GridEventId, ClosedEventRecord> pending = new LinkedHashMap<>();
    private final Map<GridEventId, Instant> claimedUntil = new HashMap<>();

    @Override
    public synchronized void save(EventWrite write) {
        GridEvent event = write.event();
        GridEvent stored = events.get(event.id());
        if (write.isNew() && stored != null) {
            throw new ConflictException("version", "grid event " + event.id() + " exists");
        }
        if (!write.isNew() && (stored == null || stored.version() != write.expectedVersion())) {
            throw new StaleVersionException("grid event " + event.id() + " is at version "
                    + (stored == null ? "(none)" : stored.version()) + ", not " + write.expectedVersion());
        }
        events.put(event.id(), event);
        timelines.computeIfAbsent(event.id(), id -> new ArrayList<>()).add(write.entry());
        write.closedRecord().ifPresent(r -> pending.put(r.eventId(), r));
        claimedUntil.remove(event.id());
    }

    @Override
    public synchronized Optional<GridEvent> find(GridEventId id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public synchronized List<TimelineEntry> timeline(GridEventId id) {
        return List.copyOf(timelines.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized Slice<GridEvent> within(EventFilter filter, PageRequest page) {
        return InMemoryPages.page(inside(filter.within()).filter(filter::admits), page,
                GridEventRepository::reportPosition, InMemoryPages.byInstant(true));
    }

    @Override
    public synchronized List<EventText> recentOpen(AreaCode area, Instant since, int limit) {
        return inside(area).filter(e -> e.state().isOpen() && !e.reportedAt().isBefore(since))
                .sorted(Comparator.comparing(GridEvent::reportedAt).reversed()).limit(limit).map(EventText::of).toList();
    }

    @Override
    public synchronized Slice<GridEvent> overdue(AreaCode area, Instant now, PageRequest page) {
        return InMemoryPages.page(inside(area).filter(e -> e.isOverdue(now)), page,
                GridEventRepository::deadlinePosition, InMemoryPages.byInstant(false));
    }

    @Override
    public synchronized List<GridEvent> claimOverdue(AreaCode area, Instant now, Duration lease, int limit) {
        List<GridEvent> claimed = inside(area)
                .filter(e -> e.isOverdue(now) && e.handlingLevel() != AdminLevel.CITY)
                .filter(e -> !claimedUntil.containsKey(e.id()) || !claimedUntil.get(e.id()).isAfter(now))
                .sorted(Comparator.comparing(e -> e.deadline().passesAt()))
                .limit(limit).toList();
        claimed.forEach(e -> claimedUntil.put(e.id(), now.plus(lease)));
        return claimed;
    }

    @Override
    public synchronized List<GridEvent> forDigest(AreaCode area, Instant from, Instant to) {
        return inside(area).filter(e -> in(e.reportedAt(), from, to)
                || e.closedAt().filter(t -> in(t, from, to)).isPresent()
                || e.verdict().filter(v -> in(v.at(), from, to)).isPresent()
                || (e.state().awaitsHandling() && e.deadline().passesAt().isBefore(to))).toList();
    }

    @Override
    public synchronized List<ClosedEventRecord> pending(int limit) {
        return pending.values().stream().sorted(Comparator.comparing(ClosedEventRecord::closedAt)).limit(limit).toList();
    }

    @Override
    public synchronized List<ClosedEventRecord> claim(Instant now, Duration lease, int limit) {
        List<ClosedEventRecord> free = pending.values().stream()
                .filter(r -> !outboxClaimedUntil.getOrDefault(r.eventId(), Instant.EPOCH).isAfter(now))
                .sorted(Comparator.comparing(ClosedEventRecord::closedAt)).limit(limit).toList();
        free.forEach(r -> outboxClaimedUntil.put(r.eventId(), now.plus(lease)));
        return free;
    }

    private final Map<GridEventId, Instant> outboxClaimedUntil = new java.util.HashMap<>();

    @Override
    public synchronized void delivered(GridEventId eventId) {
        outboxClaimedUntil.remove(eventId);
        pending.remove(eventId);
    }

    /** How many events are stored, for tests that check that a refusal wrote nothing. */
    public synchronized int size() {
        return events.size();
    }

    private Stream<GridEvent> inside(AreaCode area) {
        return events.values().stream().filter(e -> e.grid().value().startsWith(area.prefix()));
    }

    private static boolean in(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    /** Counted event by event here; the JDBC adapter groups in SQL. */
    @Override
    public synchronized List<org.shizhi.domain.grid.model.EventStateCount> reportedWeekly(AreaCode area,
                                                                                         List<org.shizhi.domain.grid.model.DigestWeek> weeks) {
        record Cell(java.time.LocalDate week, org.shizhi.domain.grid.model.EventState state, String grade) {
        }
        java.util.Map<Cell, long[]> counts = new java.util.HashMap<>();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        inside(area).forEach(e -> weeks.stream().filter(w -> w.contains(e.reportedAt())).findFirst().ifPresent(w -> {
            counts.computeIfAbsent(new Cell(w.monday(), e.state(), e.grade().code()), c -> new long[1])[0]++;
            labels.merge(e.grade().code(), e.grade().label(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }));
        return counts.entrySet().stream()
                .map(c -> new org.shizhi.domain.grid.model.EventStateCount(c.getKey().week(), c.getKey().state(), c.getKey().grade(),
                        labels.get(c.getKey().grade()), c.getValue()[0]))
                .sorted(java.util.Comparator.comparing(org.shizhi.domain.grid.model.EventStateCount::week)
                        .thenComparing(c -> c.state().name()).thenComparing(org.shizhi.domain.grid.model.EventStateCount::gradeCode))
                .toList();
    }
}
