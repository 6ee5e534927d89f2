package org.shizhi.domain.consultation.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.shared.StaleVersionException;

/** Stability-risk assessments in memory, every method synchronized. */
public final class InMemoryStabilityRiskRepository implements StabilityRiskRepository {

    private final Map<AssessmentId, StabilityRiskAssessment> assessments = new LinkedHashMap<>();

    @Override
    public synchronized void save(StabilityRiskAssessment a) {
        StabilityRiskAssessment stored = assessments.get(a.id());
        if (a.version() == 1 ? stored != null : stored == null || stored.version() != a.version() - 1) {
            throw new StaleVersionException("assessment " + a.id() + " is not at version " + (a.version() - 1));
        }
        assessments.put(a.id(), a);
    }

    @Override
    public synchronized Optional<StabilityRiskAssessment> find(AssessmentId id) {
        return Optional.ofNullable(assessments.get(id));
    }

    @Override
    public synchronized Optional<StabilityRiskAssessment> latestFor(TopicId topic) {
        return assessments.values().stream().filter(a -> a.topic().equals(topic))
                .max(Comparator.comparing(StabilityRiskAssessment::assessedAt)
                        .thenComparing(a -> a.id().toString(), Comparator.reverseOrder()));
    }
}
