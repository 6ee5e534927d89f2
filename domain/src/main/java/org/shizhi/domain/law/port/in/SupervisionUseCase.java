package org.shizhi.domain.law.port.in;

import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.ReviewOutcome;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/**
 * Enforcement supervision (执法监督). Permissions: {@link Permission#FILE_SUPERVISION_COMPLAINT},
 * {@link Permission#REVIEW_SUPERVISION_COMPLAINT}; the complaint's area must lie in the caller's jurisdiction.
 */
public interface SupervisionUseCase {

    ComplaintView file(Actor actor, SupervisionComplaint.Intake intake);

    ComplaintView review(Actor actor, Review command);

    record Review(ComplaintId complaint, long expectedVersion, ReviewOutcome outcome, String finding) {
        public Review {
            Checks.target(complaint, expectedVersion);
            if (outcome == null) {
                throw new InvalidValueException("outcome", "the outcome is UPHELD, CORRECTED or DISMISSED");
            }
            finding = Texts.required("finding", "the review's finding", finding, 4_000);
        }
    }
}
