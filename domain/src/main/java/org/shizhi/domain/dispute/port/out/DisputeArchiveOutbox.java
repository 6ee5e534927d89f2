package org.shizhi.domain.dispute.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shizhi.domain.dispute.model.ClosedDisputeRecord;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The read side of the dispute archive outbox, shaped like grid's {@code CaseArchiveOutbox}: records closes left
 * (written by {@link DisputeRepository#save} in the close's transaction) wait here for the case archive. A dispute
 * that relapses and closes again leaves a second record, told apart by its version. Contract: in
 * {@code DisputeRepositoryContract}.
 */
@PublishedModel
public interface DisputeArchiveOutbox {

    /** Records not yet delivered, oldest close first, at most {@code limit}. */
    List<ClosedDisputeRecord> pending(int limit);

    /**
     * Up to {@code limit} pending records, oldest close first, that no one holds at {@code now}, now held by the caller
     * until {@code now + lease}: instances relaying the same outbox take disjoint records, and the records of an
     * instance that dies are taken again after its lease.
     */
    List<ClosedDisputeRecord> claim(Instant now, Duration lease, int limit);

    /** The record of this close reached the archive. Repeating it changes nothing. */
    void delivered(DisputeId disputeId, long version);
}
