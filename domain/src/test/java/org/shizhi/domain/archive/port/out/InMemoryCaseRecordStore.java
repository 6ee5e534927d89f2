package org.shizhi.domain.archive.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.shared.AreaCode;

/** The store in a map, for service tests. */
public final class InMemoryCaseRecordStore implements CaseRecordStore {

    private final TreeMap<CaseId, CaseRecord> records = new TreeMap<>();
    private final Map<CaseId, Instant> unindexed = new java.util.LinkedHashMap<>();
    private final Map<CaseId, Instant> claimedUntil = new HashMap<>();

    @Override
    public synchronized Set<CaseId> addNew(List<CaseRecord> batch) {
        Set<CaseId> added = new LinkedHashSet<>();
        for (CaseRecord r : batch) {
            if (records.putIfAbsent(r.id(), r) == null) {
                unindexed.put(r.id(), Instant.EPOCH);
                arrival.put(r.id(), ++arrivals);
                added.add(r.id());
            }
        }
        return added;
    }

    @Override
    public synchronized Optional<CaseRecord> find(CaseId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized List<CaseRecord> findAll(Collection<CaseId> ids) {
        return ids.stream().map(records::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public synchronized List<CaseRecord> findAllWithoutTexts(Collection<CaseId> ids) {
        return findAll(ids).stream().map(r -> r.withTexts(new org.shizhi.domain.archive.model.CaseTexts("", "", "", ""))).toList();
    }

    @Override
    public synchronized Set<String> knownExternalIds(AreaCode city, Collection<String> externalIds) {
        return records.values().stream().filter(r -> r.city().equals(city) && r.externalId().isPresent()
                && externalIds.contains(r.externalId().get())).map(r -> r.externalId().get()).collect(Collectors.toSet());
    }

    @Override
    public synchronized List<CaseRecord> claimUnindexed(Instant now, Duration lease, int limit) {
        List<CaseId> free = unindexed.keySet().stream()
                .filter(id -> !claimedUntil.getOrDefault(id, Instant.EPOCH).isAfter(now)).limit(limit).toList();
        free.forEach(id -> claimedUntil.put(id, now.plus(lease)));
        return free.stream().map(records::get).toList();
    }

    @Override
    public synchronized void indexed(Collection<CaseId> ids) {
        ids.forEach(id -> {
            unindexed.remove(id);
            claimedUntil.remove(id);
        });
    }

    @Override
    public synchronized long unindexedCount() {
        return unindexed.size();
    }

    @Override
    public synchronized List<CaseRecord> page(Optional<CaseId> after, int limit) {
        return (after.isPresent() ? records.tailMap(after.get(), false) : records).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized long count() {
        return records.size();
    }

    private final Map<CaseId, Long> arrival = new HashMap<>();
    private long arrivals;

    @Override
    public synchronized long arrivalMark() {
        return arrivals;
    }

    @Override
    public synchronized long unindexSince(long mark) {
        List<CaseId> later = arrival.entrySet().stream().filter(e -> e.getValue() > mark).map(Map.Entry::getKey).toList();
        later.forEach(id -> {
            unindexed.put(id, Instant.EPOCH);
            claimedUntil.remove(id);
        });
        return later.size();
    }
}
