package org.shizhi.domain.grid.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The read side of the case-archive outbox: the records that closes left (written by
 * {@link GridEventRepository#save(EventWrite)} in the close's own transaction, see {@link EventWrite}), for a relay to
 * hand to the case archive. If the archive is down, records wait here; nothing is lost. Contract: in
 * {@code GridEventRepositoryContract}, since the outbox lives in the events' storage.
 */
@PublishedModel
public interface CaseArchiveOutbox {

    /** Records not yet delivered, oldest close first, at most {@code limit}. */
    List<ClosedEventRecord> pending(int limit);

    /**
     * Up to {@code limit} pending records, oldest close first, that no one holds at {@code now}, now held by the caller
     * until {@code now + lease}: instances relaying the same outbox take disjoint records, and the records of an
     * instance that dies are taken again after its lease.
     */
    List<ClosedEventRecord> claim(Instant now, Duration lease, int limit);

    /** The record of this event reached the archive; it is no longer pending. Repeating it changes nothing. */
    void delivered(GridEventId eventId);
}
