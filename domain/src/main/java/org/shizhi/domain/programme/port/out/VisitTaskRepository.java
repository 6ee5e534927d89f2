package org.shizhi.domain.programme.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.shared.AreaCode;

/** Visit tasks planned by programmes and the findings recorded on them. Contract: {@code VisitTaskRepositoryContract}. */
public interface VisitTaskRepository {

    /**
     * Stores the tasks not planned already (same programme, grid, member and day); answers how many it stored. A run
     * that is repeated after a failure thus plans nothing twice.
     */
    int plan(List<VisitTask> tasks);

    Optional<VisitTask> find(VisitTaskId id);

    /** Tasks on grids inside {@code area} to be made from {@code from} to {@code to} inclusive, by day then grid; at most {@code limit}. */
    List<VisitTask> within(AreaCode area, LocalDate from, LocalDate to, int limit);

    /** Appends a finding to the task. @throws org.shizhi.domain.shared.NotFoundException if there is no such task */
    void addFinding(VisitTaskId task, VisitFinding finding);
}
