package org.shizhi.domain.consultation.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * The stability-risk assessment of a major decision (重大决策社会稳定风险评估): the four scores, the risks found with their
 * mitigations, the opinions gathered, and an overall level. The level gates the decision: low lets it be taken,
 * high never, medium only with a recorded mitigation plan and the approver who signed it.
 *
 * @param opinionsGathered how the people concerned were heard (a survey, hearings, visits), one line each
 */
public record StabilityRiskAssessment(AssessmentId id, long version, TopicId topic, AreaCode area, String subject,
                                      RiskScores scores, List<Risk> risks, List<String> opinionsGathered,
                                      StabilityRiskLevel level, Optional<String> mitigationPlan, Optional<String> approver,
                                      Instant assessedAt) {

    public static final int MAX_RISKS = 50;
    public static final int MAX_OPINIONS = 50;

    /** What an assessment is recorded with. */
    public record Findings(TopicId topic, String subject, RiskScores scores, List<Risk> risks, List<String> opinionsGathered,
                           StabilityRiskLevel level) {
        public Findings {
            if (topic == null) {
                throw new InvalidValueException("topicId", "the topic whose decision is assessed is required");
            }
            subject = Texts.required("subject", "the decision assessed", subject, 400);
            if (scores == null) {
                throw new InvalidValueException("scores", "the four scores are required");
            }
            risks = risks == null ? List.of() : List.copyOf(risks);
            if (risks.size() > MAX_RISKS) {
                throw new InvalidValueException("risks", "at most " + MAX_RISKS + " risks");
            }
            opinionsGathered = opinionsGathered == null ? List.of()
                    : opinionsGathered.stream().map(o -> Texts.required("opinionsGathered", "an opinion gathered", o, 1_000)).toList();
            if (opinionsGathered.isEmpty()) {
                throw new InvalidValueException("opinionsGathered", "an assessment hears the people concerned: at least one opinion gathered");
            }
            if (opinionsGathered.size() > MAX_OPINIONS) {
                throw new InvalidValueException("opinionsGathered", "at most " + MAX_OPINIONS + " opinions");
            }
            if (level == null) {
                throw new InvalidValueException("level", "the overall level is LOW, MEDIUM or HIGH");
            }
            if (level != StabilityRiskLevel.LOW && risks.isEmpty()) {
                throw new InvalidValueException("risks", "a " + level + " level names the risks found");
            }
        }
    }

    public StabilityRiskAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        risks = List.copyOf(risks);
        opinionsGathered = List.copyOf(opinionsGathered);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(mitigationPlan, "mitigationPlan");
        Objects.requireNonNull(approver, "approver");
    }

    public static StabilityRiskAssessment record(AssessmentId id, AreaCode area, Findings f, Instant now) {
        return new StabilityRiskAssessment(id, 1, f.topic(), area, f.subject(), f.scores(), f.risks(), f.opinionsGathered(),
                f.level(), Optional.empty(), Optional.empty(), now);
    }

    /** Records the mitigation plan and who approved it: what a medium level needs before the decision. */
    public StabilityRiskAssessment approveMitigation(String plan, String approvedBy) {
        String p = Texts.required("mitigationPlan", "the mitigation plan", plan, 4_000);
        String a = Texts.required("approver", "who approved the plan", approvedBy, 100);
        if (level == StabilityRiskLevel.HIGH) {
            throw new ConflictException("level", "assessment " + id + " found a HIGH risk: no plan lets the decision be taken; reassess once the decision is changed");
        }
        if (mitigationPlan.isPresent()) {
            throw new ConflictException("mitigationPlan", "assessment " + id + " has its approved plan already");
        }
        return new StabilityRiskAssessment(id, version + 1, topic, area, subject, scores, risks, opinionsGathered, level,
                Optional.of(p), Optional.of(a), assessedAt);
    }

    /** Whether the decision may be taken now. */
    public boolean allowsDecision() {
        return switch (level) {
            case LOW -> true;
            case MEDIUM -> mitigationPlan.isPresent() && approver.isPresent();
            case HIGH -> false;
        };
    }

    /** Refuses, naming why, unless the assessment allows the decision. */
    public void requireAllowsDecision() {
        if (level == StabilityRiskLevel.HIGH) {
            throw new ConflictException("assessment", "assessment " + id + " found a HIGH stability risk: the decision may not be taken");
        }
        if (!allowsDecision()) {
            throw new ConflictException("mitigationPlan", "assessment " + id + " found a MEDIUM stability risk: the decision is taken only "
                    + "once a mitigation plan and its approver are recorded");
        }
    }
}
