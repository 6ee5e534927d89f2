package org.shizhi.domain.assessment.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * 督查督办: a unit criticised in a published notice, told what to rectify by a deadline in working days. The unit's staff
 * report the rectification with evidence; the supervisor accepts it (销号) or sends it back with a reason and a new
 * deadline. A task past its deadline without a report is overdue, and is escalated once, to the area above the
 * supervising one (挂牌督办).
 *
 * @param within      the area of the notice: who supervises answers for it
 * @param area        where the unit is: the unit's own area, for a grid worker the community of their grid, for a
 *                    department the notice's area
 * @param indicators  the indicators of the unit's breakdown the rectification addresses (may be empty)
 * @param deadline    the deadline now running: the first, or the one set when the task was last sent back
 * @param reports     the rectification reports, one per round, in order
 * @param verifications the supervisor's verdicts, one per report verified, in order
 */
public record SupervisionTask(UUID id, long version, UUID notice, String scheme, AreaCode within, AssessmentPeriod period,
                              AssessedUnit unit, AreaCode area, String issue, List<String> indicators, Instant openedAt,
                              String openedBy, Deadline deadline, State state, List<Rectification> reports,
                              List<Verification> verifications, Optional<Escalation> escalation) {

    /** The longest deadline a supervisor may set, in working days (about three months). */
    public static final int MAX_WORKING_DAYS = 60;
    public static final int MAX_EVIDENCE = 20;

    /** Where a task stands. */
    public enum State {
        /** Waiting for the unit's rectification report. */
        OPEN,
        /** Reported, waiting for the supervisor's verification. */
        REPORTED,
        /** Sent back by the supervisor with a reason and a new deadline: waiting for another report. */
        SENT_BACK,
        /** Accepted by the supervisor: done (销号). */
        ACCEPTED;

        /** The unit owes a report: the deadline runs. */
        public boolean awaitsReport() {
            return this == OPEN || this == SENT_BACK;
        }
    }

    /** The supervisor's verdict on a report. */
    public enum Verdict { ACCEPTED, SENT_BACK }

    /** One piece of evidence of a rectification: what it shows, and where it is (a file, a document number, a link). */
    public record Evidence(String description, Optional<String> reference) {
        public Evidence {
            description = Texts.required("evidence.description", "what a piece of evidence shows", description, 400);
            reference = reference == null ? Optional.empty()
                    : Optional.of(Texts.optional("evidence.reference", "where the evidence is", reference.orElse(null), 400))
                    .filter(r -> !r.isEmpty());
        }
    }

    /** The unit's report of a round: what was done and the evidence; {@code late} if made after the deadline passed. */
    public record Rectification(int round, String account, List<Evidence> evidence, Instant at, String by, boolean late) {
        public Rectification {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            evidence = List.copyOf(evidence);
        }
    }

    /** The supervisor's verdict on the report of a round; a sent-back report carries the reason and the new deadline. */
    public record Verification(int round, Verdict verdict, Optional<String> reason, Optional<Deadline> newDeadline, Instant at,
                               String by) {
        public Verification {
            Objects.requireNonNull(verdict, "verdict");
            reason = reason == null ? Optional.empty() : reason;
            newDeadline = newDeadline == null ? Optional.empty() : newDeadline;
        }
    }

    /** The one escalation of an overdue task: when, and to which area. */
    public record Escalation(Instant at, AreaCode to, String reason) {
        public Escalation {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(to, "to");
        }
    }

    public SupervisionTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
        indicators = List.copyOf(indicators);
        reports = List.copyOf(reports);
        verifications = List.copyOf(verifications);
        escalation = escalation == null ? Optional.empty() : escalation;
    }

    /** A supervisor's deadline in working days: 1 to {@value #MAX_WORKING_DAYS}. */
    public static int workingDays(String field, int days) {
        if (days < 1 || days > MAX_WORKING_DAYS) {
            throw new InvalidValueException(field, "a rectification deadline is 1 to " + MAX_WORKING_DAYS + " working days, not " + days);
        }
        return days;
    }

    /**
     * Opens a task for a unit criticised in a published notice. A draft may still change, so it opens nothing (409
     * {@code notice}); a unit the notice does not criticise is refused ({@code unit}), and so is an indicator outside the
     * unit's breakdown ({@code indicators}).
     */
    public static SupervisionTask open(UUID id, Notice notice, String unitKey, String issue, List<String> indicators,
                                       Deadline deadline, Instant at, String by) {
        return open(id, notice, unitKey, issue, indicators, deadline, at, by, Optional.empty());
    }

    /**
     * As above; a criticised grid worker's task lies in {@code workerPlace}, the community of the worker's grid inside the
     * notice's area, and a grid worker without one is refused ({@code unit}): nobody would answer for the task.
     */
    public static SupervisionTask open(UUID id, Notice notice, String unitKey, String issue, List<String> indicators,
                                       Deadline deadline, Instant at, String by, Optional<AreaCode> workerPlace) {
        if (!notice.published()) {
            throw new ConflictException("notice", "notice " + notice.id() + " is a draft: only a published notice's criticism "
                    + "opens supervision");
        }
        String text = Texts.required("issue", "what the unit is to rectify", issue, 2_000);
        RankedUnit criticised = notice.of(Notice.Kind.CRITICISE).stream().map(Notice.Entry::unit)
                .filter(u -> u.unit().key().equals(unitKey)).findFirst()
                .orElseThrow(() -> new InvalidValueException("unit", "notice " + notice.id() + " does not criticise unit '" + unitKey
                        + "'; it criticises " + notice.of(Notice.Kind.CRITICISE).stream().map(e -> e.unit().unit().key()).toList()));
        List<String> addressed = indicators == null ? List.of() : indicators.stream().distinct().toList();
        Set<String> breakdown = criticised.lines().stream().map(ScoreLine::indicator).collect(Collectors.toSet());
        for (String indicator : addressed) {
            if (!breakdown.contains(indicator)) {
                throw new InvalidValueException("indicators", "indicator '" + indicator + "' is not in the breakdown of "
                        + unitKey + ": " + breakdown.stream().sorted().toList());
            }
        }
        AreaCode area = switch (criticised.unit().subject()) {
            case AREA -> AreaCode.of(criticised.unit().key());
            case DEPARTMENT -> notice.within();
            case GRID_WORKER -> workerPlace.filter(notice.within()::contains).orElseThrow(() -> new InvalidValueException("unit",
                    "grid worker '" + unitKey + "' holds no post on a grid inside " + notice.within() + " that the supervisor answers for"));
        };
        return new SupervisionTask(id, 1, notice.id(), notice.scheme(), notice.within(), notice.period(), criticised.unit(), area,
                text, addressed, at, by, deadline, State.OPEN, List.of(), List.of(), Optional.empty());
    }

    /** The unit's rectification report with at least one piece of evidence; late if the deadline has passed. */
    public SupervisionTask report(String account, List<Evidence> evidence, Instant at, String by) {
        if (!state.awaitsReport()) {
            throw new ConflictException("state", "supervision task " + id + " is " + state + ": a report is made while it is OPEN"
                    + " or SENT_BACK");
        }
        String text = Texts.required("account", "what the unit did to rectify", account, 4_000);
        if (evidence == null || evidence.isEmpty()) {
            throw new InvalidValueException("evidence", "a rectification report carries at least one piece of evidence");
        }
        if (evidence.size() > MAX_EVIDENCE) {
            throw new InvalidValueException("evidence", "a report carries at most " + MAX_EVIDENCE + " pieces of evidence, got "
                    + evidence.size());
        }
        List<Rectification> more = new ArrayList<>(reports);
        more.add(new Rectification(reports.size() + 1, text, evidence, at, by, deadline.hasPassed(at)));
        return new SupervisionTask(id, version + 1, notice, scheme, within, period, unit, area, issue, indicators, openedAt,
                openedBy, deadline, State.REPORTED, more, verifications, escalation);
    }

    /** The supervisor accepts the latest report: the task is done. */
    public SupervisionTask accept(Instant at, String by) {
        requireReported();
        return verified(new Verification(reports.size(), Verdict.ACCEPTED, Optional.empty(), Optional.empty(), at, by),
                State.ACCEPTED, deadline);
    }

    /** The supervisor sends the latest report back with a reason and a new deadline; the unit reports again. */
    public SupervisionTask sendBack(String reason, Deadline newDeadline, Instant at, String by) {
        requireReported();
        String text = Texts.required("reason", "why the rectification is sent back", reason, 2_000);
        Objects.requireNonNull(newDeadline, "newDeadline");
        return verified(new Verification(reports.size(), Verdict.SENT_BACK, Optional.of(text), Optional.of(newDeadline), at, by),
                State.SENT_BACK, newDeadline);
    }

    private void requireReported() {
        if (state != State.REPORTED) {
            throw new ConflictException("state", "supervision task " + id + " is " + state + ": only a reported rectification is "
                    + "verified");
        }
    }

    private SupervisionTask verified(Verification verification, State next, Deadline running) {
        List<Verification> more = new ArrayList<>(verifications);
        more.add(verification);
        return new SupervisionTask(id, version + 1, notice, scheme, within, period, unit, area, issue, indicators, openedAt,
                openedBy, running, next, reports, more, escalation);
    }

    /** The unit owes a report and its deadline has passed. */
    public boolean overdue(Instant now) {
        return state.awaitsReport() && deadline.hasPassed(now);
    }

    /** Who reported the report waiting for verification, if one is. */
    public Optional<String> reportedBy() {
        return state == State.REPORTED ? Optional.of(reports.getLast().by()) : Optional.empty();
    }

    /**
     * Escalates the overdue task to the area above the supervising one (a city's own stays with the city): once in the
     * task's life, so a sent-back task overdue again is listed, not escalated twice.
     */
    public SupervisionTask escalate(Instant at) {
        if (escalation.isPresent()) {
            throw new ConflictException("escalation", "supervision task " + id + " was escalated at " + escalation.get().at());
        }
        if (!overdue(at)) {
            throw new ConflictException("deadline", "supervision task " + id + " is not overdue: " + state + ", due "
                    + deadline.dueOn());
        }
        AreaCode to = within.level() == AdminLevel.CITY ? within : within.parent().orElse(within);
        Escalation escalated = new Escalation(at, to, "overdue: the rectification of " + unit.name() + " was due "
                + deadline.dueOn() + (reports.isEmpty() ? " and nothing was reported" : " after it was sent back"));
        return new SupervisionTask(id, version + 1, notice, scheme, within, period, unit, area, issue, indicators, openedAt,
                openedBy, deadline, state, reports, verifications, Optional.of(escalated));
    }
}
