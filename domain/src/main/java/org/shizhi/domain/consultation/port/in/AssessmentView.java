package org.shizhi.domain.consultation.port.in;

import java.util.Optional;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.shared.PersonalData;

/**
 * A stability-risk assessment as a reader sees it: the approver of its mitigation plan is a person's name, clear with
 * the personal-data privilege and masked otherwise; {@code assessment().approver()} is not for display.
 */
public record AssessmentView(StabilityRiskAssessment assessment, Optional<String> approver, boolean masked) {

    public static AssessmentView of(StabilityRiskAssessment a, PersonalData shown) {
        return new AssessmentView(a, a.approver().map(shown::name), !shown.isClear());
    }
}
