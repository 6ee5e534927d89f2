package org.shizhi.domain.consultation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.consultation.model.AssetKind;
import org.shizhi.domain.consultation.model.ConsultationFigures;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.DisclosureCategory;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.DisposalKind;
import org.shizhi.domain.consultation.model.DisposalRef;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingMode;
import org.shizhi.domain.consultation.model.Member;
import org.shizhi.domain.consultation.model.QuorumRule;
import org.shizhi.domain.consultation.model.Risk;
import org.shizhi.domain.consultation.model.RiskScores;
import org.shizhi.domain.consultation.model.SampleConsultation;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.StabilityRiskLevel;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.consultation.model.VoteResult;
import org.shizhi.domain.consultation.port.in.AssessmentView;
import org.shizhi.domain.consultation.port.in.CouncilUseCase;
import org.shizhi.domain.consultation.port.in.CouncilView;
import org.shizhi.domain.consultation.port.in.DisclosureUseCase;
import org.shizhi.domain.consultation.port.in.StabilityRiskUseCase;
import org.shizhi.domain.consultation.port.in.TopicUseCase;
import org.shizhi.domain.consultation.port.in.TopicView;
import org.shizhi.domain.consultation.port.out.InMemoryCouncilRepository;
import org.shizhi.domain.consultation.port.out.InMemoryDisclosureRepository;
import org.shizhi.domain.consultation.port.out.InMemoryStabilityRiskRepository;
import org.shizhi.domain.consultation.port.out.InMemoryTopicRepository;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.StaleVersionException;

class ConsultationServiceTest {

    static final AreaCode CHENGDU = SampleConsultation.CHENGDU;
    static final Actor STAFF = new Actor("she.qu", CHENGDU, SampleConsultation.ZONGFU, Set.of(Role.COMMUNITY_STAFF), Set.of());
    static final Actor STAFF_WITH_PERSONAL_DATA = new Actor("she.qu", CHENGDU, SampleConsultation.ZONGFU,
            Set.of(Role.COMMUNITY_STAFF), Set.of(Privilege.PERSONAL_DATA));
    static final Actor OFFICER = new Actor("jie.dao", CHENGDU, SampleConsultation.JINJIANG, Set.of(Role.STREET_OFFICER), Set.of());
    static final Actor NEIGHBOUR = new Actor("hong", CHENGDU, SampleConsultation.HONGXING, Set.of(Role.COMMUNITY_STAFF), Set.of());
    static final Actor AUDITOR = new Actor("shen.ji", CHENGDU, CHENGDU, Set.of(Role.AUDITOR), Set.of());

    final TestClock clock = new TestClock(SampleConsultation.FRIDAY);
    final InMemoryCouncilRepository councils = new InMemoryCouncilRepository();
    final InMemoryTopicRepository topics = new InMemoryTopicRepository();
    final InMemoryStabilityRiskRepository assessments = new InMemoryStabilityRiskRepository();
    final InMemoryDisclosureRepository disclosures = new InMemoryDisclosureRepository();
    final ConsultationService service = new ConsultationService(councils, topics, assessments, disclosures, clock);

    CouncilView council(int members) {
        List<Member> all = java.util.stream.IntStream.rangeClosed(1, members).mapToObj(i -> SampleConsultation.member("代表" + i)).toList();
        return service.form(STAFF, new Council.Charter(SampleConsultation.ZONGFU, CouncilKind.VILLAGE_REPRESENTATIVES_TALK,
                "总府街村民代表话事会", QuorumRule.standard(), all));
    }

    Meeting meeting(CouncilView council, LocalDate on) {
        return service.hold(STAFF, new CouncilUseCase.Hold(council.council().id(), MeetingMode.OFFLINE, on, "村委会议室", 12));
    }

    TopicView passedTopic(boolean major) {
        Meeting m = meeting(council(9), LocalDate.of(2025, 9, 20));
        TopicView t = service.raise(STAFF, new Topic.Raise(m.id(), "村道硬化", "筹资硬化村道两公里", major));
        t = service.propose(STAFF, new TopicUseCase.Propose(t.topic().id(), 1, "按户筹资"));
        return service.vote(STAFF, new TopicUseCase.CastVote(t.topic().id(), 2, 1, 7, 5, 1, 1));
    }

    @Test
    void aVoteIsCountedAgainstTheMembersServingOnTheMeetingsDay() {
        CouncilView c = council(6);
        // Three more whose terms ended before the meeting: they do not count towards the quorum.
        for (int i = 0; i < 3; i++) {
            c = service.appoint(STAFF, new CouncilUseCase.Appoint(c.council().id(), c.council().version(),
                    new Member("前任" + i, Optional.empty(), "村民代表", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31))));
        }
        Meeting m = meeting(c, LocalDate.of(2025, 9, 20));
        TopicView t = service.propose(STAFF, new TopicUseCase.Propose(
                service.raise(STAFF, new Topic.Raise(m.id(), "议题", "说明", false)).topic().id(), 1, "方案"));
        TopicView voted = service.vote(STAFF, new TopicUseCase.CastVote(t.topic().id(), 2, 1, 4, 3, 1, 0));
        assertThat(voted.topic().proposals().get(0).vote().orElseThrow())
                .extracting(v -> v.serving(), v -> v.result()).containsExactly(6, VoteResult.PASSED);
        TopicView second = service.propose(STAFF, new TopicUseCase.Propose(t.topic().id(), 3, "方案二"));
        assertThatThrownBy(() -> service.vote(STAFF, new TopicUseCase.CastVote(t.topic().id(), 4, 2, 7, 3, 1, 0)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "present");
        assertThat(service.vote(STAFF, new TopicUseCase.CastVote(t.topic().id(), second.topic().version(), 2, 3, 3, 0, 0))
                .topic().proposals().get(1).vote().orElseThrow().result()).isEqualTo(VoteResult.NO_QUORUM);
    }

    @Test
    void theDecisionGateUsesTheTopicsLatestAssessment() {
        TopicView t = passedTopic(true);
        var id = t.topic().id();
        assertThatThrownBy(() -> service.decide(STAFF, new TopicUseCase.Decide(id, 3, 1, "硬化")))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("field", "assessment");
        StabilityRiskAssessment medium = service.assess(OFFICER, findings(id, StabilityRiskLevel.MEDIUM)).assessment();
        assertThatThrownBy(() -> service.decide(STAFF, new TopicUseCase.Decide(id, 3, 1, "硬化")))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("field", "mitigationPlan");
        AssessmentView approved = service.approveMitigation(OFFICER, new StabilityRiskUseCase.ApproveMitigation(medium.id(), 1, "分段施工",
                "欧阳书记"));
        assertThat(approved.approver()).as("the approver's name is masked without the privilege").contains("欧***");
        assertThat(approved.assessment().approver()).contains("欧阳书记");
        assertThat(service.assessment(STAFF_WITH_PERSONAL_DATA, medium.id()).approver()).contains("欧阳书记");
        clock.advance(Duration.ofHours(1));
        service.assess(OFFICER, findings(id, StabilityRiskLevel.HIGH));
        assertThatThrownBy(() -> service.decide(STAFF, new TopicUseCase.Decide(id, 3, 1, "硬化")))
                .as("a later HIGH reassessment closes the gate the approved plan opened")
                .isInstanceOf(ConflictException.class).hasMessageContaining("HIGH");
        clock.advance(Duration.ofHours(1));
        StabilityRiskAssessment low = service.assess(OFFICER, findings(id, StabilityRiskLevel.LOW)).assessment();
        TopicView decided = service.decide(STAFF, new TopicUseCase.Decide(id, 3, 1, "硬化"));
        assertThat(decided.topic().decision().orElseThrow().assessment()).contains(low.id());
        assertThatThrownBy(() -> service.assess(OFFICER, findings(id, StabilityRiskLevel.LOW)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("decided already");
    }

    @Test
    void anOrdinaryTopicNeedsNoAssessmentAndRefusesOne() {
        TopicView t = passedTopic(false);
        assertThatThrownBy(() -> service.assess(OFFICER, findings(t.topic().id(), StabilityRiskLevel.LOW)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not a major decision");
        assertThat(service.decide(STAFF, new TopicUseCase.Decide(t.topic().id(), 3, 1, "硬化")).topic().decision()).isPresent();
    }

    @Test
    void aTopicClosesOnlyAfterFeedbackAndLeavesTheAwaitingList() {
        TopicView t = passedTopic(false);
        var id = t.topic().id();
        clock.advance(Duration.ofDays(12));
        assertThat(service.topicsAwaitingFeedback(OFFICER, SampleConsultation.JINJIANG, PageRequest.first(10)).items())
                .extracting(TopicView::ageDays).containsExactly(12L);
        assertThatThrownBy(() -> service.close(STAFF, new TopicUseCase.Target(id, 3))).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("field", "feedback");
        assertThat(topics.find(id).orElseThrow().version()).as("a refused close writes nothing").isEqualTo(3);
        service.publishFeedback(STAFF, new TopicUseCase.PublishFeedback(id, 3, "已公示", "村务公开栏"));
        assertThat(service.topicsAwaitingFeedback(OFFICER, SampleConsultation.JINJIANG, PageRequest.first(10)).items()).isEmpty();
        assertThat(service.close(STAFF, new TopicUseCase.Target(id, 4)).topic().isClosed()).isTrue();
    }

    @Test
    void rolesJurisdictionAndVersionAreCheckedBeforeTheRule() {
        TopicView t = passedTopic(false);
        var id = t.topic().id();
        assertThatThrownBy(() -> service.decide(AUDITOR, new TopicUseCase.Decide(id, 3, 1, "硬化"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.decide(NEIGHBOUR, new TopicUseCase.Decide(id, 3, 1, "硬化"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.decide(STAFF, new TopicUseCase.Decide(id, 2, 1, "硬化"))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> service.topic(NEIGHBOUR, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.form(NEIGHBOUR, new Council.Charter(SampleConsultation.ZONGFU, CouncilKind.CHILDREN, "x", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void namesAreMaskedToReadersWithoutThePrivilege() {
        TopicView t = passedTopic(false);
        service.hear(STAFF, new TopicUseCase.Hear(t.topic().id(), 3, "张小明", "村民", "支持"));
        assertThat(service.topic(STAFF, t.topic().id()).opinions().get(0).speaker()).isEqualTo("张**");
        assertThat(service.topic(STAFF_WITH_PERSONAL_DATA, t.topic().id()).opinions().get(0).speaker()).isEqualTo("张小明");
        CouncilView c = service.councils(STAFF, SampleConsultation.ZONGFU, Optional.empty(), PageRequest.first(1)).items().get(0);
        assertThat(c.members().get(0).phone()).hasValueSatisfying(p -> assertThat(p).contains("*"));
    }

    @Test
    void aMeetingIsRecordedOnceHeld() {
        CouncilView c = council(3);
        assertThatThrownBy(() -> meeting(c, LocalDate.of(2025, 9, 27))).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "heldOn");
    }

    @Test
    void anItemIsPublishedOnAnOpenBoardAndNamesOnlyTheCommunitysDisposals() {
        DisclosureItem.Draft draft = new DisclosureItem.Draft(SampleConsultation.ZONGFU, DisclosureCategory.FINANCE,
                YearMonth.of(2025, 9), "九月财务", "收支", List.of());
        assertThatThrownBy(() -> service.publish(STAFF, draft)).isInstanceOf(ConflictException.class).hasMessageContaining("no disclosure board");
        service.openBoard(STAFF, SampleConsultation.board(SampleConsultation.ZONGFU, "总府街社区"));
        VillageAsset mine = service.registerAsset(STAFF, new VillageAsset.Entry(SampleConsultation.ZONGFU, AssetKind.RESOURCE, "林地", BigDecimal.TEN));
        mine = service.dispose(STAFF, new DisclosureUseCase.Dispose(mine.id(), 1, DisposalKind.LEASE, "出租", BigDecimal.ONE, LocalDate.of(2025, 9, 1)));
        VillageAsset theirs = service.registerAsset(NEIGHBOUR, new VillageAsset.Entry(SampleConsultation.HONGXING, AssetKind.FUND, "资金", BigDecimal.TEN));
        var theirsId = theirs.id();
        var mineId = mine.id();
        assertThatThrownBy(() -> service.publish(STAFF, new DisclosureItem.Draft(SampleConsultation.ZONGFU, DisclosureCategory.FINANCE,
                YearMonth.of(2025, 9), "九月财务", "收支", List.of(new DisposalRef(theirsId, 1)))))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "disposals.assetId");
        assertThatThrownBy(() -> service.publish(STAFF, new DisclosureItem.Draft(SampleConsultation.ZONGFU, DisclosureCategory.FINANCE,
                YearMonth.of(2025, 9), "九月财务", "收支", List.of(new DisposalRef(mineId, 2)))))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "disposals.seq");
        DisclosureItem item = service.publish(STAFF, new DisclosureItem.Draft(SampleConsultation.ZONGFU, DisclosureCategory.FINANCE,
                YearMonth.of(2025, 9), "九月财务", "收支", List.of(new DisposalRef(mineId, 1))));
        assertThat(item.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(service.publicBoard(SampleConsultation.ZONGFU, Optional.empty(), PageRequest.first(10)).items().items()).containsExactly(item);
    }

    @Test
    void thePublicViewIsBoundedAndKnowsOnlyBoards() {
        assertThatThrownBy(() -> service.publicBoard(SampleConsultation.ZONGFU, Optional.empty(), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        service.openBoard(STAFF, SampleConsultation.board(SampleConsultation.ZONGFU, "总府街社区"));
        assertThatThrownBy(() -> service.publicBoard(SampleConsultation.ZONGFU, Optional.empty(), PageRequest.first(51)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "limit");
        assertThatThrownBy(() -> service.publicBoard(SampleConsultation.JINJIANG, Optional.empty(), PageRequest.first(10)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "community");
    }

    @Test
    void theFiguresCountTopicsClosedWithFeedbackAndBoardsThatDisclosed() {
        TopicView t = passedTopic(false);
        service.publishFeedback(STAFF, new TopicUseCase.PublishFeedback(t.topic().id(), 3, "已公示", "公开栏"));
        service.close(STAFF, new TopicUseCase.Target(t.topic().id(), 4));
        passedTopic(false);
        service.openBoard(STAFF, SampleConsultation.board(SampleConsultation.ZONGFU, "总府街社区"));
        service.openBoard(NEIGHBOUR, SampleConsultation.board(SampleConsultation.HONGXING, "红星路社区"));
        service.publish(STAFF, new DisclosureItem.Draft(SampleConsultation.ZONGFU, DisclosureCategory.PARTY_AFFAIRS,
                YearMonth.of(2025, 9), "党务", "发展党员公示", List.of()));
        ConsultationFigures f = service.figures(OFFICER, SampleConsultation.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        assertThat(f).isEqualTo(new ConsultationFigures(SampleConsultation.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30),
                2, 1, 1, 2, 1));
        assertThat(f.feedbackClosureRate()).contains(0.5);
        assertThat(f.disclosureCoverage()).contains(0.5);
        assertThatThrownBy(() -> service.figures(STAFF, SampleConsultation.ZONGFU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.figures(OFFICER, SampleConsultation.JINJIANG, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 1)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "to");
    }

    @Test
    void theLateDisposalReportAllowsOneToAYearOfDays() {
        assertThatThrownBy(() -> service.lateDisposals(OFFICER, SampleConsultation.JINJIANG, 0, PageRequest.first(10)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "days");
        VillageAsset a = service.registerAsset(STAFF, new VillageAsset.Entry(SampleConsultation.ZONGFU, AssetKind.ASSET, "仓库", BigDecimal.TEN));
        service.dispose(STAFF, new DisclosureUseCase.Dispose(a.id(), 1, DisposalKind.SALE, "出售给某公司", BigDecimal.ONE, LocalDate.of(2025, 8, 1)));
        assertThat(service.lateDisposals(OFFICER, SampleConsultation.JINJIANG, 30, PageRequest.first(10)).items())
                .extracting(d -> d.daysUndisclosed()).containsExactly(56);
    }

    static StabilityRiskAssessment.Findings findings(org.shizhi.domain.consultation.model.TopicId topic, StabilityRiskLevel level) {
        return new StabilityRiskAssessment.Findings(topic, "村道硬化筹资方案", new RiskScores(85, 80, 75, 70),
                level == StabilityRiskLevel.LOW ? List.of() : List.of(new Risk("部分农户不愿筹资", "困难户减免")),
                List.of("村民代表话事会 9 人发言"), level);
    }
}
