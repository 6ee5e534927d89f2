package org.shizhi.domain.shared.port;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A test double held to the same contract as the real adapters. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private record Entry(String hash, Instant claimed, Answer answer) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized Optional<Known> claim(String caller, String key, String requestHash, Instant now) {
        Entry entry = entries.get(caller + "\u0000" + key);
        if (entry == null) {
            entries.put(caller + "\u0000" + key, new Entry(requestHash, now, null));
            return Optional.empty();
        }
        return Optional.of(entry.answer() == null ? new Known.InProgress(entry.hash()) : new Known.Answered(entry.hash(), entry.answer()));
    }

    @Override
    public synchronized void answer(String caller, String key, Answer answer) {
        entries.computeIfPresent(caller + "\u0000" + key, (k, e) -> new Entry(e.hash(), e.claimed(), answer));
    }

    @Override
    public synchronized void release(String caller, String key) {
        entries.remove(caller + "\u0000" + key);
    }

    @Override
    public synchronized int forgetBefore(Instant cutoff) {
        int before = entries.size();
        entries.values().removeIf(e -> e.claimed().isBefore(cutoff));
        return before - entries.size();
    }
}
