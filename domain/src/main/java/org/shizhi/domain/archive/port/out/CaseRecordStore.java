package org.shizhi.domain.archive.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.shared.AreaCode;

/**
 * The case records themselves: the source of truth the index is derived from. A stored record waits to be
 * indexed until {@link #indexed} is called for it, so an index that is down loses nothing; several instances
 * {@link #claimUnindexed claim} disjoint batches. Contract: {@code CaseRecordStoreContract}.
 */
public interface CaseRecordStore {

    /**
     * Stores the records whose id is not stored yet, in one transaction, and returns those ids; a record whose id
     * is already stored is left as it is (delivering or importing twice is harmless).
     */
    Set<CaseId> addNew(List<CaseRecord> records);

    Optional<CaseRecord> find(CaseId id);

    /** The stored ones among {@code ids}, in no particular order. */
    List<CaseRecord> findAll(Collection<CaseId> ids);

    /**
     * Like {@link #findAll}, but with the long texts (facts, reasoning, outcome, full text) left empty: what a page of
     * hits needs besides its snippets, whose texts the index keeps ({@code CaseArchive.texts}).
     */
    List<CaseRecord> findAllWithoutTexts(Collection<CaseId> ids);

    /** Which of these external ids of the city are stored already (for a resumable import). */
    Set<String> knownExternalIds(AreaCode city, Collection<String> externalIds);

    /**
     * Up to {@code limit} records not yet indexed and not claimed by someone else within their lease, oldest first,
     * now claimed by the caller until {@code now + lease}.
     */
    List<CaseRecord> claimUnindexed(Instant now, Duration lease, int limit);

    /** These records are in the index. */
    void indexed(Collection<CaseId> ids);

    /** How many records wait to be indexed. */
    long unindexedCount();

    /** Records in id order after {@code after}, at most {@code limit}: how a rebuild reads everything. */
    List<CaseRecord> page(Optional<CaseId> after, int limit);

    long count();

    /** A mark of the arrivals so far: records stored later are "after" it. */
    long arrivalMark();

    /**
     * Records stored after {@code mark} wait to be indexed again: after a rebuild, so that what arrived while it read
     * the store reaches the new index however the old one got it. Returns how many.
     */
    long unindexSince(long mark);
}
