package org.shizhi.domain.assessment.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.SupervisionFilter;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.assessment.port.in.EscalateOverdueSupervisionUseCase;
import org.shizhi.domain.assessment.port.in.SupervisionUseCase;
import org.shizhi.domain.assessment.port.out.Notices;
import org.shizhi.domain.assessment.port.out.SupervisionTasks;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.port.in.GridWorkerPlacesQuery;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * Supervision tasks (督查督办) opened from published notices: role (403), the task or notice inside the caller's
 * jurisdiction (404), who the caller is to the task (403: the unit's own staff report, the supervisor verifies), the
 * version read (412), then the task's own rule (400/409), then one write. Deadlines are counted in working days on the
 * work calendar, from the instant the task is opened or sent back.
 */
public final class SupervisionService implements SupervisionUseCase, EscalateOverdueSupervisionUseCase {

    public static final int MAX_ESCALATIONS = 1_000;

    private final Notices notices;
    private final SupervisionTasks tasks;
    private final GridWorkerPlacesQuery workerPlaces;
    private final WorkCalendar calendar;
    private final Clock clock;

    /** {@code workerPlaces}: where a criticised grid worker works, read through the grid context's port. */
    public SupervisionService(Notices notices, SupervisionTasks tasks, GridWorkerPlacesQuery workerPlaces, WorkCalendar calendar,
                              Clock clock) {
        this.notices = Objects.requireNonNull(notices);
        this.tasks = Objects.requireNonNull(tasks);
        this.workerPlaces = Objects.requireNonNull(workerPlaces);
        this.calendar = Objects.requireNonNull(calendar);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public SupervisionTask open(Actor actor, OpenTask command) {
        actor.require(Permission.OPEN_SUPERVISION_TASK);
        Notice notice = notices.find(command.notice()).orElseThrow(() -> new NotFoundException("notice", command.notice()));
        actor.requireJurisdiction(notice.within(), "notice", command.notice());
        Instant now = clock.instant();
        SupervisionTask task = SupervisionTask.open(UUID.randomUUID(), notice, command.unit(), command.issue(), command.indicators(),
                Deadline.after(calendar, now, command.workingDays()), now, actor.subject(), workerPlace(actor, notice, command.unit()));
        tasks.save(task);
        return task;
    }

    @Override
    public SupervisionTask report(Actor actor, ReportRectification command) {
        actor.require(Permission.REPORT_RECTIFICATION);
        SupervisionTask task = visible(actor, command.task());
        switch (task.unit().subject()) {
            case DEPARTMENT -> actor.requireDepartment(task.unit().key());
            case GRID_WORKER -> {
                if (!actor.has(Role.GRID_WORKER) || !actor.gridMemberId().equals(task.unit().key())) {
                    throw new AccessDeniedException("a grid worker's rectification is reported by the worker, grid member "
                            + task.unit().key());
                }
            }
            case AREA -> {
                if (!actor.jurisdiction().equals(task.area())) {
                    throw new AccessDeniedException("a rectification is reported by the unit's own staff: the caller answers for "
                            + actor.jurisdiction() + ", the unit is " + task.area());
                }
            }
        }
        SupervisionTask reported = current(task, command.version())
                .report(command.account(), command.evidence(), clock.instant(), actor.subject());
        tasks.save(reported);
        return reported;
    }

    @Override
    public SupervisionTask verify(Actor actor, VerifyRectification command) {
        actor.require(Permission.VERIFY_RECTIFICATION);
        SupervisionTask task = visible(actor, command.task());
        if (!actor.answersFor(task.within())) {
            throw new AccessDeniedException("a rectification is verified by the supervisor, who answers for " + task.within()
                    + "; the caller answers for " + actor.jurisdiction());
        }
        if (task.reportedBy().filter(actor.subject()::equals).isPresent()) {
            throw new AccessDeniedException("a rectification is verified by someone other than who reported it");
        }
        current(task, command.version());
        Instant now = clock.instant();
        SupervisionTask verified = switch (command.verdict()) {
            case ACCEPTED -> task.accept(now, actor.subject());
            case SENT_BACK -> task.sendBack(command.reason().orElseThrow(),
                    Deadline.after(calendar, now, command.workingDays().orElseThrow()), now, actor.subject());
        };
        tasks.save(verified);
        return verified;
    }

    @Override
    public SupervisionTask task(Actor actor, UUID id) {
        actor.require(Permission.READ_SUPERVISION_TASKS);
        return visible(actor, id);
    }

    @Override
    public Slice<SupervisionTask> tasks(Actor actor, AreaCode area, SupervisionFilter filter, PageRequest page) {
        actor.require(Permission.READ_SUPERVISION_TASKS);
        actor.requireJurisdiction(area, "area", area);
        Optional<String> worker = ownWorkerTasks(actor);
        return tasks.list(area, worker.map(filter::forWorker).orElseGet(() -> ownDepartment(actor).map(filter::forDepartment)
                .orElse(filter)), page);
    }

    @Override
    public Slice<SupervisionTask> overdue(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_OVERDUE_SUPERVISION_TASKS);
        actor.requireJurisdiction(area, "area", area);
        return tasks.overdue(area, clock.instant(), ownDepartment(actor), page);
    }

    @Override
    public Run escalateOverdue(Actor actor, int limit) {
        actor.require(Permission.ESCALATE_OVERDUE);
        if (limit < 1 || limit > MAX_ESCALATIONS) {
            throw new InvalidValueException("limit", "escalate 1 to " + MAX_ESCALATIONS + " tasks at a time, got " + limit);
        }
        Instant now = clock.instant();
        List<SupervisionTask> escalated = new ArrayList<>();
        List<UUID> skipped = new ArrayList<>();
        for (SupervisionTask task : tasks.overdueUnescalated(actor.jurisdiction(), now, limit)) {
            if (!actor.answersFor(task.area()) || task.escalation().isPresent() || !task.overdue(now)) {
                skipped.add(task.id());
                continue;
            }
            try {
                SupervisionTask done = task.escalate(now);
                tasks.save(done);
                escalated.add(done);
            } catch (StaleVersionException | ConflictException another) {
                // Reported meanwhile, or escalated by another instance: its write won.
                skipped.add(task.id());
            }
        }
        return new Run(escalated, skipped);
    }

    /**
     * The task, if the caller may see it: inside their jurisdiction, and for a department's staff (reading as such) not
     * another department's; otherwise not found, so that its existence does not leak.
     */
    private SupervisionTask visible(Actor actor, UUID id) {
        SupervisionTask task = tasks.find(id).orElseThrow(() -> new NotFoundException("supervision task", id));
        actor.requireJurisdiction(task.area(), "supervision task", id);
        if (!SupervisionFilter.visibleTo(ownDepartment(actor), ownWorkerTasks(actor), task)) {
            throw new NotFoundException("supervision task", id);
        }
        return task;
    }

    /**
     * Where a criticised grid worker's task lies: the community of the worker's first grid (by code) inside the notice's
     * area and the supervisor's jurisdiction; nothing for a unit that is not a grid worker, or a worker on no such grid.
     */
    private Optional<AreaCode> workerPlace(Actor actor, Notice notice, String unit) {
        boolean worker = notice.of(Notice.Kind.CRITICISE).stream().map(e -> e.unit().unit())
                .anyMatch(u -> u.subject() == Subject.GRID_WORKER && u.key().equals(unit));
        if (!worker) {
            return Optional.empty();
        }
        UUID member;
        try {
            member = UUID.fromString(unit);
        } catch (IllegalArgumentException notAMemberId) {
            return Optional.empty(); // a worker known by a token subject only is on no grid the platform holds
        }
        return workerPlaces.gridsOf(actor, new MemberId(member)).stream().map(GridCode::community)
                .filter(notice.within()::contains).findFirst();
    }

    /** The grid member id a caller reads for when a grid worker is all they are (of the roles that read tasks). */
    private static Optional<String> ownWorkerTasks(Actor actor) {
        return Permission.READ_SUPERVISION_TASKS.roles().stream().filter(actor::has).findFirst().orElseThrow() == Role.GRID_WORKER
                ? Optional.of(actor.gridMemberId()) : Optional.empty();
    }

    /**
     * The department a caller reads for when a department's staff is all they are: another department's tasks are not
     * theirs to read. Supervisors, auditors and community staff read every task of their jurisdiction.
     */
    private static Optional<String> ownDepartment(Actor actor) {
        if (Permission.READ_SUPERVISION_TASKS.roles().stream().filter(actor::has).findFirst().orElseThrow() != Role.DEPARTMENT) {
            return Optional.empty();
        }
        return Optional.of(actor.department().orElseThrow(() ->
                new AccessDeniedException("a department's staff read their department's tasks: the token names no department")));
    }

    private static SupervisionTask current(SupervisionTask task, long version) {
        if (task.version() != version) {
            throw new StaleVersionException("supervision task " + task.id() + " is at version " + task.version() + ", not "
                    + version);
        }
        return task;
    }
}
