package org.shizhi.domain.consultation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;

class CouncilAndTopicTest {

    final Council council = SampleConsultation.council(SampleConsultation.ZONGFU, "总府街社区居民议事会", 9);
    final Meeting meeting = SampleConsultation.meeting(council, LocalDate.of(2025, 9, 20));

    @Test
    void twoThirdsOfTheServingMembersMakeAQuorumAndAMajorityOfThosePresentPasses() {
        QuorumRule rule = QuorumRule.standard();
        assertThat(rule.result(6, 9, 4)).as("6 of 9 is two thirds; 4 of 6 is a majority").isEqualTo(VoteResult.PASSED);
        assertThat(rule.result(6, 9, 3)).as("3 of 6 is half, not more than half").isEqualTo(VoteResult.REJECTED);
        assertThat(rule.result(5, 9, 5)).as("5 of 9 is short of two thirds, whatever the ballots").isEqualTo(VoteResult.NO_QUORUM);
        assertThat(new QuorumRule(1, 2).result(5, 9, 3)).as("a courtyard meeting's half").isEqualTo(VoteResult.PASSED);
    }

    @Test
    void aQuorumRuleOutsideZeroToOneIsRefusedByName() {
        assertThatThrownBy(() -> new QuorumRule(4, 3)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "quorum.attendanceNumerator");
        assertThatThrownBy(() -> new QuorumRule(0, 3)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ballotsBeyondThosePresentAreRefused() {
        assertThatThrownBy(() -> Vote.count(QuorumRule.standard(), 9, 6, 5, 2, 0, SampleConsultation.FRIDAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("exceed the 6 present");
        assertThatThrownBy(() -> Vote.count(QuorumRule.standard(), 9, 10, 5, 2, 0, SampleConsultation.FRIDAY))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "present");
    }

    @Test
    void onlyMembersWhoseTermCoversTheDayServe() {
        Council withFormer = council.appoint(new Member("老李", Optional.empty(), "村民代表", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)));
        assertThat(withFormer.servingOn(LocalDate.of(2025, 9, 20))).hasSize(9);
        assertThat(withFormer.servingOn(LocalDate.of(2023, 6, 1))).extracting(Member::name).containsExactly("老李");
        assertThatThrownBy(() -> withFormer.appoint(SampleConsultation.member("代表1"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("overlapping term");
        assertThatThrownBy(() -> new Member("王", Optional.empty(), "代表", LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "termTo");
    }

    @Test
    void closingATopicWithoutFeedbackIsRefused() {
        Topic topic = SampleConsultation.passed(meeting, false, SampleConsultation.FRIDAY);
        assertThatThrownBy(() -> topic.close(SampleConsultation.FRIDAY)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("field", "feedback").hasMessageContaining("feedback to residents");
        Topic closed = topic.publishFeedback("已在公开栏公示方案", "社区公开栏", SampleConsultation.FRIDAY).close(SampleConsultation.FRIDAY);
        assertThat(closed.isClosed()).isTrue();
        assertThatThrownBy(() -> closed.hear("张三", "居民", "还有意见", SampleConsultation.FRIDAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTopicsAgeCountsCalendarDaysInChinaUntilItCloses() {
        Topic topic = SampleConsultation.topic(meeting, false, SampleConsultation.china("2025-09-01T23:30"));
        assertThat(topic.ageDays(SampleConsultation.china("2025-09-02T00:10"))).isEqualTo(1);
        Topic closed = topic.publishFeedback("已答复", "微信群", SampleConsultation.FRIDAY).close(SampleConsultation.china("2025-09-05T09:00"));
        assertThat(closed.ageDays(SampleConsultation.china("2025-12-01T09:00"))).isEqualTo(4);
    }

    @Test
    void onlyAPassedProposalIsDecidedAndOnce() {
        Topic topic = SampleConsultation.topic(meeting, false, SampleConsultation.FRIDAY).propose("方案一");
        assertThatThrownBy(() -> topic.decide(1, "按方案一", Optional.empty(), SampleConsultation.FRIDAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not been voted on");
        Topic noQuorum = topic.vote(1, Vote.count(QuorumRule.standard(), 9, 4, 4, 0, 0, SampleConsultation.FRIDAY));
        assertThat(noQuorum.proposals().get(0).vote().orElseThrow().result()).isEqualTo(VoteResult.NO_QUORUM);
        assertThatThrownBy(() -> noQuorum.decide(1, "按方案一", Optional.empty(), SampleConsultation.FRIDAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("NO_QUORUM");
        assertThatThrownBy(() -> noQuorum.vote(1, Vote.count(QuorumRule.standard(), 9, 9, 9, 0, 0, SampleConsultation.FRIDAY)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("voted on already");
        Topic decided = SampleConsultation.passed(meeting, false, SampleConsultation.FRIDAY).decide(1, "加装", Optional.empty(), SampleConsultation.FRIDAY);
        assertThat(decided.decision()).isPresent();
        assertThatThrownBy(() -> decided.decide(1, "再次", Optional.empty(), SampleConsultation.FRIDAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> decided.propose("新方案")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> decided.vote(2, null)).isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "proposal");
    }

    @Test
    void opinionsAreNumberedInTheOrderHeard() {
        Topic topic = SampleConsultation.topic(meeting, false, SampleConsultation.FRIDAY)
                .hear("张三", "居民", "支持", SampleConsultation.FRIDAY).hear("李四", "物业", "担心维护费", SampleConsultation.FRIDAY);
        assertThat(topic.opinions()).extracting(Opinion::seq, Opinion::speaker).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "张三"), org.assertj.core.groups.Tuple.tuple(2, "李四"));
        assertThat(topic.version()).isEqualTo(3);
    }

    @Test
    void aMajorDecisionIsNotTakenWithoutAnAssessment() {
        Topic topic = SampleConsultation.passed(meeting, true, SampleConsultation.FRIDAY);
        assertThatThrownBy(() -> topic.decide(1, "加装", Optional.empty(), SampleConsultation.FRIDAY))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("field", "assessment")
                .hasMessageContaining("only after a stability-risk assessment");
    }

    @Test
    void aLowRiskAssessmentLetsTheMajorDecisionBeTaken() {
        Topic topic = SampleConsultation.passed(meeting, true, SampleConsultation.FRIDAY);
        StabilityRiskAssessment low = SampleConsultation.assessment(topic, StabilityRiskLevel.LOW, SampleConsultation.FRIDAY);
        assertThat(topic.decide(1, "加装", Optional.of(low), SampleConsultation.FRIDAY).decision().orElseThrow().assessment()).contains(low.id());
    }

    @Test
    void aMediumRiskNeedsARecordedMitigationPlanAndItsApprover() {
        Topic topic = SampleConsultation.passed(meeting, true, SampleConsultation.FRIDAY);
        StabilityRiskAssessment medium = SampleConsultation.assessment(topic, StabilityRiskLevel.MEDIUM, SampleConsultation.FRIDAY);
        assertThatThrownBy(() -> topic.decide(1, "加装", Optional.of(medium), SampleConsultation.FRIDAY))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("field", "mitigationPlan");
        StabilityRiskAssessment approved = medium.approveMitigation("分期施工，设立协调小组", "春熙路街道党工委书记");
        assertThat(approved.allowsDecision()).isTrue();
        assertThat(topic.decide(1, "加装", Optional.of(approved), SampleConsultation.FRIDAY).decision()).isPresent();
        assertThatThrownBy(() -> approved.approveMitigation("另一个", "某人")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aHighRiskNeverLetsTheDecisionBeTakenNorTakesAPlan() {
        Topic topic = SampleConsultation.passed(meeting, true, SampleConsultation.FRIDAY);
        StabilityRiskAssessment high = SampleConsultation.assessment(topic, StabilityRiskLevel.HIGH, SampleConsultation.FRIDAY);
        assertThatThrownBy(() -> topic.decide(1, "加装", Optional.of(high), SampleConsultation.FRIDAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("HIGH");
        assertThatThrownBy(() -> high.approveMitigation("计划", "领导")).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("field", "level");
    }

    @Test
    void anAssessmentOfAnotherTopicDoesNotOpenTheGate() {
        Topic topic = SampleConsultation.passed(meeting, true, SampleConsultation.FRIDAY);
        Topic other = SampleConsultation.passed(meeting, true, SampleConsultation.FRIDAY);
        StabilityRiskAssessment low = SampleConsultation.assessment(other, StabilityRiskLevel.LOW, SampleConsultation.FRIDAY);
        assertThatThrownBy(() -> topic.decide(1, "加装", Optional.of(low), SampleConsultation.FRIDAY))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "assessmentId");
    }

    @Test
    void anAssessmentAboveLowNamesItsRisksAndEveryAssessmentHearsSomeone() {
        Topic topic = SampleConsultation.topic(meeting, true, SampleConsultation.FRIDAY);
        RiskScores scores = new RiskScores(90, 80, 85, 70);
        assertThatThrownBy(() -> new StabilityRiskAssessment.Findings(topic.id(), "方案", scores, List.of(), List.of("走访"), StabilityRiskLevel.MEDIUM))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "risks");
        assertThatThrownBy(() -> new StabilityRiskAssessment.Findings(topic.id(), "方案", scores, List.of(), List.of(), StabilityRiskLevel.LOW))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "opinionsGathered");
        assertThatThrownBy(() -> new RiskScores(90, 101, 85, 70)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "scores.reasonableness");
    }
}
