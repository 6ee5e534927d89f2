package org.shizhi.domain.assessment.port.out;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.assessment.model.SupervisionFilter;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/** Supervision tasks in a map, for domain tests; versions checked as a store checks them. */
public final class InMemorySupervisionTasks implements SupervisionTasks {

    private final Map<UUID, SupervisionTask> stored = new LinkedHashMap<>();

    @Override
    public synchronized void save(SupervisionTask task) {
        SupervisionTask before = stored.get(task.id());
        long expected = before == null ? 0 : before.version();
        if (task.version() != expected + 1) {
            throw new StaleVersionException("supervision task " + task.id() + " is at version " + expected + ", not "
                    + (task.version() - 1));
        }
        stored.put(task.id(), task);
    }

    @Override
    public synchronized Optional<SupervisionTask> find(UUID id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized Slice<SupervisionTask> list(AreaCode area, SupervisionFilter filter, PageRequest page) {
        return InMemoryPages.page(List.copyOf(stored.values()).stream().filter(t -> area.contains(t.area()) && filter.matches(t)),
                page, SupervisionTasks::openedPosition, InMemoryPages.byInstant(true));
    }

    @Override
    public synchronized Slice<SupervisionTask> overdue(AreaCode area, Instant now, Optional<String> department, PageRequest page) {
        return InMemoryPages.page(List.copyOf(stored.values()).stream().filter(t -> area.contains(t.area()) && t.overdue(now)
                        && SupervisionFilter.visibleTo(department, t)),
                page, SupervisionTasks::duePosition, InMemoryPages.byInstant(false));
    }

    @Override
    public synchronized List<SupervisionTask> overdueUnescalated(AreaCode area, Instant now, int limit) {
        return stored.values().stream().filter(t -> area.contains(t.area()) && t.overdue(now) && t.escalation().isEmpty())
                .sorted(Comparator.comparing(SupervisionTasks::duePosition, InMemoryPages.byInstant(false))).limit(limit).toList();
    }
}
