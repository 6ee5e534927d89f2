package org.shizhi.domain.grid.port.out;

import java.util.List;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.GridEventId;

/**
 * The read side of the case-archive outbox: the records that closes left (written by
 * {@link GridEventRepository#save(EventWrite)} in the close's own transaction, see {@link EventWrite}), for a relay to
 * hand to the case archive. If the archive is down, records wait here; nothing is lost. Contract: in
 * {@code GridEventRepositoryContract}, since the outbox lives in the events' storage.
 */
public interface CaseArchiveOutbox {

    /** Records not yet delivered, oldest close first, at most {@code limit}. */
    List<ClosedEventRecord> pending(int limit);

    /** The record of this event reached the archive; it is no longer pending. Repeating it changes nothing. */
    void delivered(GridEventId eventId);
}
