package org.shizhi.domain.grid.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.grid.port.in.RecordTrainingUseCase;
import org.shizhi.domain.grid.port.in.TrainingQuery;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.port.out.TrainingRecords;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Slice;

/**
 * 网格员培训: a grid worker's training attendance, recorded by the staff who answer for the grid, read by them, by the
 * auditor and by the worker themself, and summed per worker for the assessment. Every "now" is the injected clock's.
 */
public final class TrainingService implements RecordTrainingUseCase, TrainingQuery {

    /** The posts whose holders are grid workers (网格员), the only people a training record is for. */
    static final Set<GridPost> WORKER_POSTS = Set.of(GridPost.RESPONSIBLE_WORKER, GridPost.ASSISTANT_WORKER);

    private final GridRepository grids;
    private final TrainingRecords records;
    private final Clock clock;

    public TrainingService(GridRepository grids, TrainingRecords records, Clock clock) {
        this.grids = grids;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public TrainingAttendance record(Actor actor, RecordTraining command) {
        var by = actor.acting(Permission.RECORD_TRAINING);
        requireWorker(actor, command.grid(), command.worker());
        if (command.attendedOn().isAfter(LocalDate.now(clock.withZone(org.shizhi.domain.shared.WorkingTime.ZONE)))) {
            throw new InvalidValueException("attendedOn", "a training is recorded once attended, not for " + command.attendedOn());
        }
        TrainingAttendance attendance = new TrainingAttendance(TrainingAttendance.Id.random(), command.grid(), command.worker(),
                command.course(), command.attendedOn(), command.tenths(), clock.instant(), by);
        records.add(attendance);
        return attendance;
    }

    @Override
    public TrainingAttendance training(Actor actor, TrainingAttendance.Id id) {
        actor.require(Permission.READ_TRAINING);
        TrainingAttendance found = records.find(id).orElseThrow(() -> new NotFoundException("training", id.value()));
        if (!mayRead(actor, found.grid(), found.worker())) {
            throw new NotFoundException("training", id.value());
        }
        return found;
    }

    @Override
    public Slice<TrainingAttendance> trainings(Actor actor, GridCode grid, MemberId worker, PageRequest page) {
        actor.require(Permission.READ_TRAINING);
        if (!mayRead(actor, grid, worker)) {
            throw new NotFoundException("member", worker.value() + " on grid " + grid.value());
        }
        return records.ofWorker(grid, worker, page);
    }

    @Override
    public Map<MemberId, Long> trainingTenthsByWorker(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        actor.require(Permission.READ_TRAINING_FIGURES);
        actor.requireJurisdiction(area, "area", area);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("to", "the days run from 'from' to 'to', which is not before it");
        }
        return records.tenthsByWorker(area, from, to);
    }

    /** Inside the caller's jurisdiction; a grid worker (who holds no other role) reads their own records only. */
    private static boolean mayRead(Actor actor, GridCode grid, MemberId worker) {
        if (!actor.answersFor(grid.community())) {
            return false;
        }
        boolean onlyWorker = actor.roles().stream().allMatch(r -> r == Role.GRID_WORKER);
        return !onlyWorker || actor.gridMemberId().equals(worker.value().toString());
    }

    private void requireWorker(Actor actor, GridCode code, MemberId worker) {
        actor.requireJurisdiction(code.community(), "grid", code.value());
        var grid = grids.find(code).orElseThrow(() -> new NotFoundException("grid", code.value()));
        boolean isWorker = grid.members().stream().anyMatch(m -> m.id().equals(worker) && WORKER_POSTS.contains(m.post()));
        if (!isWorker) {
            throw new NotFoundException("member", worker.value() + " as a grid worker on grid " + code.value());
        }
    }
}
