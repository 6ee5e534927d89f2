package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.ConsultationApi;
import org.shizhi.client.model.AssetKind;
import org.shizhi.client.model.ConsultationFigures;
import org.shizhi.client.model.Council;
import org.shizhi.client.model.CouncilKind;
import org.shizhi.client.model.CouncilMeeting;
import org.shizhi.client.model.CouncilTopic;
import org.shizhi.client.model.DisclosureCategory;
import org.shizhi.client.model.DisposalKind;
import org.shizhi.client.model.DisposalRef;
import org.shizhi.client.model.LateDisposalPage;
import org.shizhi.client.model.MeetingMode;
import org.shizhi.client.model.NewCouncil;
import org.shizhi.client.model.NewCouncilMeeting;
import org.shizhi.client.model.NewCouncilMember;
import org.shizhi.client.model.NewCouncilTopic;
import org.shizhi.client.model.NewDecision;
import org.shizhi.client.model.NewDisclosureBoard;
import org.shizhi.client.model.NewDisclosureItem;
import org.shizhi.client.model.NewDisposal;
import org.shizhi.client.model.NewFeedback;
import org.shizhi.client.model.NewMitigationApproval;
import org.shizhi.client.model.NewProposal;
import org.shizhi.client.model.NewStabilityRiskAssessment;
import org.shizhi.client.model.NewVillageAsset;
import org.shizhi.client.model.NewVote;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.PublicDisclosurePage;
import org.shizhi.client.model.RiskScores;
import org.shizhi.client.model.StabilityRisk;
import org.shizhi.client.model.StabilityRiskAssessment;
import org.shizhi.client.model.StabilityRiskLevel;
import org.shizhi.client.model.VillageAsset;
import org.shizhi.client.model.VoteResult;

/**
 * Councils, topics, the stability-risk gate and public disclosure through the generated client only: a villagers'
 * representatives' talk holds a meeting, a topic's proposal is voted under the quorum rule and the topic closes only once
 * feedback is published; a major topic is decided only after its MEDIUM assessment's plan is approved; a village board
 * discloses a disposal, which anyone reads without a token; bad input is a problem naming the field.
 */
class ConsultationEndToEndTest {

    private static final String ZONGFU = "510104022001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    private static ConsultationApi as(String jurisdiction, String role) {
        return new ConsultationApi(platform.clientAs("510100", jurisdiction, role));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static Problem problem(ApiException e) throws Exception {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    private static String v(long version) {
        return "\"" + version + "\"";
    }

    private static CouncilMeeting meeting() throws Exception {
        NewCouncil charter = new NewCouncil().areaCode(ZONGFU).kind(CouncilKind.VILLAGE_REPRESENTATIVES_TALK).name("端到端村民代表话事会");
        for (String name : List.of("王芳", "李强", "赵敏")) {
            charter.addMembersItem(new NewCouncilMember().name(name).capacity("村民代表").termFrom(today().minusYears(1)).termTo(today().plusYears(2)));
        }
        Council council = new ConsultationApi(platform.client()).formCouncil(charter, null);
        assertThat(council.getMembers()).hasSize(3).allSatisfy(m -> assertThat(m.getServing()).isTrue());
        return as(ZONGFU, "COMMUNITY_STAFF").holdCouncilMeeting(council.getId(), new NewCouncilMeeting().mode(MeetingMode.ONLINE)
                .heldOn(today().minusDays(1)).venue("村民微信群").attendance(40), null);
    }

    private static CouncilTopic passed(boolean major) throws Exception {
        ConsultationApi staff = as(ZONGFU, "COMMUNITY_STAFF");
        CouncilTopic t = staff.raiseCouncilTopic(new NewCouncilTopic().meetingId(meeting().getId()).title("端到端：村道硬化")
                .description("筹资硬化村道").major(major), null);
        t = staff.proposeOnTopic(t.getId(), v(t.getVersion()), new NewProposal().text("按户筹资"));
        return staff.voteOnProposal(t.getId(), v(t.getVersion()), new NewVote().proposal(1).present(2).inFavour(2).against(0).abstaining(0));
    }

    @Test
    void aTopicIsVotedUnderTheQuorumRuleAndClosesOnlyOnceFeedbackIsPublished() throws Exception {
        ConsultationApi staff = as(ZONGFU, "COMMUNITY_STAFF");
        CouncilTopic t = passed(false);
        assertThat(t.getProposals().get(0).getVote().getResult()).as("two of three present is the two thirds").isEqualTo(VoteResult.PASSED);
        t = staff.decideTopic(t.getId(), v(t.getVersion()), new NewDecision().proposal(1).text("按户筹资"));
        CouncilTopic decided = t;
        ApiException early = catchThrowableOfType(ApiException.class, () -> staff.closeCouncilTopic(decided.getId(), v(decided.getVersion())));
        assertThat(early.getCode()).isEqualTo(409);
        assertThat(problem(early).getField()).isEqualTo("feedback");
        assertThat(staff.listTopicsAwaitingFeedback(ZONGFU, null, 100).getItems()).extracting(CouncilTopic::getId).contains(t.getId());
        assertThat(as("510104", "STREET_OFFICER").listCouncilTopics("510104", null, 100).getItems()).as("the district's topics")
                .extracting(CouncilTopic::getId).contains(t.getId());
        ApiException outside = catchThrowableOfType(ApiException.class, () -> as("510104022002", "COMMUNITY_STAFF").listCouncilTopics(ZONGFU, null, 10));
        assertThat(outside.getCode()).as("a community outside the caller's jurisdiction").isEqualTo(404);
        t = staff.publishTopicFeedback(t.getId(), v(t.getVersion()), new NewFeedback().text("已在村务公开栏公示").channel("村务公开栏"));
        t = staff.closeCouncilTopic(t.getId(), v(t.getVersion()));
        assertThat(t.getClosed()).isTrue();
        assertThat(staff.listTopicsAwaitingFeedback(ZONGFU, null, 100).getItems()).extracting(CouncilTopic::getId).doesNotContain(t.getId());
    }

    @Test
    void aMajorDecisionAtMediumRiskWaitsForTheApprovedPlan() throws Exception {
        CouncilTopic t = passed(true);
        StabilityRiskAssessment medium = as("510104", "STREET_OFFICER").assessStabilityRisk(new NewStabilityRiskAssessment()
                .topicId(t.getId()).subject("村道硬化筹资方案").scores(new RiskScores().legality(90).reasonableness(70).feasibility(80).controllability(60))
                .addRisksItem(new StabilityRisk().description("部分农户不愿筹资").mitigation("困难户减免"))
                .addOpinionsGatheredItem("入户走访 40 户").level(StabilityRiskLevel.MEDIUM), null);
        ApiException gated = catchThrowableOfType(ApiException.class, () -> as(ZONGFU, "COMMUNITY_STAFF").decideTopic(t.getId(),
                v(t.getVersion()), new NewDecision().proposal(1).text("按户筹资")));
        assertThat(gated.getCode()).isEqualTo(409);
        assertThat(problem(gated).getField()).isEqualTo("mitigationPlan");
        StabilityRiskAssessment approved = new ConsultationApi(platform.client()).approveStabilityRiskMitigation(medium.getId(),
                v(medium.getVersion()), new NewMitigationApproval().mitigationPlan("分段施工，困难户减免").approver("街道党工委书记"));
        assertThat(approved.getAllowsDecision()).isTrue();
        CouncilTopic decided = as(ZONGFU, "COMMUNITY_STAFF").decideTopic(t.getId(), v(t.getVersion()), new NewDecision().proposal(1).text("按户筹资"));
        assertThat(decided.getDecision().getAssessmentId()).isEqualTo(medium.getId());
    }

    @Test
    void aDisclosedDisposalIsReadByAnyoneWithoutATokenAndTheReportsCountIt() throws Exception {
        ConsultationApi staff = as(ZONGFU, "COMMUNITY_STAFF");
        staff.openDisclosureBoard(ZONGFU, new NewDisclosureBoard().name("总府街社区").openedOn(LocalDate.of(2025, 1, 1)));
        VillageAsset pond = staff.registerVillageAsset(ZONGFU, new NewVillageAsset().kind(AssetKind.RESOURCE).name("端到端鱼塘")
                .value(new BigDecimal("80000")), null);
        VillageAsset disposed = staff.recordDisposal(pond.getId(), v(pond.getVersion()), new NewDisposal().kind(DisposalKind.LEASE)
                .description("出租给渔业合作社").amount(new BigDecimal("12000.50")).disposedOn(today()));
        staff.publishDisclosure(ZONGFU, new NewDisclosureItem().category(DisclosureCategory.FINANCE).period(YearMonth.from(today()).toString())
                .title("端到端财务公开").content("鱼塘租金").addDisposalsItem(new DisposalRef().assetId(disposed.getId()).seq(1)), null);

        PublicDisclosurePage board = new ConsultationApi(PlatformUnderTest.client(platform.baseUri(), () -> null))
                .readPublicDisclosures(ZONGFU, null, null, 10);
        assertThat(board.getBoardName()).isEqualTo("总府街社区");
        assertThat(board.getItems()).anySatisfy(i -> assertThat(i.getDisposals()).extracting(DisposalRef::getAssetId).contains(disposed.getId()));

        LateDisposalPage late = new ConsultationApi(platform.client()).listLateDisposals("510104", 1, null, 100);
        assertThat(late.getItems()).extracting(d -> d.getAssetId()).as("disclosed the day it was made").doesNotContain(disposed.getId());
        ConsultationFigures figures = new ConsultationApi(platform.client()).getConsultationFigures("510104", today().minusDays(1), today());
        assertThat(figures.getBoardsDisclosing()).isPositive().isLessThanOrEqualTo(figures.getBoards());
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        ApiException bad = catchThrowableOfType(ApiException.class, () -> new ConsultationApi(platform.client()).formCouncil(new NewCouncil()
                .areaCode(ZONGFU).kind(CouncilKind.CHILDREN).name("端到端儿童议事会").addMembersItem(new NewCouncilMember().name("小明")
                        .capacity("少先队员").termFrom(LocalDate.of(2026, 1, 1)).termTo(LocalDate.of(2025, 1, 1))), null));
        assertThat(bad.getCode()).isEqualTo(400);
        assertThat(problem(bad).getField()).isEqualTo("members[0].termTo");
        ApiException tooMany = catchThrowableOfType(ApiException.class, () -> new ConsultationApi(PlatformUnderTest.client(platform.baseUri(),
                () -> null)).readPublicDisclosures(ZONGFU, null, null, 51));
        assertThat(tooMany.getCode()).isEqualTo(400);
        assertThat(problem(tooMany).getField()).isEqualTo("limit");
    }
}
