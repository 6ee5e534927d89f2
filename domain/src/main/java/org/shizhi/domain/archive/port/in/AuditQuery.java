package org.shizhi.domain.archive.port.in;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.archive.model.ChainVerdict;
import org.shizhi.domain.shared.Actor;

/** For auditors only: the audit log of their city, and a check of the whole chain. */
public interface AuditQuery {

    /** Entries newest first; the filter's city must be the auditor's. */
    List<AuditEntry> entries(Actor actor, AuditFilter filter, Optional<Long> beforeSequence, int limit);

    /** Recomputes every link; names the first broken one. */
    ChainVerdict verify(Actor actor);
}
