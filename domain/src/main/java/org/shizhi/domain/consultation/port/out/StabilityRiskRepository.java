package org.shizhi.domain.consultation.port.out;

import java.util.Optional;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.TopicId;

/** Where stability-risk assessments are kept. Contract: {@code StabilityRiskRepositoryContract}. */
public interface StabilityRiskRepository {

    /** Inserts at version 1, else replaces version - 1, else {@link org.shizhi.domain.shared.StaleVersionException}. */
    void save(StabilityRiskAssessment assessment);

    Optional<StabilityRiskAssessment> find(AssessmentId id);

    /** The topic's latest assessment (by when it was assessed, then id): the one that gates its decision. */
    Optional<StabilityRiskAssessment> latestFor(TopicId topic);
}
