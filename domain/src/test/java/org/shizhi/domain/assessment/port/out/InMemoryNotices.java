package org.shizhi.domain.assessment.port.out;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.NoticeSummary;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.ConflictException;

/** Notices in a map, for domain tests; refuses to overwrite a published one as a store must. */
public final class InMemoryNotices implements Notices {

    private final Map<UUID, Notice> stored = new HashMap<>();

    @Override
    public synchronized void save(Notice notice) {
        Notice before = stored.get(notice.id());
        if (before != null && before.published()) {
            throw new ConflictException("notice", "notice " + notice.id() + " is published and does not change");
        }
        stored.put(notice.id(), notice);
    }

    @Override
    public synchronized Optional<Notice> find(UUID id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized Slice<NoticeSummary> list(AreaCode area, NoticeSummary.Filter filter, PageRequest page) {
        return InMemoryPages.page(java.util.List.copyOf(stored.values()).stream().filter(filter::commendsUnit).map(NoticeSummary::of)
                        .filter(n -> area.contains(n.within()) && filter.matches(n)),
                page, Notices::draftedPosition, InMemoryPages.byInstant(true));
    }
}
