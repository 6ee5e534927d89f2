package org.shizhi.domain.archive.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/**
 * The append-only, hash-chained audit log. {@link #append} links the event to the current head with
 * {@code AuditChain.link} atomically, also when several instances append at once, so the chain has no fork and no
 * gap. Contract: {@code AuditLogContract}.
 */
public interface AuditLog {

    AuditEntry append(AuditEvent event);

    /**
     * Entries the filter admits, newest first: the page after the request's position ({@link #sequencePosition}),
     * every condition of the filter applied in the query.
     */
    Slice<AuditEntry> list(AuditFilter filter, PageRequest page);

    /** An entry's place in {@link #list}: its sequence, which is key and id both. */
    static Position sequencePosition(AuditEntry entry) {
        return new Position(Long.toString(entry.sequence()), Long.toString(entry.sequence()));
    }

    /** The sequence a position names; one {@link #sequencePosition} did not write is an invalid {@code cursor}. */
    static long sequenceOf(Position position) {
        try {
            return Long.parseLong(position.key());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
        }
    }

    /** The chain in order from {@code fromSequence} (inclusive), at most {@code limit} entries: for verification. */
    List<AuditEntry> chain(long fromSequence, int limit);

    /** The last entry's sequence and hash as the log's head records them, empty before the first append. */
    Optional<Head> head();

    record Head(long sequence, String hash) {
    }
}
