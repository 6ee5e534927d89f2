package org.shizhi.adapters.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * The recent open events of each community kept in memory for duplicate detection, in front of the stored events,
 * for a database that this process alone writes (the embedded H2 file, which H2 locks, or a PostgreSQL database the
 * operator declares this instance's alone: {@code shizhi.db.single-instance}). Every intake compares its
 * text with up to a hundred open events of its community; reading them from H2 was the largest cost of an intake.
 *
 * <p>A community is read from storage on its first duplicate check: every open event it has reported since that
 * check's {@code since}. From then on every save, once committed, is applied to it, so it answers what storage would.
 * Only saves change an event, so nothing else can make it stale; with another writer (instances sharing PostgreSQL)
 * it would be, and it is not used there unless the operator declares the instance alone. Each event keeps the version last applied, so a save that reaches it late
 * never undoes a newer one.
 *
 * <p>Memory is bounded: the events held, estimated at {@value #ENTRY_BYTES} bytes each plus 8 per bigram, stay within
 * the budget. A community whose load or growth would pass it is given up, and its checks read storage as before.
 * Events older than a check's window leave their community at that check.
 */
final class RecentOpenEventsInMemory implements GridEventRepository {

    /** Estimated bytes of one held event besides its bigrams: ids, grid code, instants, records and map nodes. */
    static final long ENTRY_BYTES = 400;

    /** Newest first, ties by id in the order PostgreSQL and H2 sort UUIDs (unsigned, most significant half first). */
    private static final Comparator<EventText> NEWEST_FIRST = Comparator.comparing(EventText::reportedAt).reversed()
            .thenComparing(e -> e.id().value(), RecentOpenEventsInMemory::compareUnsigned);

    private final GridEventRepository stored;
    private final long budgetBytes;
    private final AtomicLong heldBytes = new AtomicLong();
    private final Map<AreaCode, Community> communities = new ConcurrentHashMap<>();

    RecentOpenEventsInMemory(GridEventRepository stored, long budgetBytes) {
        this.stored = stored;
        this.budgetBytes = budgetBytes;
    }

    @Override
    public void save(EventWrite write) {
        stored.save(write); // throws when nothing was written; then nothing changes here either
        Community community = communities.get(write.event().grid().community());
        if (community != null) {
            community.apply(write.event());
        }
    }

    @Override
    public List<EventText> recentOpen(AreaCode area, Instant since, int limit) {
        if (area.level() != AdminLevel.COMMUNITY) {
            return stored.recentOpen(area, since, limit);
        }
        return communities.computeIfAbsent(area, Community::new).recentOpen(since, limit);
    }

    /** The estimated bytes held, every community together. */
    long heldBytes() {
        return heldBytes.get();
    }

    private static long weight(Held held) {
        return ENTRY_BYTES + held.text().map(t -> 8L * t.bigrams().size()).orElse(0L);
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** What is known of an event: the version last applied, and its text while it is open. */
    private record Held(long version, Instant reportedAt, Optional<EventText> text) {
    }

    /**
     * One community: once loaded, all its events reported at or after {@link #since} that are open, and what was
     * last applied of those that are not. Guarded by its monitor, held across a load, so a save committed meanwhile
     * is either in what the load read or applied after it.
     */
    private final class Community {

        private final AreaCode area;
        private boolean loaded;
        private boolean givenUp;
        private Instant since;
        private final TreeSet<EventText> open = new TreeSet<>(NEWEST_FIRST);
        private final Map<UUID, Held> byId = new HashMap<>();
        private long bytes;

        Community(AreaCode area) {
            this.area = area;
        }

        synchronized List<EventText> recentOpen(Instant from, int limit) {
            if (!givenUp && (!loaded || from.isBefore(since))) {
                load(from);
            }
            if (givenUp) {
                return stored.recentOpen(area, from, limit);
            }
            dropOlderThan(from);
            List<EventText> newest = new ArrayList<>(Math.min(limit, open.size()));
            for (Iterator<EventText> it = open.iterator(); it.hasNext() && newest.size() < limit; ) {
                newest.add(it.next());
            }
            return newest;
        }

        synchronized void apply(GridEvent event) {
            if (!loaded || event.reportedAt().isBefore(since)) {
                return;
            }
            UUID id = event.id().value();
            Held before = byId.get(id);
            if (before != null && before.version() >= event.version()) {
                return;
            }
            Optional<EventText> text = Optional.empty();
            if (event.state().isOpen()) {
                text = Optional.of(before != null && before.text().isPresent() ? before.text().get().at(event) : EventText.of(event));
            }
            if (before != null) {
                forget(id);
            }
            hold(new Held(event.version(), event.reportedAt(), text), id);
            if (heldBytes.get() > budgetBytes) {
                giveUp();
            }
        }

        private void load(Instant from) {
            clear();
            List<EventText> read = stored.recentOpen(area, from, Integer.MAX_VALUE);
            List<Held> held = read.stream().map(t -> new Held(t.version(), t.reportedAt(), Optional.of(t))).toList();
            long estimate = held.stream().mapToLong(RecentOpenEventsInMemory::weight).sum();
            if (heldBytes.get() + estimate > budgetBytes) {
                giveUp();
                return;
            }
            held.forEach(h -> hold(h, h.text().orElseThrow().id().value()));
            since = from;
            loaded = true;
        }

        private void dropOlderThan(Instant from) {
            if (!from.isAfter(since)) {
                return;
            }
            since = from;
            while (!open.isEmpty() && open.last().reportedAt().isBefore(from)) {
                forget(open.last().id().value());
            }
            // What is known of closed events is dropped in bulk, once it outweighs the open ones.
            if (byId.size() > 2 * open.size() + 64) {
                for (Iterator<Held> it = byId.values().iterator(); it.hasNext(); ) {
                    Held held = it.next();
                    if (held.reportedAt().isBefore(from)) {
                        it.remove();
                        unweigh(held);
                    }
                }
            }
        }

        private void hold(Held held, UUID id) {
            byId.put(id, held);
            held.text().ifPresent(open::add);
            long w = weight(held);
            bytes += w;
            heldBytes.addAndGet(w);
        }

        private void forget(UUID id) {
            Held held = byId.remove(id);
            if (held != null) {
                unweigh(held);
            }
        }

        private void unweigh(Held held) {
            held.text().ifPresent(open::remove);
            long w = weight(held);
            bytes -= w;
            heldBytes.addAndGet(-w);
        }

        private void clear() {
            heldBytes.addAndGet(-bytes);
            bytes = 0;
            open.clear();
            byId.clear();
            loaded = false;
        }

        /** Holds nothing from now on: checks read storage. */
        private void giveUp() {
            clear();
            givenUp = true;
        }
    }

    // Everything else is storage's.

    @Override
    public Optional<GridEvent> find(GridEventId id) {
        return stored.find(id);
    }

    @Override
    public List<TimelineEntry> timeline(GridEventId id) {
        return stored.timeline(id);
    }

    @Override
    public Slice<GridEvent> within(EventFilter filter, PageRequest page) {
        return stored.within(filter, page);
    }

    @Override
    public Slice<GridEvent> overdue(AreaCode area, Instant now, PageRequest page) {
        return stored.overdue(area, now, page);
    }

    @Override
    public List<GridEvent> claimOverdue(AreaCode area, Instant now, Duration lease, int limit) {
        return stored.claimOverdue(area, now, lease, limit);
    }

    @Override
    public List<GridEvent> forDigest(AreaCode area, Instant from, Instant to) {
        return stored.forDigest(area, from, to);
    }

    @Override
    public org.shizhi.domain.grid.model.DigestTallies digestTallies(AreaCode area, Instant from, Instant to, Instant overdueAt) {
        return stored.digestTallies(area, from, to, overdueAt);
    }
}
