package org.shizhi.domain.law.port.out;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.PublicityEventId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/** Law-publicity events in memory. */
public final class InMemoryPublicityRepository implements PublicityRepository {

    private final Map<PublicityEventId, PublicityEvent> events = new LinkedHashMap<>();

    @Override
    public synchronized void add(PublicityEvent event) {
        if (events.putIfAbsent(event.id(), event) != null) {
            throw new StaleVersionException("publicity event " + event.id() + " is recorded already");
        }
    }

    @Override
    public synchronized Slice<PublicityEvent> within(AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
        return InMemoryPages.page(events.values().stream().filter(e -> area.contains(e.area()))
                .filter(e -> !e.heldOn().isBefore(from) && !e.heldOn().isAfter(to)), page,
                PublicityRepository::datePosition, InMemoryPages.byDate());
    }
}
