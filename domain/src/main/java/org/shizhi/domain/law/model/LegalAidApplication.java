package org.shizhi.domain.law.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.WorkingTime;

/**
 * A legal-aid application (法律援助申请): received, decided within the city's deadline (granted, or refused with a
 * reason), assigned to a centre and one of its lawyers, closed with the result and the applicant's satisfaction.
 * Immutable: each step answers the application one version on.
 *
 * @param area          the community the applicant lives in
 * @param decisionDue   the eligibility decision's deadline, counted from the received date
 */
public record LegalAidApplication(LegalAidId id, long version, AreaCode area, Person applicant, String matter,
                                  LegalAidCategory category, List<String> hardshipEvidence, LocalDate receivedOn,
                                  Deadline decisionDue, LegalAidState state, Optional<Instant> decidedAt,
                                  Optional<String> refusalReason, Optional<String> centre, Optional<String> lawyer,
                                  Optional<String> result, Optional<Satisfaction> satisfaction, Optional<Instant> closedAt) {

    public static final int MAX_MATTER_LENGTH = 2_000;
    public static final int MAX_EVIDENCE = 20;

    /** What an application is received with. */
    public record Intake(AreaCode area, Person applicant, String matter, LegalAidCategory category,
                         List<String> hardshipEvidence, LocalDate receivedOn) {
        public Intake {
            if (area == null || area.level() != AdminLevel.COMMUNITY) {
                throw new InvalidValueException("area", "a legal-aid application is placed in the applicant's community (a 12-digit code)");
            }
            if (applicant == null) {
                throw new InvalidValueException("applicant", "the applicant is required");
            }
            matter = Texts.required("matter", "the matter", matter, MAX_MATTER_LENGTH);
            if (category == null) {
                throw new InvalidValueException("category", "the category is required");
            }
            hardshipEvidence = hardshipEvidence == null ? List.of() : hardshipEvidence.stream()
                    .map(e -> Texts.required("hardshipEvidence", "an item of hardship evidence", e, 500)).toList();
            if (hardshipEvidence.size() > MAX_EVIDENCE) {
                throw new InvalidValueException("hardshipEvidence", "at most " + MAX_EVIDENCE + " items of hardship evidence");
            }
            if (receivedOn == null) {
                throw new InvalidValueException("receivedOn", "the received date is required");
            }
        }

        /** Refuses a received date after {@code now}'s day in China: an application is entered once received. */
        public void requireReceivedBy(Instant now) {
            if (receivedOn.isAfter(WorkingTime.dateOf(now))) {
                throw new InvalidValueException("receivedOn", "the received date " + receivedOn + " lies in the future");
            }
        }
    }

    public LegalAidApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        hardshipEvidence = List.copyOf(hardshipEvidence);
    }

    /** A new application; the received date may not lie after today in China. */
    public static LegalAidApplication receive(LegalAidId id, Intake intake, Deadline decisionDue, Instant now) {
        intake.requireReceivedBy(now);
        return new LegalAidApplication(id, 1, intake.area(), intake.applicant(), intake.matter(), intake.category(),
                intake.hardshipEvidence(), intake.receivedOn(), decisionDue, LegalAidState.RECEIVED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Granted: legal aid will be given. */
    public LegalAidApplication grant(Instant now) {
        requireState(LegalAidState.RECEIVED, "decided");
        return with(LegalAidState.GRANTED, Optional.of(now), Optional.empty(), centre, lawyer, result, satisfaction, closedAt);
    }

    /** Refused, always with the reason the applicant is told. */
    public LegalAidApplication refuse(Instant now, String reason) {
        String why = Texts.required("reason", "the reason for refusing", reason, 1_000);
        requireState(LegalAidState.RECEIVED, "decided");
        return with(LegalAidState.REFUSED, Optional.of(now), Optional.of(why), centre, lawyer, result, satisfaction, closedAt);
    }

    /** Assigned to a centre's lawyer; the caller has checked the lawyer's caseload. */
    public LegalAidApplication assign(LegalAidCentre to, Lawyer who) {
        requireState(LegalAidState.GRANTED, "assigned");
        if (to.lawyer(who.id()).isEmpty()) {
            throw new InvalidValueException("lawyer", who.id() + " is not a lawyer of centre " + to.code());
        }
        return with(LegalAidState.ASSIGNED, decidedAt, refusalReason, Optional.of(to.code()), Optional.of(who.id()),
                result, satisfaction, closedAt);
    }

    /** Closed with what came of it and the applicant's satisfaction. */
    public LegalAidApplication close(Instant now, String outcome, Satisfaction applicantSays) {
        String text = Texts.required("result", "the result", outcome, 2_000);
        if (applicantSays == null) {
            throw new InvalidValueException("satisfaction", "the applicant's satisfaction is required");
        }
        requireState(LegalAidState.ASSIGNED, "closed");
        return with(LegalAidState.CLOSED, decidedAt, refusalReason, centre, lawyer, Optional.of(text),
                Optional.of(applicantSays), Optional.of(now));
    }

    /** Decided, and before the deadline passed. */
    public boolean decidedOnTime() {
        return decidedAt.isPresent() && !decisionDue.hasPassed(decidedAt.get());
    }

    /** Still undecided after the deadline passed. */
    public boolean isOverdue(Instant now) {
        return state == LegalAidState.RECEIVED && decisionDue.hasPassed(now);
    }

    private void requireState(LegalAidState expected, String what) {
        if (state != expected) {
            throw new ConflictException("state", "legal-aid application " + id + " is " + state + "; only a "
                    + expected + " application can be " + what);
        }
    }

    private LegalAidApplication with(LegalAidState next, Optional<Instant> decided, Optional<String> refusal,
                                     Optional<String> centreCode, Optional<String> lawyerId, Optional<String> res,
                                     Optional<Satisfaction> sat, Optional<Instant> closed) {
        return new LegalAidApplication(id, version + 1, area, applicant, matter, category, hardshipEvidence, receivedOn,
                decisionDue, next, decided, refusal, centreCode, lawyerId, res, sat, closed);
    }
}
