package org.shizhi.domain.programme.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.EventReported;
import org.shizhi.domain.programme.model.ProgrammeRun;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.port.in.ProgrammeQuery;
import org.shizhi.domain.programme.port.in.RecordFindingUseCase;
import org.shizhi.domain.programme.port.out.ProgrammeRuns;
import org.shizhi.domain.programme.port.out.VisitTaskRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Role;

/** Reads programme runs and visit tasks, and turns what residents raise on visits into grid events. */
public final class ProgrammeService implements ProgrammeQuery, RecordFindingUseCase {

    public static final int MAX_DAYS = 31;

    private final ProgrammeRuns runs;
    private final VisitTaskRepository tasks;
    private final ReportEventUseCase reporting;
    private final Clock clock;

    public ProgrammeService(ProgrammeRuns runs, VisitTaskRepository tasks, ReportEventUseCase reporting, Clock clock) {
        this.runs = Objects.requireNonNull(runs);
        this.tasks = Objects.requireNonNull(tasks);
        this.reporting = Objects.requireNonNull(reporting);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<ProgrammeRun> runs(Actor actor, AreaCode city, int limit) {
        actor.requireAnyRole(Role.CITY_ADMIN, Role.AUDITOR, Role.INTEGRATOR);
        checkLimit(limit);
        if (!actor.city().equals(city.cityCode())) {
            throw new NotFoundException("city", city);
        }
        return runs.recent(city.cityCode(), limit);
    }

    @Override
    public List<VisitTask> visitTasks(Actor actor, AreaCode area, LocalDate from, LocalDate to, int limit) {
        actor.requireAnyRole(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR,
                Role.INTEGRATOR);
        actor.requireJurisdiction(area, "area", area);
        checkLimit(limit);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("to", "the days run from 'from' to 'to', which is not before it");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidValueException("to", "ask for at most " + MAX_DAYS + " days of visit tasks at a time");
        }
        return tasks.within(area, from, to, limit);
    }

    @Override
    public EventReported recordFinding(Actor actor, RecordFindingCommand command) {
        actor.requireAnyRole(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.INTEGRATOR);
        VisitTask task = tasks.find(command.task()).filter(t -> actor.answersFor(t.grid().community()))
                .orElseThrow(() -> new NotFoundException("visit task", command.task()));
        if (task.findings().size() >= VisitTask.MAX_FINDINGS) {
            throw new org.shizhi.domain.shared.ConflictException("findings", "visit task " + task.id() + " already records "
                    + VisitTask.MAX_FINDINGS + " findings");
        }
        // The seam for the dispute context: a DISPUTE finding goes to dispute intake there; until then it is a grid
        // event of category DISPUTE, which the grid flow and the weekly digest already handle.
        EventReported reported = reporting.report(actor, new ReportEventUseCase.ReportEventCommand(new EventIntake(task.grid(),
                command.category(), command.text(), EventChannel.RESIDENT, command.resident(), Optional.empty(), List.of())));
        tasks.addFinding(task.id(), new VisitFinding(command.kind(), command.category(), reported.event().id(), clock.instant()));
        return reported;
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit is 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

}
