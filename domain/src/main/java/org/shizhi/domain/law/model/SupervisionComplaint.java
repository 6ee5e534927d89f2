package org.shizhi.domain.law.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * An enforcement-supervision complaint (执法监督): about an act of an agency, reviewed before {@code reviewDue} with an
 * outcome and a finding.
 *
 * @param area the district or street where the act took place
 */
public record SupervisionComplaint(ComplaintId id, long version, AreaCode area, String agency, String act,
                                   Person complainant, Instant filedAt, Deadline reviewDue,
                                   Optional<ReviewOutcome> outcome, Optional<String> finding, Optional<Instant> reviewedAt) {

    public record Intake(AreaCode area, String agency, String act, Person complainant) {
        public Intake {
            if (area == null || area.level() == AdminLevel.PROVINCE) {
                throw new InvalidValueException("area", "a complaint is placed in a city, district, street or community");
            }
            agency = Texts.required("agency", "the agency complained about", agency, 200);
            act = Texts.required("act", "the act complained about", act, 4_000);
            if (complainant == null) {
                throw new InvalidValueException("complainant", "the complainant is required");
            }
        }
    }

    public SupervisionComplaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reviewDue, "reviewDue");
    }

    public static SupervisionComplaint file(ComplaintId id, Intake intake, Deadline reviewDue, Instant now) {
        return new SupervisionComplaint(id, 1, intake.area(), intake.agency(), intake.act(), intake.complainant(), now,
                reviewDue, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Reviewed once, with the outcome and what the review found. */
    public SupervisionComplaint review(Instant now, ReviewOutcome result, String findings) {
        if (result == null) {
            throw new InvalidValueException("outcome", "the outcome is UPHELD, CORRECTED or DISMISSED");
        }
        String text = Texts.required("finding", "the review's finding", findings, 4_000);
        if (outcome.isPresent()) {
            throw new ConflictException("outcome", "complaint " + id + " was reviewed already (" + outcome.get() + ")");
        }
        return new SupervisionComplaint(id, version + 1, area, agency, act, complainant, filedAt, reviewDue,
                Optional.of(result), Optional.of(text), Optional.of(now));
    }

    /** Unreviewed past the deadline. */
    public boolean isOverdue(Instant now) {
        return outcome.isEmpty() && reviewDue.hasPassed(now);
    }

    public boolean reviewedOnTime() {
        return reviewedAt.isPresent() && !reviewDue.hasPassed(reviewedAt.get());
    }
}
