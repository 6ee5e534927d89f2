package org.shizhi.domain.archive.port.out;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.shizhi.domain.archive.model.SavedSearch;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SavedSearchMatch;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Saved searches in memory, for service tests; passes {@link SavedSearchesContract}. */
public final class InMemorySavedSearches implements SavedSearches {

    private final Map<SavedSearchId, SavedSearch> searches = new LinkedHashMap<>();
    private final List<SavedSearchMatch> matches = new ArrayList<>();
    private long sequence;

    @Override
    public synchronized void add(SavedSearch search) {
        if (searches.putIfAbsent(search.id(), search) != null) {
            throw new IllegalStateException("saved search " + search.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<SavedSearch> find(SavedSearchId id) {
        return Optional.ofNullable(searches.get(id));
    }

    @Override
    public synchronized long countOwned(AreaCode city, String owner) {
        return searches.values().stream().filter(s -> s.city().equals(city) && s.owner().equals(owner)).count();
    }

    @Override
    public synchronized Slice<Counted> owned(AreaCode city, String owner, AreaCode within, PageRequest page) {
        List<Counted> all = searches.values().stream().filter(s -> s.city().equals(city) && s.owner().equals(owner))
                .map(s -> new Counted(s, countNew(s.id(), within))).toList();
        return InMemoryPages.page(all.stream(), page, c -> Position.of(c.search().createdAt(), c.search().id().value()),
                InMemoryPages.byInstant(false));
    }

    @Override
    public synchronized Slice<SavedSearch> every(PageRequest page) {
        return InMemoryPages.page(new ArrayList<>(searches.values()).stream(), page,
                s -> new Position(s.id().toString(), s.id().toString()), InMemoryPages.byText());
    }

    @Override
    public synchronized void rescope(SavedSearchId id, AreaCode scope) {
        searches.computeIfPresent(id, (k, s) -> s.rescoped(scope));
    }

    @Override
    public synchronized boolean delete(SavedSearchId id) {
        matches.removeIf(m -> m.search().equals(id));
        return searches.remove(id) != null;
    }

    @Override
    public synchronized int record(List<Found> found) {
        int added = 0;
        for (Found f : found) {
            boolean known = matches.stream().anyMatch(m -> m.search().equals(f.search()) && m.caseId().equals(f.caseId()));
            if (!known && searches.containsKey(f.search())) {
                matches.add(new SavedSearchMatch(++sequence, f.search(), f.caseId(), f.area(), f.at()));
                added++;
            }
        }
        return added;
    }

    private List<SavedSearchMatch> fresh(SavedSearchId id, AreaCode within) {
        SavedSearch s = searches.get(id);
        if (s == null) {
            return List.of();
        }
        return matches.stream().filter(m -> m.search().equals(id) && m.sequence() > s.seenUpTo() && within.contains(m.area()))
                .sorted(Comparator.comparingLong(SavedSearchMatch::sequence)).toList();
    }

    @Override
    public synchronized long countNew(SavedSearchId id, AreaCode within) {
        return fresh(id, within).size();
    }

    @Override
    public synchronized Slice<SavedSearchMatch> newMatches(SavedSearchId id, AreaCode within, PageRequest page) {
        long after = page.after().map(SavedSearchMatch::sequenceAfter).orElse(0L);
        List<SavedSearchMatch> rows = fresh(id, within).stream().filter(m -> m.sequence() > after).limit(page.limit() + 1L).toList();
        return Slice.of(rows, page, SavedSearchMatch::position);
    }

    @Override
    public synchronized long markSeen(SavedSearchId id, OptionalLong upTo) {
        SavedSearch s = searches.get(id);
        if (s == null) {
            return 0;
        }
        long last = matches.stream().filter(m -> m.search().equals(id)).mapToLong(SavedSearchMatch::sequence).max().orElse(0);
        long mark = Math.max(s.seenUpTo(), Math.min(last, upTo.orElse(last)));
        searches.put(id, new SavedSearch(s.id(), s.owner(), s.city(), s.scope(), s.name(), s.q(), s.mode(), s.filters(),
                s.createdAt(), mark));
        return mark;
    }
}
