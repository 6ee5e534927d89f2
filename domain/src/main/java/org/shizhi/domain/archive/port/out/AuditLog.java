package org.shizhi.domain.archive.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.AuditFilter;

/**
 * The append-only, hash-chained audit log. {@link #append} links the event to the current head with
 * {@code AuditChain.link} atomically, also when several instances append at once, so the chain has no fork and no
 * gap. Contract: {@code AuditLogContract}.
 */
public interface AuditLog {

    AuditEntry append(AuditEvent event);

    /** Entries the filter admits, newest first, before {@code beforeSequence} if given, at most {@code limit}. */
    List<AuditEntry> list(AuditFilter filter, Optional<Long> beforeSequence, int limit);

    /** The chain in order from {@code fromSequence} (inclusive), at most {@code limit} entries: for verification. */
    List<AuditEntry> chain(long fromSequence, int limit);

    /** The last entry's sequence and hash as the log's head records them, empty before the first append. */
    Optional<Head> head();

    record Head(long sequence, String hash) {
    }
}
