package org.shizhi.domain.archive.port.in;

import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.archive.model.ChainVerdict;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** For auditors only: the audit log of their city, and a check of the whole chain. */
public interface AuditQuery {

    /** Entries newest first, a page (at most 100) after the request's position; the filter's city must be the auditor's. */
    Slice<AuditEntry> entries(Actor actor, AuditFilter filter, PageRequest page);

    /** Recomputes every link; names the first broken one. */
    ChainVerdict verify(Actor actor);
}
