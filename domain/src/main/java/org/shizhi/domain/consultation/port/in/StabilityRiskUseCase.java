package org.shizhi.domain.consultation.port.in;

import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/**
 * Stability-risk assessments of major decisions (重大决策社会稳定风险评估). Permissions:
 * {@link Permission#ASSESS_STABILITY_RISK}, {@link Permission#APPROVE_STABILITY_RISK_PLAN}; the topic's area in the
 * caller's jurisdiction.
 */
public interface StabilityRiskUseCase {

    /** Records an assessment of a major topic's decision, before it is decided. */
    AssessmentView assess(Actor actor, StabilityRiskAssessment.Findings findings);

    /** Records the mitigation plan of a medium-risk decision and who approved it (a person's name: personal data). */
    AssessmentView approveMitigation(Actor actor, ApproveMitigation command);

    record ApproveMitigation(AssessmentId assessment, long expectedVersion, String plan, String approver) {
        public ApproveMitigation {
            Checks.target("assessmentId", assessment, expectedVersion);
            plan = Texts.required("mitigationPlan", "the mitigation plan", plan, 4_000);
            approver = Texts.required("approver", "who approved the plan", approver, 100);
        }
    }
}
