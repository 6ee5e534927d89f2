package org.shizhi.domain.archive.port.in;

import org.shizhi.domain.archive.model.AuditAction;
import java.util.Optional;
import java.time.Instant;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.archive.model.ChainVerdict;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * For auditors: the audit log of their city, and a check of the whole chain. For everyone: their own trail.
 */
public interface AuditQuery {

    /** Entries newest first, a page (at most 100) after the request's position; the filter's city must be the auditor's. */
    Slice<AuditEntry> entries(Actor actor, AuditFilter filter, PageRequest page);

    /** Recomputes every link; names the first broken one. */
    ChainVerdict verify(Actor actor);

    /**
     * The caller's own entries (subject and city the caller's), newest first, a page (at most 100): what they searched,
     * read and exported. The filter's city and subject are set here, whatever is asked. Every role.
     */
    Slice<AuditEntry> ownEntries(Actor actor, Optional<AuditAction> action, Optional<Instant> from, Optional<Instant> to,
                                 PageRequest page);
}
