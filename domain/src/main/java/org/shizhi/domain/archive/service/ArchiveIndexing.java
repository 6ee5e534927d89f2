package org.shizhi.domain.archive.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.archive.port.out.PendingCaseRecords;
import org.shizhi.domain.shared.SearchUnavailableException;

/**
 * Keeps the index following the store, run by the platform's housekeeping on every instance:
 * <ol>
 *   <li>{@link #relay}: records a source (an outbox) holds are claimed, stored (idempotently, by id) and only then
 *       marked delivered, so a crash between the two repeats a delivery but loses none;</li>
 *   <li>{@link #catchUp}: records stored but not yet indexed (because the index was down, or another instance crashed)
 *       are claimed with a lease, indexed, and marked;</li>
 *   <li>{@link #rebuild}: a new index from every stored record, swapped in when complete.</li>
 * </ol>
 */
public final class ArchiveIndexing {

    /**
     * A claim on unindexed records lasts this long unless the platform's setting says otherwise; an instance that dies
     * leaves them to the others after it.
     */
    public static final Duration DEFAULT_LEASE = RelayLease.DEFAULT;

    private final CaseArchive archive;
    private final CaseRecordStore store;
    private final Clock clock;
    private final Duration lease;

    public ArchiveIndexing(CaseArchive archive, CaseRecordStore store, Clock clock) {
        this(archive, store, clock, DEFAULT_LEASE);
    }

    /** With a claim lasting {@code lease}: long enough to index a batch, short enough that a dead instance's batch waits little. */
    public ArchiveIndexing(CaseArchive archive, CaseRecordStore store, Clock clock, Duration lease) {
        this.archive = archive;
        this.store = store;
        this.clock = clock;
        this.lease = RelayLease.check(lease);
    }

    /** Moves up to {@code limit} records from the source into the store; returns how many it moved. */
    public int relay(PendingCaseRecords source, int limit) {
        List<CaseRecord> claimed = source.claim(limit);
        if (claimed.isEmpty()) {
            return 0;
        }
        store.addNew(claimed);
        source.delivered(claimed.stream().map(CaseRecord::id).toList());
        return claimed.size();
    }

    /**
     * Indexes up to {@code limit} stored records the index lacks; returns how many. If the index is down, nothing is
     * marked and the claim lapses, so the next run (here or on another instance) tries again.
     */
    public int catchUp(int limit) {
        List<CaseRecord> claimed = store.claimUnindexed(clock.instant(), lease, limit);
        if (claimed.isEmpty()) {
            return 0;
        }
        archive.index(claimed);
        store.indexed(claimed.stream().map(CaseRecord::id).toList());
        return claimed.size();
    }

    /** Relays and catches up until nothing is left or the index is down; returns how many records were indexed. */
    public int drain(List<PendingCaseRecords> sources, int batch) {
        for (PendingCaseRecords source : sources) {
            while (relay(source, batch) == batch) {
                // keep going: a full batch means more may wait
            }
        }
        int indexed = 0;
        try {
            int n;
            do {
                n = catchUp(batch);
                indexed += n;
            } while (n == batch);
        } catch (SearchUnavailableException down) {
            // The store holds them; the next run catches up.
        }
        return indexed;
    }

    /**
     * Rebuilds the index from the store while searches keep answering from the active one, and swaps the new one in
     * when every record is in it. {@code progress} hears the running count after each batch.
     */
    public long rebuild(int batch, LongConsumer progress) {
        long mark = store.arrivalMark();
        long done = 0;
        try (CaseArchive.Rebuild rebuild = archive.rebuild()) {
            Optional<CaseId> after = Optional.empty();
            while (true) {
                List<CaseRecord> page = store.page(after, batch);
                if (page.isEmpty()) {
                    break;
                }
                rebuild.add(page);
                done += page.size();
                progress.accept(done);
                after = Optional.of(page.getLast().id());
            }
            rebuild.complete();
        }
        // What arrived while the store was read may have reached only the old index: send it again.
        store.unindexSince(mark);
        return done;
    }
}
