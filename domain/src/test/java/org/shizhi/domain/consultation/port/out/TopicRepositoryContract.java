package org.shizhi.domain.consultation.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.SampleConsultation;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.StaleVersionException;

/** What every storage of topics must do; run against each adapter. */
public abstract class TopicRepositoryContract {

    public static final Council ZONGFU_COUNCIL = SampleConsultation.council(SampleConsultation.ZONGFU, "总府街居民议事会", 9);
    public static final Meeting ZONGFU_MEETING = SampleConsultation.meeting(ZONGFU_COUNCIL, LocalDate.of(2025, 9, 20));
    public static final Council HONGXING_COUNCIL = SampleConsultation.council(SampleConsultation.HONGXING, "红星路居民议事会", 9);
    public static final Meeting HONGXING_MEETING = SampleConsultation.meeting(HONGXING_COUNCIL, LocalDate.of(2025, 9, 20));

    protected TopicRepository repository;

    /** An empty store; the councils and meetings above are there if the store needs them. */
    protected abstract TopicRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    Topic saved(Topic t) {
        repository.save(t);
        return t;
    }

    @Test
    void aTopicReadsBackWithEverythingSaidVotedDecidedAndAnswered() {
        Instant t = SampleConsultation.FRIDAY;
        Topic topic = saved(SampleConsultation.topic(ZONGFU_MEETING, true, t));
        assertThat(repository.find(topic.id())).contains(topic);
        Topic heard = saved(saved(topic.hear("张三", "居民", "支持加装", t)).hear("李四", "一楼住户", "担心采光", t.plusSeconds(60)));
        Topic voted = saved(saved(saved(heard.propose("按楼层分摊")).propose("暂缓")).vote(1,
                org.shizhi.domain.consultation.model.Vote.count(org.shizhi.domain.consultation.model.QuorumRule.standard(), 9, 8, 6, 1, 1, t)));
        var low = SampleConsultation.assessment(voted, org.shizhi.domain.consultation.model.StabilityRiskLevel.LOW, t);
        Topic decided = saved(voted.decide(1, "按楼层分摊加装", Optional.of(low), t.plusSeconds(120)));
        Topic answered = saved(decided.publishFeedback("方案已公示", "社区公开栏", t.plusSeconds(180)));
        Topic closed = saved(answered.close(t.plusSeconds(240)));
        assertThat(repository.find(topic.id())).contains(closed);
        assertThatThrownBy(() -> repository.save(heard.propose("迟到的方案"))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> repository.save(topic)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aDecisionReadsBackWithTheAssessmentThatAllowedIt() {
        Instant t = SampleConsultation.FRIDAY;
        Topic raised = saved(SampleConsultation.topic(ZONGFU_MEETING, true, t));
        Topic passed = saved(saved(raised.propose("按楼层分摊")).vote(1,
                org.shizhi.domain.consultation.model.Vote.count(org.shizhi.domain.consultation.model.QuorumRule.standard(), 9, 9, 7, 1, 1, t)));
        var low = SampleConsultation.assessment(passed, org.shizhi.domain.consultation.model.StabilityRiskLevel.LOW, t);
        Topic decided = saved(passed.decide(1, "加装", Optional.of(low), t));
        assertThat(repository.find(passed.id())).contains(decided);
    }

    @Test
    void topicsInsideAnAreaComeLatestFirst() {
        Instant t = SampleConsultation.FRIDAY;
        Topic first = saved(SampleConsultation.topic(ZONGFU_MEETING, false, t));
        Topic second = saved(SampleConsultation.topic(HONGXING_MEETING, false, t.plus(Duration.ofDays(1))));
        assertThat(repository.within(SampleConsultation.CHUNXI_ROAD, PageRequest.first(10)).items()).containsExactly(second, first);
        assertThat(repository.within(SampleConsultation.ZONGFU, PageRequest.first(10)).items()).containsExactly(first);
        assertThat(repository.within(AreaCode.of("510105"), PageRequest.first(10)).items()).isEmpty();
        for (int i = 0; i < 4; i++) {
            saved(SampleConsultation.topic(ZONGFU_MEETING, false, t));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.within(SampleConsultation.JINJIANG, p), Topic::id, 2);
    }

    @Test
    void openTopicsWithoutFeedbackComeOldestFirstAndLeaveOnceAnswered() {
        Instant t = SampleConsultation.FRIDAY;
        Topic old = saved(SampleConsultation.topic(ZONGFU_MEETING, false, t.minus(Duration.ofDays(30))));
        Topic recent = saved(SampleConsultation.topic(HONGXING_MEETING, false, t));
        Topic answered = saved(SampleConsultation.topic(ZONGFU_MEETING, false, t.minus(Duration.ofDays(40))));
        saved(answered.publishFeedback("已答复", "微信群", t));
        assertThat(repository.openWithoutFeedback(SampleConsultation.JINJIANG, PageRequest.first(10)).items()).containsExactly(old, recent);
        for (int i = 0; i < 4; i++) {
            saved(SampleConsultation.topic(HONGXING_MEETING, false, t.minus(Duration.ofDays(i))));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.openWithoutFeedback(SampleConsultation.JINJIANG, p), Topic::id, 2);
    }

    @Test
    void theCountIsOverTopicsRaisedInThePeriodByTheirDayInChina() {
        Instant t = SampleConsultation.FRIDAY;
        Topic closed = saved(SampleConsultation.topic(ZONGFU_MEETING, false, t));
        saved(saved(closed.publishFeedback("已答复", "公开栏", t)).close(t));
        Topic answeredOpen = saved(SampleConsultation.topic(HONGXING_MEETING, false, t));
        saved(answeredOpen.publishFeedback("已答复", "公开栏", t));
        saved(SampleConsultation.topic(HONGXING_MEETING, false, t));
        // 00:30 on 1 October in China is still 30 September in UTC: outside a September period.
        saved(SampleConsultation.topic(ZONGFU_MEETING, false, SampleConsultation.china("2025-10-01T00:30")));
        saved(SampleConsultation.topic(ZONGFU_MEETING, false, SampleConsultation.china("2025-09-01T00:30")));
        assertThat(repository.count(SampleConsultation.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new TopicRepository.TopicCount(4, 1, 2));
        assertThat(repository.count(SampleConsultation.HONGXING, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new TopicRepository.TopicCount(2, 0, 1));
        assertThat(repository.count(AreaCode.of("510105"), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new TopicRepository.TopicCount(0, 0, 0));
        // By community: 总府街 the closed one and the one of 1 September (open, unanswered); 红星路 as above.
        assertThat(repository.countByArea(SampleConsultation.JINJIANG, AdminLevel.COMMUNITY, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30))).isEqualTo(Map.of(SampleConsultation.ZONGFU, new TopicRepository.TopicCount(2, 1, 1),
                SampleConsultation.HONGXING, new TopicRepository.TopicCount(2, 0, 1)));
        assertThat(repository.countByArea(SampleConsultation.JINJIANG, AdminLevel.STREET, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30))).as("both lie in 春熙路 street")
                .isEqualTo(Map.of(AreaCode.of("510104022000"), new TopicRepository.TopicCount(4, 1, 2)));
        assertThat(repository.countByArea(AreaCode.of("510105"), AdminLevel.STREET, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30))).isEmpty();
    }
}
