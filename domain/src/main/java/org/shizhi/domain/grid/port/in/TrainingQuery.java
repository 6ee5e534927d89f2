package org.shizhi.domain.grid.port.in;

import java.time.LocalDate;
import java.util.Map;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;

/**
 * Reads of training attendance. Records: {@link Permission#READ_TRAINING}, the grid inside the caller's jurisdiction; a
 * grid worker reads their own only. The assessment's figure: {@link Permission#READ_TRAINING_FIGURES}.
 */
public interface TrainingQuery {

    /** One record; outside the caller's reach it is not found. */
    TrainingAttendance training(Actor actor, TrainingAttendance.Id id);

    /** A worker's records on a grid, the latest day first. */
    Slice<TrainingAttendance> trainings(Actor actor, GridCode grid, MemberId worker, PageRequest page);

    /**
     * The tenths of hours of training attended on days {@code from} to {@code to} (both included) by every worker on a
     * grid inside {@code area}, summed by the store per worker; the area in the caller's jurisdiction.
     */
    Map<MemberId, Long> trainingTenthsByWorker(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
