package org.shizhi.domain.programme.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.Page;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.shared.AreaCode;

/** Visit tasks planned by programmes and the findings recorded on them. Contract: {@code ProgrammeStorageContract}. */
public interface VisitTaskRepository {

    /**
     * Stores the tasks not planned already (same programme, grid, member and day); answers how many it stored. A run
     * that is repeated after a failure thus plans nothing twice.
     */
    int plan(List<VisitTask> tasks);

    Optional<VisitTask> find(VisitTaskId id);

    /** Tasks on grids inside {@code area} to be made from {@code from} to {@code to} inclusive, by day, grid, then id; the page of them. */
    List<VisitTask> within(AreaCode area, LocalDate from, LocalDate to, Page page);

    /**
     * Appends a finding to the task unless the task already records one under the finding's key (also when another
     * caller appends it at the same time); answers the finding the task records under that key.
     *
     * @throws org.shizhi.domain.shared.NotFoundException if there is no such task
     */
    VisitFinding addFinding(VisitTaskId task, VisitFinding finding);
}
