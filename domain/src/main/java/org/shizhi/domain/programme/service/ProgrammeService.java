package org.shizhi.domain.programme.service;

import org.shizhi.domain.shared.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.port.in.DisputeChanged;
import org.shizhi.domain.dispute.port.in.OpenDisputeUseCase;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.EventReported;
import org.shizhi.domain.law.model.Person;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionChannel;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.port.in.PetitionUseCase;
import org.shizhi.domain.programme.model.ProgrammeRun;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.programme.port.in.ProgrammeQuery;
import org.shizhi.domain.programme.port.in.RecordFindingUseCase;
import org.shizhi.domain.programme.port.out.ProgrammeRuns;
import org.shizhi.domain.programme.port.out.VisitTaskRepository;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;

/** Reads programme runs and visit tasks, and turns what residents raise on visits into grid events, disputes or petitions. */
public final class ProgrammeService implements ProgrammeQuery, RecordFindingUseCase, org.shizhi.domain.programme.port.in.VisitFiguresQuery {

    public static final int MAX_DAYS = 31;

    private final ProgrammeRuns runs;
    private final VisitTaskRepository tasks;
    private final ReportEventUseCase reporting;
    private final OpenDisputeUseCase disputes;
    private final PetitionUseCase petitions;
    private final Clock clock;

    public ProgrammeService(ProgrammeRuns runs, VisitTaskRepository tasks, ReportEventUseCase reporting, OpenDisputeUseCase disputes,
                            PetitionUseCase petitions, Clock clock) {
        this.runs = Objects.requireNonNull(runs);
        this.tasks = Objects.requireNonNull(tasks);
        this.reporting = Objects.requireNonNull(reporting);
        this.disputes = Objects.requireNonNull(disputes);
        this.petitions = Objects.requireNonNull(petitions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<ProgrammeRun> runs(Actor actor, AreaCode city, int limit) {
        actor.require(Permission.READ_PROGRAMME_RUNS);
        checkLimit(limit);
        if (!actor.city().equals(city.cityCode())) {
            throw new NotFoundException("city", city);
        }
        return runs.recent(city.cityCode(), limit);
    }

    @Override
    public java.util.Map<org.shizhi.domain.grid.model.MemberId, Long> visitsMadeByWorker(Actor actor, AreaCode area, LocalDate from,
                                                                                       LocalDate to) {
        actor.require(Permission.READ_VISIT_FIGURES);
        actor.requireJurisdiction(area, "area", area);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("to", "the days run from 'from' to 'to', which is not before it");
        }
        return tasks.visitsMade(area, from, to, java.util.EnumSet.of(org.shizhi.domain.grid.model.GridPost.RESPONSIBLE_WORKER,
                org.shizhi.domain.grid.model.GridPost.ASSISTANT_WORKER));
    }

    @Override
    public Slice<VisitTask> visitTasks(Actor actor, AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
        actor.require(Permission.READ_VISIT_TASKS);
        actor.requireJurisdiction(area, "area", area);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("to", "the days run from 'from' to 'to', which is not before it");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidValueException("to", "ask for at most " + MAX_DAYS + " days of visit tasks at a time");
        }
        return tasks.within(area, from, to, page);
    }

    @Override
    public VisitTask visitTask(Actor actor, VisitTaskId id) {
        actor.require(Permission.READ_VISIT_TASKS);
        return tasks.find(id).filter(t -> actor.answersFor(t.grid().community()))
                .orElseThrow(() -> new NotFoundException("visit task", id));
    }

    @Override
    public FindingRecorded recordFinding(Actor actor, RecordFindingCommand command) {
        actor.require(Permission.RECORD_FINDING);
        VisitTask task = tasks.find(command.task()).filter(t -> actor.answersFor(t.grid().community()))
                .orElseThrow(() -> new NotFoundException("visit task", command.task()));
        if (!actor.gridMemberId().equals(task.member().value().toString())) {
            throw new AccessDeniedException("visit task " + task.id() + " is cadre " + task.member()
                    + "'s: only the cadre who made the visit records what residents raised on it");
        }
        Optional<VisitFinding> earlier = task.finding(command.key());
        if (earlier.isPresent()) {
            return repeated(task, earlier.get(), command);
        }
        if (task.findings().size() >= VisitTask.MAX_FINDINGS) {
            throw new ConflictException("findings", "visit task " + task.id() + " already records " + VisitTask.MAX_FINDINGS + " findings");
        }
        // Two contexts, two writes, no shared transaction: the dispute (or event) first, then the finding naming it.
        // A dispute is opened under an intake reference naming task and key, and an event under the id that reference
        // gives, so repeating a finding whose second write failed finds the dispute opened (or the event reported) the
        // first time instead of making another (docs/disputes.md). A petition likewise is received under the id the
        // reference gives.
        VisitFinding finding = switch (command.kind()) {
            case DISPUTE -> VisitFinding.dispute(command.key(), openDispute(actor, task, command), clock.instant());
            case PETITION -> VisitFinding.petition(command.key(), command.category(), filePetition(actor, task, command), clock.instant());
            case GRID_EVENT -> VisitFinding.event(command.key(), command.kind(), command.category(), reportEvent(actor, task, command),
                    clock.instant());
        };
        VisitFinding recorded = tasks.addFinding(task.id(), finding);
        VisitTask now = tasks.find(task.id()).orElseThrow(() -> new NotFoundException("visit task", task.id()));
        return new FindingRecorded(now, recorded, !recorded.equals(finding));
    }

    /**
     * The intake reference of what a finding opens, reports or files (a dispute, or a grid event or a petition by its
     * id): unique per task and finding key.
     */
    public static String intakeReference(VisitTaskId task, String key) {
        return "visit-finding:" + task + ":" + key;
    }

    private DisputeId openDispute(Actor actor, VisitTask task, RecordFindingCommand command) {
        RecordFindingUseCase.DisputeDetails d = command.dispute().orElseThrow();
        Dispute.Intake intake = new Dispute.Intake(DisputeSource.NIGHT_VISIT, Optional.empty(), task.grid().community(), d.type(),
                d.parties(), command.text(), d.claims(), d.amount(), d.peopleInvolved(), d.risk(), d.petitionBacklog(),
                MediationChannel.PEOPLE);
        DisputeChanged opened = disputes.open(actor, new OpenDisputeUseCase.OpenDisputeCommand(intake,
                Optional.of(intakeReference(task.id(), command.key()))));
        return opened.dispute().id();
    }

    /** The resident petitions on the visit: received in the grid's community, channel VISIT, linked to the task. */
    private PetitionId filePetition(Actor actor, VisitTask task, RecordFindingCommand command) {
        RecordFindingUseCase.PetitionDetails p = command.petition().orElseThrow();
        Person petitioner = new Person(command.resident().name(), p.idNumber(), command.resident().phone());
        Petition.Intake intake = new Petition.Intake(task.grid().community(), petitioner, command.text(), PetitionChannel.VISIT,
                p.agency(), Optional.empty(), Optional.of(task.id().value()));
        PetitionId id = PetitionId.ofReference(intakeReference(task.id(), command.key()));
        // Received under this id, or refused: the answer is the petition with this id.
        petitions.receive(actor, new PetitionUseCase.Receive(intake, Optional.of(id)));
        return id;
    }

    private GridEventId reportEvent(Actor actor, VisitTask task, RecordFindingCommand command) {
        EventReported reported = reporting.report(actor, new ReportEventUseCase.ReportEventCommand(new EventIntake(task.grid(),
                command.category(), command.text(), EventChannel.RESIDENT, command.resident(), Optional.empty(), List.of()),
                Optional.of(GridEventId.ofReference(intakeReference(task.id(), command.key())))));
        return reported.event().id();
    }

    /** The same key again: the finding recorded then, provided it is the same kind of finding. */
    private static FindingRecorded repeated(VisitTask task, VisitFinding earlier, RecordFindingCommand command) {
        if (earlier.kind() != command.kind()) {
            throw new ConflictException("key", "visit task " + task.id() + " already records a " + earlier.kind()
                    + " finding under key " + command.key() + ", not a " + command.kind() + " one");
        }
        return new FindingRecorded(task, earlier, true);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit is 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

}
