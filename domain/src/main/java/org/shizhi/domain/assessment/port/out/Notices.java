package org.shizhi.domain.assessment.port.out;

import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.NoticeSummary;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Notices, drafted and published. A published notice is never written again: the store refuses it as the domain does. */
public interface Notices {

    /** Stores a new draft, or the publication of a stored draft; a conflict if the stored notice is published already. */
    void save(Notice notice);

    Optional<Notice> find(UUID id);

    /** Notices of results of areas inside {@code area}, matching the filter, newest drafted first. */
    Slice<NoticeSummary> list(AreaCode area, NoticeSummary.Filter filter, PageRequest page);

    /** A notice's place in {@link #list}: when it was drafted (newest first), then its id. */
    static Position draftedPosition(NoticeSummary notice) {
        return Position.of(notice.draftedAt(), notice.id());
    }
}
