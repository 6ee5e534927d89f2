package org.shizhi.domain.archive.port.out;

import java.util.List;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;

/**
 * One source of case records waiting for the archive: the grid context's outbox of closed events, the dispute
 * context's outbox of concluded disputes. Each source is a small mapping class (in {@code app}) over that context's
 * outbox. Claimed records stay with the claimer for a lease; one not {@link #delivered} in time is claimed again,
 * so delivery is at least once (the store makes it idempotent).
 */
public interface PendingCaseRecords {

    /** The source's name, for logs. */
    String name();

    /** Up to {@code limit} records no one else holds, now held by this caller for the source's lease. */
    List<CaseRecord> claim(int limit);

    /** These records are in the archive's store: the source forgets them. */
    void delivered(List<CaseId> ids);
}
