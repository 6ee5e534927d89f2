package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A grid event (网格事件): what was reported, its grade and the level that must handle it, where it stands in the
 * flow ({@link EventState}), its deadline, the departments it went to and the summonses the street made, and how it
 * ended. Immutable: every change returns an {@link EventTransition} with the event one {@code version} higher and
 * the {@link GridEventChange} that says what happened. The rules of the flow live here; who may act, and where, is
 * checked by the service.
 *
 * @param handlingLevel the level that must handle the event now: the grade's level, raised one level by each escalation
 * @param deadline      the handling deadline now running (meaningful while the state {@link EventState#awaitsHandling()})
 * @param mergedInto    for a duplicate, the original it was merged into
 * @param escalations   how many times the event was escalated
 */
@PublishedModel
public record GridEvent(GridEventId id, EventIntake intake, EventGrade grade, AdminLevel handlingLevel, EventState state,
                        Deadline deadline, Instant reportedAt, List<DepartmentCode> dispatchedTo, List<Summons> summonses,
                        Optional<Resolution> resolution, Optional<Verdict> verdict, Optional<String> rejectionReason,
                        Optional<GridEventId> mergedInto, Optional<Instant> closedAt, int escalations, long version) {

    public static final int MAX_REASON_LENGTH = 2_000;
    public static final int MAX_REMARK_LENGTH = 1_000;
    public static final int MAX_SUMMONSES = 20;

    public GridEvent {
        if (id == null || intake == null || grade == null || handlingLevel == null || state == null || deadline == null
                || reportedAt == null) {
            throw new InvalidValueException("event", "an event needs its id, intake, grade, handling level, state, deadline"
                    + " and time of report");
        }
        if (handlingLevel == AdminLevel.PROVINCE) {
            throw new InvalidValueException("handlingLevel", "an event is handled at community, street, district or city level");
        }
        dispatchedTo = List.copyOf(dispatchedTo);
        summonses = List.copyOf(summonses);
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rejectionReason, "rejectionReason");
        Objects.requireNonNull(mergedInto, "mergedInto");
        Objects.requireNonNull(closedAt, "closedAt");
        if (escalations < 0) {
            throw new InvalidValueException("escalations", "escalations are never negative");
        }
        if (version < 1) {
            throw new InvalidValueException("version", "an event's version starts at 1, got " + version);
        }
        if ((state == EventState.CLOSED) != closedAt.isPresent()) {
            throw new InvalidValueException("closedAt", "exactly a CLOSED event has the time it was closed");
        }
        if ((state == EventState.REJECTED) != rejectionReason.isPresent()) {
            throw new InvalidValueException("rejectionReason", "exactly a REJECTED event has a rejection reason");
        }
        if (mergedInto.isPresent() && state != EventState.CLOSED) {
            throw new InvalidValueException("mergedInto", "a merged duplicate is CLOSED");
        }
        if (mergedInto.isPresent() && mergedInto.get().equals(id)) {
            throw new InvalidValueException("mergedInto", "an event is not its own duplicate");
        }
    }

    /** A new event: REPORTED, version 1, handled at the grade's level by the given deadline. */
    public static EventTransition report(GridEventId id, EventIntake intake, EventGrade grade, Deadline deadline,
                                         Instant at, Acting by) {
        return report(id, intake, grade, grade.handlingLevel(), deadline, at, by);
    }

    /** A new event handled at {@code handlingLevel}, which a city's route may set above the grade's level, never below. */
    public static EventTransition report(GridEventId id, EventIntake intake, EventGrade grade, AdminLevel handlingLevel,
                                         Deadline deadline, Instant at, Acting by) {
        if (handlingLevel == null || grade.handlingLevel().isAbove(handlingLevel)) {
            throw new InvalidValueException("handlingLevel", "an event is handled at its grade's level (" + grade.handlingLevel()
                    + ") or above, not at " + handlingLevel);
        }
        GridEvent event = new GridEvent(id, intake, grade, handlingLevel, EventState.REPORTED, deadline, at,
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 1);
        return new EventTransition(event,
                new GridEventChange.Reported(id, at, by, intake.channel(), grade, handlingLevel, deadline));
    }

    public GridCode grid() {
        return intake.grid();
    }

    public AreaCode community() {
        return intake.grid().community();
    }

    public EventCategory category() {
        return intake.category();
    }

    public String text() {
        return intake.text();
    }

    /**
     * The states this event may go to now: the table's, less RESOLVED where its handling level forbids resolving
     * from the current state.
     */
    public Set<EventState> next() {
        if (levelForbidsResolving().isEmpty()) {
            return state.next();
        }
        EnumSet<EventState> next = EnumSet.noneOf(EventState.class);
        next.addAll(state.next());
        next.remove(EventState.RESOLVED);
        return Collections.unmodifiableSet(next);
    }

    /**
     * Why the grade's level forbids resolving from the current state, if it does: an event to be handled above
     * community level cannot be resolved by the community (ACCEPTED, REOPENED), one to be handled above street level
     * not by the street alone (CALLED).
     */
    private Optional<String> levelForbidsResolving() {
        if ((state == EventState.ACCEPTED || state == EventState.REOPENED) && handlingLevel != AdminLevel.COMMUNITY) {
            return Optional.of("event " + id + " must be handled at " + handlingLevel + " level (grade " + grade.code()
                    + (escalations > 0 ? ", escalated " + escalations + "×" : "") + "): the community cannot resolve it;"
                    + " call it to the street");
        }
        if (state == EventState.CALLED && handlingLevel.isAbove(AdminLevel.STREET)) {
            return Optional.of("event " + id + " must be handled at " + handlingLevel
                    + " level: the street cannot resolve it alone; dispatch it to departments");
        }
        return Optional.empty();
    }

    /** True if the handling deadline runs and has passed at {@code now}. */
    public boolean isOverdue(Instant now) {
        return state.awaitsHandling() && deadline.hasPassed(now);
    }

    /** REPORTED → ACCEPTED: the community took the event on. */
    public EventTransition accept(Acting by, Instant at, String remark) {
        state.requireMayGoTo(EventState.ACCEPTED);
        String note = Texts.optional("remark", "a remark", remark, MAX_REMARK_LENGTH);
        Draft next = new Draft(this);
        next.state = EventState.ACCEPTED;
        return next.done(new GridEventChange.Accepted(id, at, by, note));
    }

    /** → REJECTED with a reason (not a matter for the platform, a false report…). */
    public EventTransition reject(Acting by, Instant at, String reason) {
        state.requireMayGoTo(EventState.REJECTED);
        String why = Texts.required("reason", "a rejection reason", reason, MAX_REASON_LENGTH);
        Draft next = new Draft(this);
        next.state = EventState.REJECTED;
        next.rejectionReason = Optional.of(why);
        return next.done(new GridEventChange.Rejected(id, at, by, state, why));
    }

    /** → CALLED: the event goes to the street (街道呼叫). */
    public EventTransition call(Acting by, Instant at, String remark) {
        state.requireMayGoTo(EventState.CALLED);
        String note = Texts.optional("remark", "a remark", remark, MAX_REMARK_LENGTH);
        Draft next = new Draft(this);
        next.state = EventState.CALLED;
        return next.done(new GridEventChange.Called(id, at, by, state, note));
    }

    /** CALLED → DISPATCHED to one or more departments (集中派单). */
    public EventTransition dispatch(Acting by, Instant at, List<DepartmentCode> departments, String remark) {
        state.requireMayGoTo(EventState.DISPATCHED);
        List<DepartmentCode> to = Summons.distinctDepartments(departments);
        String note = Texts.optional("remark", "a remark", remark, MAX_REMARK_LENGTH);
        Draft next = new Draft(this);
        next.state = EventState.DISPATCHED;
        next.dispatchedTo = to;
        return next.done(new GridEventChange.Dispatched(id, at, by, to, note));
    }

    /** DISPATCHED → IN_PROGRESS: one of the departments it was dispatched to takes it in hand. */
    public EventTransition startHandling(Acting by, Instant at, DepartmentCode department) {
        state.requireMayGoTo(EventState.IN_PROGRESS);
        if (department == null || !dispatchedTo.contains(department)) {
            throw new ConflictException("department", "event " + id + " was dispatched to " + dispatchedTo + ", not to " + department);
        }
        Draft next = new Draft(this);
        next.state = EventState.IN_PROGRESS;
        return next.done(new GridEventChange.HandlingStarted(id, at, by, department));
    }

    /**
     * → RESOLVED. The grade decides who may: an event to be handled above community level cannot be resolved by the
     * community (from ACCEPTED or REOPENED), and one to be handled above street level cannot be resolved by the
     * street without departments (from CALLED).
     */
    public EventTransition resolve(Acting by, Instant at, String resolutionText) {
        state.requireMayGoTo(EventState.RESOLVED);
        levelForbidsResolving().ifPresent(why -> {
            throw new ConflictException("handlingLevel", why + ". Event is " + state + "; from " + state + " it may go to: "
                    + EventState.describe(next()));
        });
        Resolution done = new Resolution(resolutionText, at, by);
        Draft next = new Draft(this);
        next.state = EventState.RESOLVED;
        next.resolution = Optional.of(done);
        return next.done(new GridEventChange.Resolved(id, at, by, state, done.text()));
    }

    /**
     * RESOLVED → CLOSED when the reporter is satisfied (3–5), → REOPENED with {@code deadlineIfReopened} when not (1–2).
     */
    public EventTransition judge(Acting by, Instant at, int satisfaction, String comment, Deadline deadlineIfReopened) {
        Verdict given = new Verdict(satisfaction, comment, at, by);
        EventState target = given.isSatisfied() ? EventState.CLOSED : EventState.REOPENED;
        state.requireMayGoTo(target);
        Draft next = new Draft(this);
        next.state = target;
        next.verdict = Optional.of(given);
        if (target == EventState.CLOSED) {
            next.closedAt = Optional.of(at);
            return next.done(new GridEventChange.Closed(id, at, by, given));
        }
        next.deadline = Objects.requireNonNull(deadlineIfReopened, "deadlineIfReopened");
        return next.done(new GridEventChange.Reopened(id, at, by, given, deadlineIfReopened));
    }

    /**
     * The deadline passed: the level that must handle the event rises by one (community → street → district → city)
     * and a new deadline runs. The state does not change. Refused if the event is not overdue or already at city level.
     */
    public EventTransition escalate(Acting by, Instant at, Deadline next) {
        if (!isOverdue(at)) {
            throw new ConflictException("deadline", "event " + id + " is " + state + " and due " + deadline.dueOn()
                    + ": it is not overdue");
        }
        if (handlingLevel == AdminLevel.CITY) {
            throw new ConflictException("handlingLevel", "event " + id + " is already handled at CITY level and cannot be escalated further");
        }
        AdminLevel up = AdminLevel.values()[handlingLevel.ordinal() - 1];
        Draft draft = new Draft(this);
        draft.handlingLevel = up;
        draft.deadline = Objects.requireNonNull(next, "next");
        draft.escalations = escalations + 1;
        return draft.done(new GridEventChange.Escalated(id, at, by, state, handlingLevel, up, deadline, next));
    }

    /**
     * Closes this event as a duplicate of {@code original} (of the same community, not rejected, not itself a
     * duplicate), linking it and taking over the original's resolution if it has one. Allowed from any open state.
     */
    public EventTransition mergeInto(GridEvent original, Acting by, Instant at) {
        if (original.id.equals(id)) {
            throw new InvalidValueException("original", "an event cannot be merged into itself");
        }
        if (!state.isOpen()) {
            throw new ConflictException("state", "event " + id + " is " + state + "; only an open event can be merged into another");
        }
        if (original.state == EventState.REJECTED) {
            throw new ConflictException("original", "event " + original.id + " was rejected; merge into an event that is handled");
        }
        if (original.mergedInto.isPresent()) {
            throw new ConflictException("original", "event " + original.id + " is itself a duplicate of "
                    + original.mergedInto.get() + "; merge into that one");
        }
        if (!original.community().equals(community())) {
            throw new ConflictException("original", "event " + original.id + " lies in community " + original.community()
                    + ", event " + id + " in " + community() + ": only events of one community are duplicates");
        }
        Draft next = new Draft(this);
        next.state = EventState.CLOSED;
        next.mergedInto = Optional.of(original.id);
        next.resolution = original.resolution;
        next.closedAt = Optional.of(at);
        return next.done(new GridEventChange.Merged(id, at, by, state, original.id));
    }

    /** 吹哨: the street summons departments while it handles the event (CALLED, DISPATCHED or IN_PROGRESS). */
    public EventTransition summon(Acting by, Instant at, SummonsId summonsId, List<DepartmentCode> departments,
                                  ReportWithin within, Instant dueAt) {
        if (state != EventState.CALLED && state != EventState.DISPATCHED && state != EventState.IN_PROGRESS) {
            throw new ConflictException("state", "event " + id + " is " + state + "; a street summons departments to an event"
                    + " called to it: CALLED, DISPATCHED or IN_PROGRESS");
        }
        if (summonses.size() >= MAX_SUMMONSES) {
            throw new ConflictException("summons", "event " + id + " already has " + MAX_SUMMONSES + " summonses");
        }
        Summons made = new Summons(summonsId, by, at, departments, within, dueAt, List.of());
        Draft next = new Draft(this);
        next.summonses.add(made);
        return next.done(new GridEventChange.Summoned(id, at, by, state, summonsId, made.departments(), within, dueAt));
    }

    /** 报到: a summoned department reports; its lateness against the summons deadline is recorded. */
    public EventTransition answerSummons(Acting by, Instant at, SummonsId summonsId, DepartmentCode department,
                                         AnswerKind kind, String note) {
        if (state.isTerminal()) {
            throw new ConflictException("state", "event " + id + " is " + state + "; its summonses are over");
        }
        int index = -1;
        for (int i = 0; i < summonses.size(); i++) {
            if (summonses.get(i).id().equals(summonsId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("summons", summonsId + " of event " + id);
        }
        Summons answered = summonses.get(index).answered(department, Objects.requireNonNull(kind, "kind"), at, by, note);
        Draft next = new Draft(this);
        next.summonses.set(index, answered);
        return next.done(new GridEventChange.SummonsAnswered(id, at, by, state, summonsId, department, kind,
                answered.answerOf(department).orElseThrow().lateBy()));
    }

    /** The mutable copy a change starts from; {@link #done} freezes it one version higher. */
    private static final class Draft {
        private final GridEvent from;
        AdminLevel handlingLevel;
        EventState state;
        Deadline deadline;
        List<DepartmentCode> dispatchedTo;
        final List<Summons> summonses;
        Optional<Resolution> resolution;
        Optional<Verdict> verdict;
        Optional<String> rejectionReason;
        Optional<GridEventId> mergedInto;
        Optional<Instant> closedAt;
        int escalations;

        Draft(GridEvent from) {
            this.from = from;
            handlingLevel = from.handlingLevel;
            state = from.state;
            deadline = from.deadline;
            dispatchedTo = from.dispatchedTo;
            summonses = new ArrayList<>(from.summonses);
            resolution = from.resolution;
            verdict = from.verdict;
            rejectionReason = from.rejectionReason;
            mergedInto = from.mergedInto;
            closedAt = from.closedAt;
            escalations = from.escalations;
        }

        EventTransition done(GridEventChange change) {
            GridEvent next = new GridEvent(from.id, from.intake, from.grade, handlingLevel, state, deadline, from.reportedAt,
                    dispatchedTo, summonses, resolution, verdict, rejectionReason, mergedInto, closedAt, escalations,
                    from.version + 1);
            return new EventTransition(next, change);
        }
    }
}
