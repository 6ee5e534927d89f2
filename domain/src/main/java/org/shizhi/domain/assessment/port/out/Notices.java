package org.shizhi.domain.assessment.port.out;

import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.assessment.model.Notice;

/** Notices, drafted and published. A published notice is never written again: the store refuses it as the domain does. */
public interface Notices {

    /** Stores a new draft, or the publication of a stored draft; a conflict if the stored notice is published already. */
    void save(Notice notice);

    Optional<Notice> find(UUID id);
}
