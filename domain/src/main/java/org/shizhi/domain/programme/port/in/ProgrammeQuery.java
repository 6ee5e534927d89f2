package org.shizhi.domain.programme.port.in;

import org.shizhi.domain.shared.Permission;
import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.programme.model.ProgrammeRun;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * Reads what recurring programmes did. Runs: {@link Permission#READ_PROGRAMME_RUNS}, for the
 * caller's own city (another city's answers 404). Visit tasks: every staff role, inside the caller's jurisdiction.
 */
public interface ProgrammeQuery {

    int MAX_LIMIT = 200;

    /** The city's programme runs, the latest due first. */
    List<ProgrammeRun> runs(Actor actor, AreaCode city, int limit);

    /**
     * Visit tasks on grids inside the area for days {@code from} to {@code to} inclusive (at most 31 days), by day then
     * grid, a page after the request's position.
     */
    Slice<VisitTask> visitTasks(Actor actor, AreaCode area, LocalDate from, LocalDate to, PageRequest page);

    /** One visit task with its findings; a task outside the caller's jurisdiction is not found. */
    VisitTask visitTask(Actor actor, VisitTaskId id);
}
