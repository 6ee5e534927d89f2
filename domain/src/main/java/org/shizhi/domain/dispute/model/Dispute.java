package org.shizhi.domain.dispute.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A dispute (矛盾纠纷) from intake to follow-up: its parties, facts and claims, risk, the centre mediating it and the
 * channel, sessions, the joint consultation (3+N), the outcome, follow-ups, and the deadline running. Immutable:
 * every change returns a {@link DisputeTransition} with the dispute one {@code version} higher and the timeline entry.
 * The rules of the flow live here (see {@link DisputeState}); who may act, and where, is checked by the service.
 *
 * @param centre   the area of the centre mediating it (one centre per area)
 * @param deadline the deadline running: acceptance while OPENED, conclusion while mediating; meaningless after
 * @param intakeReference the key another context opened it under (unique among disputes; a night visit's finding
 *                 {@code visit-finding:<visitTaskId>:<findingKey>}), which finds it again instead of opening another
 */
public record Dispute(DisputeId id, DisputeSource source, Optional<GridEventId> gridEvent, AreaCode area, DisputeType type,
                      List<Party> parties, String facts, String claims, Optional<BigDecimal> amount, int peopleInvolved,
                      Risk risk, boolean petitionBacklog, MediationChannel channel, AreaCode centre, DisputeState state,
                      Instant openedAt, Deadline deadline, List<Session> sessions, Optional<JointConsultation> consultation,
                      Optional<Outcome> outcome, Optional<Instant> concludedAt, Optional<LocalDate> followUpDue,
                      List<FollowUp> followUps, Optional<Instant> closedAt, int escalations, int relapses, long version,
                      Optional<String> intakeReference) {

    public static final int MAX_REFERENCE_LENGTH = 300;

    public static final int MAX_PARTIES = 50;
    public static final int MAX_SESSIONS = 100;
    public static final int MAX_FACTS = 20_000;
    public static final int MAX_CLAIMS = 4_000;

    public Dispute {
        if (id == null || source == null || area == null || type == null || risk == null || channel == null
                || centre == null || state == null || openedAt == null || deadline == null) {
            throw new InvalidValueException("dispute", "a dispute needs its id, source, area, type, risk, channel, centre,"
                    + " state, time of opening and deadline");
        }
        Objects.requireNonNull(gridEvent, "gridEvent");
        if ((source == DisputeSource.GRID_EVENT) != gridEvent.isPresent()) {
            throw new InvalidValueException("gridEventId", "a dispute opened from a grid event names it, and only such a dispute does");
        }
        if (area.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("area", "a dispute is placed in a community, not at " + area.level() + " level");
        }
        if (!centre.contains(area)) {
            throw new InvalidValueException("centre", "the centre of " + centre + " does not cover " + area);
        }
        parties = List.copyOf(parties == null ? List.of() : parties);
        if (parties.isEmpty() || parties.stream().noneMatch(p -> p.role() == Party.Role.APPLICANT)) {
            throw new InvalidValueException("parties", "a dispute has at least one party whose role is APPLICANT");
        }
        if (parties.size() > MAX_PARTIES) {
            throw new InvalidValueException("parties", "at most " + MAX_PARTIES + " parties");
        }
        facts = Texts.required("facts", "the facts", facts, MAX_FACTS);
        claims = Texts.required("claims", "the claims", claims, MAX_CLAIMS);
        Objects.requireNonNull(amount, "amount");
        amount = amount.map(a -> Outcome.Amounts.check("amount", a));
        if (peopleInvolved < 1 || peopleInvolved > 100_000) {
            throw new InvalidValueException("peopleInvolved", "the number of people involved is 1 to 100000, got " + peopleInvolved);
        }
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(concludedAt, "concludedAt");
        Objects.requireNonNull(followUpDue, "followUpDue");
        followUps = List.copyOf(followUps);
        Objects.requireNonNull(closedAt, "closedAt");
        if ((state == DisputeState.CONCLUDED || state == DisputeState.CLOSED) && outcome.isEmpty()) {
            throw new InvalidValueException("outcome", "a concluded or closed dispute has its outcome");
        }
        if ((state == DisputeState.CLOSED) != closedAt.isPresent()) {
            throw new InvalidValueException("closedAt", "exactly a CLOSED dispute has the time it was closed");
        }
        if (outcome.isPresent() != concludedAt.isPresent()) {
            throw new InvalidValueException("concludedAt", "a dispute with an outcome has the time it was concluded");
        }
        Objects.requireNonNull(intakeReference, "intakeReference");
        if (intakeReference.isPresent() && (intakeReference.get().isBlank() || intakeReference.get().length() > MAX_REFERENCE_LENGTH)) {
            throw new InvalidValueException("reference", "an intake reference is 1 to " + MAX_REFERENCE_LENGTH + " characters");
        }
        if (escalations < 0 || relapses < 0 || version < 1) {
            throw new InvalidValueException("version", "escalations and relapses are not negative; versions start at 1");
        }
    }

    /** Intake: OPENED at version 1, routed to {@code centre}, to be accepted by {@code acceptBy}. */
    public static DisputeTransition open(DisputeId id, Intake intake, DisputeType type, MediationCentre centre, Deadline acceptBy,
                                         Instant at, Acting by) {
        return open(id, intake, type, centre, acceptBy, at, by, Optional.empty());
    }

    /** Intake under an intake reference (see {@link #intakeReference()}). */
    public static DisputeTransition open(DisputeId id, Intake intake, DisputeType type, MediationCentre centre, Deadline acceptBy,
                                         Instant at, Acting by, Optional<String> reference) {
        if (!type.code().equals(intake.typeCode())) {
            throw new InvalidValueException("type", "the intake names type " + intake.typeCode() + ", not " + type.code());
        }
        Dispute d = new Dispute(id, intake.source(), intake.gridEvent(), intake.area(), type, intake.parties(),
                intake.facts(), intake.claims(), intake.amount(), intake.peopleInvolved(), intake.risk(),
                intake.petitionBacklog(), intake.channel(), centre.area(), DisputeState.OPENED, at, acceptBy, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), 0, 0, 1, reference);
        return new DisputeTransition(d, new DisputeChange(id, 1, at, by, DisputeChange.Kind.OPENED, Optional.empty(),
                DisputeState.OPENED, "opened via " + intake.source() + " (" + type.label() + ", risk " + intake.risk().level()
                + (intake.risk().reasons().isEmpty() ? "" : ": " + String.join("; ", intake.risk().reasons()))
                + (intake.petitionBacklog() ? ", petition backlog" : "") + "); routed to the " + centre.level()
                + " centre " + centre.name() + " (" + centre.area() + "); to be accepted by " + acceptBy.dueOn()));
    }

    /** What intake records; validated by the dispute it opens. Published: other contexts open disputes with it. */
    @PublishedModel
    public record Intake(DisputeSource source, Optional<GridEventId> gridEvent, AreaCode area, String typeCode,
                         List<Party> parties, String facts, String claims, Optional<BigDecimal> amount,
                         int peopleInvolved, Risk risk, boolean petitionBacklog, MediationChannel channel) {
        public Intake {
            if (source == null) {
                throw new InvalidValueException("source", "a dispute comes from GRID_EVENT, WALK_IN, HOTLINE, COURT_REFERRAL, PETITION or NIGHT_VISIT");
            }
            if (area == null) {
                throw new InvalidValueException("area", "the community of the dispute is required");
            }
            if (typeCode == null || typeCode.isBlank()) {
                throw new InvalidValueException("type", "the dispute type is required");
            }
            if (risk == null) {
                throw new InvalidValueException("risk", "the risk is required");
            }
            gridEvent = gridEvent == null ? Optional.empty() : gridEvent;
            amount = amount == null ? Optional.empty() : amount;
            channel = channel == null ? MediationChannel.PEOPLE : channel;
        }

        public DisputeFacts disputeFacts(DisputeType type) {
            return new DisputeFacts(area, type, risk.level(), petitionBacklog, amount, peopleInvolved);
        }
    }

    public DisputeFacts disputeFacts() {
        return new DisputeFacts(area, type, risk.level(), petitionBacklog, amount, peopleInvolved);
    }

    public AdminLevel centreLevel() {
        return centre.level();
    }

    /** The deadline runs and has passed at {@code now}. */
    public boolean isOverdue(Instant now) {
        return state.isOpen() && deadline.hasPassed(now);
    }

    /** OPENED → ACCEPTED by the centre; the conclusion deadline starts. */
    public DisputeTransition accept(Acting by, Instant at, Deadline concludeBy, String remark) {
        requireState("accept", EnumSet.of(DisputeState.OPENED));
        Draft next = new Draft(this);
        next.state = DisputeState.ACCEPTED;
        next.deadline = concludeBy;
        return next.done(at, by, DisputeChange.Kind.ACCEPTED, "accepted; to be concluded by " + concludeBy.dueOn()
                + note(remark));
    }

    /**
     * To the centre one level up ({@code to}, which must cover the dispute and sit above the current centre), with a
     * reason and a new deadline of the same kind (acceptance while OPENED, conclusion while mediating).
     */
    public DisputeTransition escalate(Acting by, Instant at, MediationCentre to, Deadline next, String reason) {
        if (!state.isOpen()) {
            throw new ConflictException("state", "dispute " + id + " is " + state + "; only an open dispute is escalated");
        }
        if (!to.level().isAbove(centre.level()) || !to.area().contains(area)) {
            throw new ConflictException("centre", "dispute " + id + " is escalated to a centre above " + centre + " that covers "
                    + area + ", not to " + to.area());
        }
        String why = Texts.required("reason", "the reason for the escalation", reason, 2_000);
        Draft d = new Draft(this);
        d.centre = to.area();
        d.deadline = next;
        d.escalations = escalations + 1;
        return d.done(at, by, DisputeChange.Kind.ESCALATED, "escalated from the " + centre.level() + " centre (" + centre
                + ") to the " + to.level() + " centre " + to.name() + " (" + to.area() + "): " + why + "; due " + next.dueOn());
    }

    /** A change of mediation channel, with its reason. */
    public DisputeTransition changeChannel(Acting by, Instant at, MediationChannel to, String reason) {
        if (!state.isOpen()) {
            throw new ConflictException("state", "dispute " + id + " is " + state + "; the channel changes only while it is open");
        }
        if (to == null) {
            throw new InvalidValueException("channel", "the channel is PEOPLE, ADMINISTRATIVE or JUDICIAL");
        }
        if (to == channel) {
            throw new ConflictException("channel", "dispute " + id + " is already in the " + to + " channel");
        }
        String why = Texts.required("reason", "the reason for the change of channel", reason, 2_000);
        Draft d = new Draft(this);
        d.channel = to;
        return d.done(at, by, DisputeChange.Kind.CHANNEL_CHANGED, channel + " → " + to + ": " + why);
    }

    /** A session held: ACCEPTED or REOPENED → IN_MEDIATION; another while IN_MEDIATION. */
    public DisputeTransition holdSession(Acting by, Instant at, Session session) {
        requireState("hold a session", DisputeState.MEDIATING);
        if (sessions.size() >= MAX_SESSIONS) {
            throw new ConflictException("sessions", "dispute " + id + " already has " + MAX_SESSIONS + " sessions");
        }
        Draft d = new Draft(this);
        d.state = DisputeState.IN_MEDIATION;
        d.sessions.add(session);
        return d.done(at, by, DisputeChange.Kind.SESSION_HELD, "session on " + session.on() + " with "
                + String.join(", ", session.mediators()) + (session.attendees().isEmpty() ? "" : "; attended: "
                + String.join(", ", session.attendees())) + "; " + session.notes());
    }

    /**
     * 3+N: convened when the rule requires it for this dispute (by default, HIGH and CRITICAL risk); the court, police
     * station and judicial office always, the bodies the rule always invites, and those the centre chooses.
     */
    public DisputeTransition convene(Acting by, Instant at, ConsultationRequirement rule, Set<ConsultationBody> chosen) {
        requireState("convene a joint consultation", DisputeState.MEDIATING);
        if (!rule.convene()) {
            throw new ConflictException("risk", "dispute " + id + " (risk " + risk.level() + ") does not call for a joint"
                    + " consultation under this city's rule");
        }
        if (consultation.isPresent() && !consultation.get().isConcluded()) {
            throw new ConflictException("consultation", "dispute " + id + " has a joint consultation going on");
        }
        JointConsultation convened = JointConsultation.convene(at, chosen, rule);
        Draft d = new Draft(this);
        d.consultation = Optional.of(convened);
        return d.done(at, by, DisputeChange.Kind.CONSULTATION_CONVENED, "3+N convened: " + convened.bodies().stream()
                .map(Enum::name).sorted().collect(Collectors.joining(", ")));
    }

    public DisputeTransition recordOpinion(Acting by, Instant at, ConsultationBody body, String text) {
        JointConsultation current = consultation.orElseThrow(() ->
                new ConflictException("consultation", "dispute " + id + " has no joint consultation"));
        Draft d = new Draft(this);
        d.consultation = Optional.of(current.withOpinion(new JointConsultation.Opinion(body, text, at, by.subject())));
        return d.done(at, by, DisputeChange.Kind.OPINION_RECORDED, body + ": " + text);
    }

    public DisputeTransition concludeConsultation(Acting by, Instant at, String conclusion) {
        JointConsultation current = consultation.orElseThrow(() ->
                new ConflictException("consultation", "dispute " + id + " has no joint consultation"));
        Draft d = new Draft(this);
        d.consultation = Optional.of(current.concluded(conclusion, at));
        return d.done(at, by, DisputeChange.Kind.CONSULTATION_CONCLUDED, "joint conclusion: " + d.consultation.get().conclusion().orElseThrow());
    }

    /**
     * The outcome: → CONCLUDED. Not while a consultation goes on; an agreement or a failure not before the consultation
     * the rule requires has concluded (a withdrawal may come any time). An agreement schedules the follow-up.
     */
    public DisputeTransition conclude(Acting by, Instant at, Outcome result, ConsultationRequirement rule, LocalDate followUpOn) {
        if (result == null) {
            throw new InvalidValueException("outcome", "an outcome is an agreement, a failure or a withdrawal");
        }
        EnumSet<DisputeState> from = result instanceof Outcome.Withdrawal
                ? EnumSet.of(DisputeState.OPENED, DisputeState.ACCEPTED, DisputeState.IN_MEDIATION, DisputeState.REOPENED)
                : EnumSet.copyOf(DisputeState.MEDIATING);
        requireState("conclude", from);
        if (consultation.isPresent() && !consultation.get().isConcluded()) {
            throw new ConflictException("consultation", "dispute " + id + " has a joint consultation going on: conclude it first");
        }
        if (!(result instanceof Outcome.Withdrawal) && rule.convene() && consultation.isEmpty()) {
            throw new ConflictException("consultation", "dispute " + id + " (risk " + risk.level() + ") needs a joint"
                    + " consultation (3+N) with its joint conclusion before it concludes");
        }
        Draft d = new Draft(this);
        d.state = DisputeState.CONCLUDED;
        d.outcome = Optional.of(result);
        d.concludedAt = Optional.of(at);
        d.followUpDue = result instanceof Outcome.Agreement ? Optional.of(Objects.requireNonNull(followUpOn, "followUpOn")) : Optional.empty();
        return d.done(at, by, DisputeChange.Kind.CONCLUDED, result.describe()
                + d.followUpDue.map(on -> "; follow-up due " + on).orElse(""));
    }

    /** The court's confirmation of an agreement: NONE → REQUESTED → GRANTED or REFUSED. */
    public DisputeTransition judicialConfirmation(Acting by, Instant at, Outcome.JudicialConfirmation to) {
        if (!(outcome.orElse(null) instanceof Outcome.Agreement agreement) || !EnumSet.of(DisputeState.CONCLUDED, DisputeState.CLOSED).contains(state)) {
            throw new ConflictException("outcome", "dispute " + id + " has no agreement to confirm");
        }
        Outcome.JudicialConfirmation now = agreement.confirmation();
        boolean allowed = (now == Outcome.JudicialConfirmation.NONE && to == Outcome.JudicialConfirmation.REQUESTED)
                || (now == Outcome.JudicialConfirmation.REQUESTED
                && (to == Outcome.JudicialConfirmation.GRANTED || to == Outcome.JudicialConfirmation.REFUSED));
        if (!allowed) {
            throw new ConflictException("confirmation", "judicial confirmation goes NONE → REQUESTED → GRANTED or REFUSED;"
                    + " it is " + now + ", not going to " + to);
        }
        Draft d = new Draft(this);
        d.outcome = Optional.of(agreement.with(to));
        return d.done(at, by, DisputeChange.Kind.JUDICIAL_CONFIRMATION, "judicial confirmation " + now + " → " + to);
    }

    /** CONCLUDED → CLOSED. A dispute cannot close without an outcome. */
    public DisputeTransition close(Acting by, Instant at, String remark) {
        if (outcome.isEmpty() || state != DisputeState.CONCLUDED) {
            throw new ConflictException("outcome", "dispute " + id + " is " + state + (outcome.isEmpty()
                    ? ": a dispute cannot close without an outcome; record an agreement, a failure or a withdrawal first"
                    : "; only a CONCLUDED dispute closes"));
        }
        Draft d = new Draft(this);
        d.state = DisputeState.CLOSED;
        d.closedAt = Optional.of(at);
        return d.done(at, by, DisputeChange.Kind.CLOSED, "closed" + note(remark));
    }

    /**
     * 回访 after an agreement (CONCLUDED or CLOSED). A relapse reopens the dispute: REOPENED, with a new conclusion
     * deadline; the earlier outcome stays until a new one replaces it.
     */
    public DisputeTransition followUp(Acting by, Instant at, FollowUp.Result result, String note, Deadline concludeBy) {
        if (!(outcome.orElse(null) instanceof Outcome.Agreement) || !EnumSet.of(DisputeState.CONCLUDED, DisputeState.CLOSED).contains(state)) {
            throw new ConflictException("state", "dispute " + id + " is " + state + "; follow-ups are of disputes concluded by an agreement");
        }
        FollowUp visit = new FollowUp(result, note, at, by.subject());
        Draft d = new Draft(this);
        d.followUps.add(visit);
        if (result != FollowUp.Result.RELAPSED) {
            d.followUpDue = Optional.empty();
            return d.done(at, by, DisputeChange.Kind.FOLLOWED_UP, "follow-up: " + result + note(visit.note()));
        }
        d.state = DisputeState.REOPENED;
        d.closedAt = Optional.empty();
        d.followUpDue = Optional.empty();
        d.deadline = Objects.requireNonNull(concludeBy, "concludeBy");
        d.relapses = relapses + 1;
        return d.done(at, by, DisputeChange.Kind.REOPENED, "follow-up: RELAPSED, reopened; to be concluded by "
                + concludeBy.dueOn() + note(visit.note()));
    }

    private void requireState(String what, Set<DisputeState> allowed) {
        if (!allowed.contains(state)) {
            throw new ConflictException("state", "cannot " + what + ": dispute " + id + " is " + state + "; that needs "
                    + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")));
        }
    }

    private static String note(String remark) {
        String text = Texts.optional("remark", "a remark", remark, 1_000);
        return text.isEmpty() ? "" : ": " + text;
    }

    /** A mutable copy for one change. */
    private static final class Draft {
        private final Dispute from;
        MediationChannel channel;
        AreaCode centre;
        DisputeState state;
        Deadline deadline;
        List<Session> sessions;
        Optional<JointConsultation> consultation;
        Optional<Outcome> outcome;
        Optional<Instant> concludedAt;
        Optional<LocalDate> followUpDue;
        List<FollowUp> followUps;
        Optional<Instant> closedAt;
        int escalations;
        int relapses;

        Draft(Dispute from) {
            this.from = from;
            channel = from.channel;
            centre = from.centre;
            state = from.state;
            deadline = from.deadline;
            sessions = new ArrayList<>(from.sessions);
            consultation = from.consultation;
            outcome = from.outcome;
            concludedAt = from.concludedAt;
            followUpDue = from.followUpDue;
            followUps = new ArrayList<>(from.followUps);
            closedAt = from.closedAt;
            escalations = from.escalations;
            relapses = from.relapses;
        }

        DisputeTransition done(Instant at, Acting by, DisputeChange.Kind kind, String note) {
            long version = from.version + 1;
            Dispute next = new Dispute(from.id, from.source, from.gridEvent, from.area, from.type, from.parties, from.facts,
                    from.claims, from.amount, from.peopleInvolved, from.risk, from.petitionBacklog, channel, centre, state,
                    from.openedAt, deadline, sessions, consultation, outcome, concludedAt, followUpDue, followUps, closedAt,
                    escalations, relapses, version, from.intakeReference);
            return new DisputeTransition(next, new DisputeChange(from.id, version, at, by, kind, Optional.of(from.state), state, note));
        }
    }
}
