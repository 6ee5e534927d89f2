package org.shizhi.domain.dispute.service;

import org.shizhi.domain.shared.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.dispute.model.DisputeBreakdown;
import org.shizhi.domain.dispute.model.DisputeFigures;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeTransition;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.CentreRouting;
import org.shizhi.domain.dispute.port.in.DisputeChanged;
import org.shizhi.domain.dispute.port.in.DisputeFiguresQuery;
import org.shizhi.domain.dispute.port.in.DisputeQuery;
import org.shizhi.domain.dispute.port.in.DisputeView;
import org.shizhi.domain.dispute.port.in.MediateDisputeUseCase;
import org.shizhi.domain.dispute.port.in.MediationCentresUseCase;
import org.shizhi.domain.dispute.port.in.OpenDisputeUseCase;
import org.shizhi.domain.dispute.port.out.ConsultationRules;
import org.shizhi.domain.dispute.port.out.DisputePolicies;
import org.shizhi.domain.dispute.port.out.DisputeRepository;
import org.shizhi.domain.dispute.port.out.DisputeRouting;
import org.shizhi.domain.dispute.port.out.DisputeTypes;
import org.shizhi.domain.dispute.port.out.DisputeWrite;
import org.shizhi.domain.dispute.port.out.MediationCentreRepository;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.grid.port.in.EventQuery;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * Intake, mediation, follow-up and reads of disputes, and the registry of centres. Each change checks, in this order:
 * the role (403), the dispute in the caller's jurisdiction (404), the version (412), then the flow's rule (409/400);
 * only then is anything written, as one {@link DisputeWrite}.
 */
public final class DisputeService implements OpenDisputeUseCase, MediateDisputeUseCase, DisputeQuery, DisputeFiguresQuery,
        org.shizhi.domain.dispute.port.in.DisputeBreakdownQuery,
        MediationCentresUseCase {

    /** The longest period the figures cover at once. */
    public static final int MAX_FIGURES_DAYS = 3_660;

    private final DisputeRepository disputes;
    private final MediationCentreRepository centres;
    private final EventQuery gridEvents;
    private final DisputeRouting routing;
    private final ConsultationRules consultationRules;
    private final DisputeTypes types;
    private final DisputePolicies policies;
    private final WorkCalendar calendar;
    private final Clock clock;

    public DisputeService(DisputeRepository disputes, MediationCentreRepository centres, EventQuery gridEvents,
                          DisputeRouting routing, ConsultationRules consultationRules, DisputeTypes types,
                          DisputePolicies policies, WorkCalendar calendar, Clock clock) {
        this.disputes = Objects.requireNonNull(disputes);
        this.centres = Objects.requireNonNull(centres);
        this.gridEvents = Objects.requireNonNull(gridEvents);
        this.routing = Objects.requireNonNull(routing);
        this.consultationRules = Objects.requireNonNull(consultationRules);
        this.types = Objects.requireNonNull(types);
        this.policies = Objects.requireNonNull(policies);
        this.calendar = Objects.requireNonNull(calendar);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public DisputeChanged open(Actor actor, OpenDisputeCommand command) {
        Acting by = actor.acting(Permission.OPEN_DISPUTE);
        Dispute.Intake intake = command.intake();
        actor.requireJurisdiction(intake.area(), "area", intake.area());
        if (command.reference().isPresent()) {
            Optional<Dispute> earlier = disputes.ofIntakeReference(command.reference().get());
            if (earlier.isPresent()) {
                return openedEarlier(actor, earlier.get());
            }
        }
        DisputeType type = DisputeType.among(types.of(intake.area().cityCode()), intake.typeCode());
        if (intake.gridEvent().isPresent()) {
            GridEventId eventId = intake.gridEvent().get();
            GridEventView event = gridEvents.event(actor, eventId);
            if (!event.grid().community().equals(intake.area())) {
                throw new InvalidValueException("area", "grid event " + eventId + " lies in community " + event.grid().community()
                        + "; a dispute opened from it is placed there, not in " + intake.area());
            }
            disputes.ofGridEvent(eventId).ifPresent(existing -> {
                throw new ConflictException("gridEventId", "grid event " + eventId + " already led to dispute " + existing.id());
            });
        }
        DisputeFacts facts = intake.disputeFacts(type);
        List<MediationCentre> candidates = centres.covering(intake.area());
        MediationCentre centre = routing.route(intake.area().cityCode(), facts, candidates)
                .orElseThrow(() -> new ConflictException("area", "no mediation centre covers " + intake.area()
                        + ": register the centre of its community, street, district or city first"));
        if (candidates.stream().noneMatch(c -> c.area().equals(centre.area()))) {
            throw new IllegalStateException("the routing policy chose centre " + centre.area() + ", which does not cover " + intake.area());
        }
        Instant now = clock.instant();
        DisputePolicy policy = policies.of(intake.area().cityCode());
        DisputeTransition opened = Dispute.open(DisputeId.random(), intake, type, centre,
                Deadline.after(calendar, now, policy.acceptanceDays()), now, by, command.reference());
        try {
            disputes.save(DisputeWrite.of(opened));
        } catch (StaleVersionException e) {
            // A concurrent open under the same reference won: answer its dispute, as a repeated call would.
            Optional<Dispute> winner = command.reference().flatMap(disputes::ofIntakeReference);
            if (winner.isPresent()) {
                return openedEarlier(actor, winner.get());
            }
            throw e;
        }
        return changed(actor, opened, now);
    }

    /** The dispute opened earlier under the same intake reference, as it stands, with its opening entry. */
    private DisputeChanged openedEarlier(Actor actor, Dispute earlier) {
        actor.requireJurisdiction(earlier.area(), "dispute", earlier.id());
        DisputeChange opening = disputes.timeline(earlier.id()).getFirst();
        return new DisputeChanged(view(actor, earlier, clock.instant()), opening);
    }

    @Override
    public DisputeChanged accept(Actor actor, Accept c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) ->
                d.accept(by, now, Deadline.after(calendar, now, policy(d).conclusionDays()), c.remark()), Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged escalate(Actor actor, Escalate c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> escalation(d, by, now, c.reason()), Permission.MEDIATE_DISPUTE);
    }

    /** The dispute moved to the centre one level up, with a fresh deadline of the kind running. */
    DisputeTransition escalation(Dispute d, Acting by, Instant now, String reason) {
        MediationCentre up = CentreRouting.above(d.centreLevel(), d.type(), centres.covering(d.area()))
                .orElseThrow(() -> new ConflictException("centre", "dispute " + d.id() + " is at the " + d.centreLevel()
                        + " centre and no centre above it covers " + d.area()));
        DisputePolicy policy = policy(d);
        int days = d.state() == DisputeState.OPENED ? policy.acceptanceDays() : policy.conclusionDays();
        return d.escalate(by, now, up, Deadline.after(calendar, now, days), reason);
    }

    @Override
    public DisputeChanged changeChannel(Actor actor, ChangeChannel c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> d.changeChannel(by, now, c.channel(), c.reason()), Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged holdSession(Actor actor, HoldSession c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> {
            MediationCentre centre = centres.find(d.centre()).orElseThrow(() ->
                    new IllegalStateException("dispute " + d.id() + " names centre " + d.centre() + ", which is not registered"));
            for (String mediator : c.session().mediators()) {
                if (!centre.hasMediator(mediator)) {
                    throw new InvalidValueException("mediators", mediator + " is not a mediator of centre " + centre.name()
                            + " (" + centre.area() + ")");
                }
            }
            return d.holdSession(by, now, c.session());
        }, Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged convene(Actor actor, Convene c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> d.convene(by, now, rule(d), c.chosen()), Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged recordOpinion(Actor actor, RecordOpinion c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> d.recordOpinion(by, now, c.body(), c.opinion()), Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged concludeConsultation(Actor actor, ConcludeConsultation c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> d.concludeConsultation(by, now, c.conclusion()), Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged conclude(Actor actor, Conclude c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> {
            LocalDate followUpOn = calendar.addWorkingDays(WorkingTime.dateOf(now), policy(d).followUpDays());
            return d.conclude(by, now, c.outcome(), rule(d), followUpOn);
        }, Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged judicialConfirmation(Actor actor, JudicialConfirmationCommand c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> d.judicialConfirmation(by, now, c.status()), Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged close(Actor actor, Close c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> d.close(by, now, c.remark()), Permission.MEDIATE_DISPUTE);
    }

    @Override
    public DisputeChanged followUp(Actor actor, RecordFollowUp c) {
        return change(actor, c.dispute(), c.expectedVersion(), (d, by, now) -> d.followUp(by, now, c.result(), c.note(),
                        c.result() == FollowUp.Result.RELAPSED ? Deadline.after(calendar, now, policy(d).conclusionDays()) : null),
                Permission.FOLLOW_UP_DISPUTE);
    }

    @Override
    public DisputeView dispute(Actor actor, DisputeId id) {
        actor.require(Permission.READ_DISPUTES);
        return view(actor, load(actor, id), clock.instant());
    }

    @Override
    public List<DisputeChange> timeline(Actor actor, DisputeId id) {
        actor.require(Permission.READ_DISPUTES);
        load(actor, id);
        return disputes.timeline(id);
    }

    @Override
    public Slice<DisputeView> disputes(Actor actor, AreaCode area, Optional<DisputeState> state, PageRequest page) {
        actor.require(Permission.READ_DISPUTES);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        return disputes.within(area, state == null ? Optional.empty() : state, page).map(d -> view(actor, d, now));
    }

    @Override
    public Slice<DisputeView> overdue(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_DISPUTES);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        return disputes.overdue(area, now, page).map(d -> view(actor, d, now));
    }

    @Override
    public DisputeView ofGridEvent(Actor actor, GridEventId event) {
        actor.require(Permission.READ_DISPUTES);
        gridEvents.event(actor, event);
        return disputes.ofGridEvent(event).filter(d -> actor.answersFor(d.area()))
                .map(d -> view(actor, d, clock.instant()))
                .orElseThrow(() -> new NotFoundException("dispute of grid event", event));
    }

    @Override
    public List<DisputeType> types(Actor actor) {
        actor.require(Permission.READ_DISPUTES);
        return types.of(actor.city());
    }

    @Override
    public DisputeFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        actor.require(Permission.READ_DISPUTE_FIGURES);
        actor.requireJurisdiction(area, "area", area);
        requirePeriod(from, to);
        return DisputeFigures.of(area, from, to,
                disputes.openedWithin(area, WorkingTime.startOf(from), WorkingTime.startOf(to.plusDays(1))), calendar);
    }

    @Override
    public DisputeBreakdown breakdown(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        actor.require(Permission.READ_DISPUTE_FIGURES);
        actor.requireJurisdiction(area, "area", area);
        requirePeriod(from, to);
        Instant start = WorkingTime.startOf(from);
        Instant end = WorkingTime.startOf(to.plusDays(1));
        return new DisputeBreakdown(area, from, to, disputes.countByType(area, start, end), disputes.countByChannel(area, start, end));
    }

    @Override
    public List<DisputeTally> tallies(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        actor.require(Permission.READ_DISPUTE_FIGURES);
        actor.requireJurisdiction(within, "area", within);
        if (level == null || !within.level().isAbove(level)) {
            throw new InvalidValueException("level", "the areas counted lie below " + within + ", not at " + level);
        }
        requirePeriod(from, to);
        return disputes.tallies(within, level, WorkingTime.startOf(from), WorkingTime.startOf(to.plusDays(1)));
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", "the period needs its first and last day");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the period ends on or after " + from + ", not on " + to);
        }
        if (from.plusDays(MAX_FIGURES_DAYS).isBefore(to)) {
            throw new InvalidValueException("to", "a period covers at most " + MAX_FIGURES_DAYS + " days");
        }
    }

    @Override
    public MediationCentre register(Actor actor, MediationCentre centre) {
        actor.require(Permission.REGISTER_MEDIATION_CENTRE);
        actor.requireJurisdiction(centre.area(), "area", centre.area());
        List<DisputeType> known = types.of(centre.area().cityCode());
        for (String code : centre.takesTypes()) {
            DisputeType.among(known, code);
        }
        centres.save(centre);
        return centre;
    }

    @Override
    public List<MediationCentre> centres(Actor actor, AreaCode area) {
        actor.require(Permission.READ_MEDIATION_CENTRES);
        if (!actor.maySeeInTree(area)) {
            throw new NotFoundException("area", area);
        }
        return centres.within(area);
    }

    private DisputeChanged change(Actor actor, DisputeId id, long expectedVersion, Step step, Permission permission) {
        Acting by = actor.acting(permission);
        Dispute dispute = load(actor, id);
        requireVersion(dispute, expectedVersion);
        Instant now = clock.instant();
        DisputeTransition transition = step.apply(dispute, by, now);
        disputes.save(DisputeWrite.of(transition));
        return changed(actor, transition, now);
    }

    @FunctionalInterface
    private interface Step {
        DisputeTransition apply(Dispute dispute, Acting by, Instant now);
    }

    private Dispute load(Actor actor, DisputeId id) {
        return disputes.find(id).filter(d -> actor.answersFor(d.area()))
                .orElseThrow(() -> new NotFoundException("dispute", id));
    }

    private DisputePolicy policy(Dispute d) {
        return policies.of(d.area().cityCode());
    }

    private ConsultationRequirement rule(Dispute d) {
        return consultationRules.requirement(d.area().cityCode(), d.disputeFacts());
    }

    private static DisputeChanged changed(Actor actor, DisputeTransition transition, Instant now) {
        return new DisputeChanged(view(actor, transition.dispute(), now), transition.change());
    }

    static DisputeView view(Actor actor, Dispute d, Instant now) {
        return DisputeView.of(d, actor, now);
    }

    static void requireVersion(Dispute d, long expected) {
        StaleVersionException.requireVersion("dispute " + d.id(), d.version(), expected);
    }

}
