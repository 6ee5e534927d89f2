package org.shizhi.domain.assessment.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.assessment.model.SupervisionFilter;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Supervision tasks with their reports and verifications. Contract: {@code SupervisionTasksContract}. */
public interface SupervisionTasks {

    /**
     * Inserts a task at version 1, else replaces version - 1 with it (adding the reports and verifications not stored
     * yet), all or nothing; a task changed meanwhile is a {@code StaleVersionException} and nothing is written.
     */
    void save(SupervisionTask task);

    Optional<SupervisionTask> find(UUID id);

    /** Tasks whose {@code area} lies inside the given area, matching the filter, newest opened first. */
    Slice<SupervisionTask> list(AreaCode area, SupervisionFilter filter, PageRequest page);

    /**
     * Tasks inside the area owing a report past their deadline at {@code now}, earliest deadline first; for a
     * department's staff ({@code department}) other departments' tasks left out.
     */
    Slice<SupervisionTask> overdue(AreaCode area, Instant now, Optional<String> department, PageRequest page);

    /** Overdue tasks inside the area never escalated, earliest deadline first, at most {@code limit}. */
    List<SupervisionTask> overdueUnescalated(AreaCode area, Instant now, int limit);

    /** A task's place in {@link #list}: when it was opened (newest first), then its id. */
    static Position openedPosition(SupervisionTask task) {
        return Position.of(task.openedAt(), task.id());
    }

    /** A task's place in {@link #overdue}: the instant its deadline passes, then its id. */
    static Position duePosition(SupervisionTask task) {
        return Position.of(task.deadline().passesAt(), task.id());
    }
}
