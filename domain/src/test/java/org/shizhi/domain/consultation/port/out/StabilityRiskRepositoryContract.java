package org.shizhi.domain.consultation.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.SampleConsultation;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.StabilityRiskLevel;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.shared.StaleVersionException;

/** What every storage of stability-risk assessments must do; run against each adapter. */
public abstract class StabilityRiskRepositoryContract {

    public static final Council COUNCIL = SampleConsultation.council(SampleConsultation.ZONGFU, "总府街居民议事会", 9);
    public static final Meeting MEETING = SampleConsultation.meeting(COUNCIL, LocalDate.of(2025, 9, 20));

    protected StabilityRiskRepository repository;

    protected abstract StabilityRiskRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    @Test
    void anAssessmentReadsBackWithScoresRisksOpinionsAndItsApprovedPlan() {
        Topic topic = SampleConsultation.topic(MEETING, true, SampleConsultation.FRIDAY);
        StabilityRiskAssessment medium = SampleConsultation.assessment(topic, StabilityRiskLevel.MEDIUM, SampleConsultation.FRIDAY);
        repository.save(medium);
        assertThat(repository.find(medium.id())).contains(medium);
        StabilityRiskAssessment approved = medium.approveMitigation("分期施工", "街道党工委书记");
        repository.save(approved);
        assertThat(repository.find(medium.id())).contains(approved);
        assertThatThrownBy(() -> repository.save(medium.approveMitigation("另一计划", "他人"))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> repository.save(medium)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void theLatestAssessmentOfATopicIsTheOneThatGatesIt() {
        Instant t = SampleConsultation.FRIDAY;
        Topic topic = SampleConsultation.topic(MEETING, true, t);
        Topic other = SampleConsultation.topic(MEETING, true, t);
        assertThat(repository.latestFor(topic.id())).isEmpty();
        StabilityRiskAssessment high = SampleConsultation.assessment(topic, StabilityRiskLevel.HIGH, t);
        StabilityRiskAssessment low = SampleConsultation.assessment(topic, StabilityRiskLevel.LOW, t.plus(Duration.ofDays(10)));
        repository.save(low);
        repository.save(high);
        repository.save(SampleConsultation.assessment(other, StabilityRiskLevel.HIGH, t.plus(Duration.ofDays(20))));
        assertThat(repository.latestFor(topic.id())).contains(low);
    }
}
