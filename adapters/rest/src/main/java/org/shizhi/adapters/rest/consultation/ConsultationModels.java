package org.shizhi.adapters.rest.consultation;

import java.util.Optional;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Times;
import org.shizhi.adapters.rest.model.AssetKindJson;
import org.shizhi.adapters.rest.model.ConsultationFiguresJson;
import org.shizhi.adapters.rest.model.CouncilJson;
import org.shizhi.adapters.rest.model.CouncilKindJson;
import org.shizhi.adapters.rest.model.CouncilMeetingJson;
import org.shizhi.adapters.rest.model.CouncilMemberJson;
import org.shizhi.adapters.rest.model.CouncilTopicJson;
import org.shizhi.adapters.rest.model.DecisionJson;
import org.shizhi.adapters.rest.model.DisclosureBoardJson;
import org.shizhi.adapters.rest.model.DisclosureCategoryJson;
import org.shizhi.adapters.rest.model.DisclosureItemJson;
import org.shizhi.adapters.rest.model.DisposalJson;
import org.shizhi.adapters.rest.model.DisposalKindJson;
import org.shizhi.adapters.rest.model.DisposalRefJson;
import org.shizhi.adapters.rest.model.FeedbackJson;
import org.shizhi.adapters.rest.model.LateDisposalJson;
import org.shizhi.adapters.rest.model.MeetingModeJson;
import org.shizhi.adapters.rest.model.OpinionJson;
import org.shizhi.adapters.rest.model.ProposalJson;
import org.shizhi.adapters.rest.model.QuorumRuleJson;
import org.shizhi.adapters.rest.model.RiskScoresJson;
import org.shizhi.adapters.rest.model.StabilityRiskAssessmentJson;
import org.shizhi.adapters.rest.model.StabilityRiskJson;
import org.shizhi.adapters.rest.model.StabilityRiskLevelJson;
import org.shizhi.adapters.rest.model.VillageAssetJson;
import org.shizhi.adapters.rest.model.VoteJson;
import org.shizhi.adapters.rest.model.VoteResultJson;
import org.shizhi.domain.consultation.model.ConsultationFigures;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.Disposal;
import org.shizhi.domain.consultation.model.LateDisposal;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.consultation.model.Vote;
import org.shizhi.domain.consultation.port.in.AssessmentView;
import org.shizhi.domain.consultation.port.in.CouncilView;
import org.shizhi.domain.consultation.port.in.MemberView;
import org.shizhi.domain.consultation.port.in.TopicView;

/** The consultation context's records as the contract shows them; personal data only as the views render it. */
public final class ConsultationModels {

    private ConsultationModels() {
    }

    public static CouncilJson council(CouncilView view) {
        Council c = view.council();
        return new CouncilJson().id(c.id().value()).version(c.version()).areaCode(c.area().value())
                .kind(Models.as(CouncilKindJson.class, c.kind())).name(c.name())
                .quorum(new QuorumRuleJson().attendanceNumerator(c.quorum().attendanceNumerator())
                        .attendanceDenominator(c.quorum().attendanceDenominator()))
                .members(view.members().stream().map(ConsultationModels::member).toList());
    }

    static CouncilMemberJson member(MemberView m) {
        return new CouncilMemberJson().name(m.name()).phone(m.phone().orElse(null)).capacity(m.capacity())
                .termFrom(m.termFrom()).termTo(m.termTo()).serving(m.serving()).masked(m.masked());
    }

    public static CouncilMeetingJson meeting(Meeting m) {
        return new CouncilMeetingJson().id(m.id().value()).councilId(m.council().value()).areaCode(m.area().value())
                .mode(Models.as(MeetingModeJson.class, m.mode())).heldOn(m.heldOn()).venue(m.venue()).attendance(m.attendance());
    }

    public static CouncilTopicJson topic(TopicView view) {
        Topic t = view.topic();
        return new CouncilTopicJson().id(t.id().value()).version(t.version()).councilId(t.council().value())
                .meetingId(t.meeting().value()).areaCode(t.area().value()).title(t.title()).description(t.description())
                .major(t.major()).raisedAt(Times.at(t.raisedAt()))
                .opinions(view.opinions().stream().map(o -> new OpinionJson().seq(o.seq()).speaker(o.speaker())
                        .capacity(o.capacity()).content(o.content()).at(Times.at(o.at()))).toList())
                .proposals(t.proposals().stream().map(p -> new ProposalJson().seq(p.seq()).text(p.text())
                        .vote(p.vote().map(ConsultationModels::vote).orElse(null))).toList())
                .decision(t.decision().map(d -> new DecisionJson().proposal(d.proposal()).text(d.text())
                        .assessmentId(d.assessment().map(a -> a.value()).orElse(null)).decidedAt(Times.at(d.decidedAt()))).orElse(null))
                .feedback(t.feedback().map(f -> new FeedbackJson().text(f.text()).channel(f.channel())
                        .publishedAt(Times.at(f.publishedAt()))).orElse(null))
                .closed(t.isClosed()).closedAt(Times.at(t.closedAt())).ageDays(view.ageDays()).masked(view.masked());
    }

    private static VoteJson vote(Vote v) {
        return new VoteJson().serving(v.serving()).present(v.present()).inFavour(v.inFavour()).against(v.against())
                .abstaining(v.abstaining()).result(Models.as(VoteResultJson.class, v.result())).at(Times.at(v.at()));
    }

    public static StabilityRiskAssessmentJson assessment(AssessmentView view) {
        StabilityRiskAssessment a = view.assessment();
        return new StabilityRiskAssessmentJson().id(a.id().value()).version(a.version()).topicId(a.topic().value())
                .areaCode(a.area().value()).subject(a.subject())
                .scores(new RiskScoresJson().legality(a.scores().legality()).reasonableness(a.scores().reasonableness())
                        .feasibility(a.scores().feasibility()).controllability(a.scores().controllability()))
                .risks(a.risks().stream().map(r -> new StabilityRiskJson().description(r.description()).mitigation(r.mitigation())).toList())
                .opinionsGathered(a.opinionsGathered()).level(Models.as(StabilityRiskLevelJson.class, a.level()))
                .mitigationPlan(a.mitigationPlan().orElse(null)).approver(view.approver().orElse(null))
                .allowsDecision(a.allowsDecision()).assessedAt(Times.at(a.assessedAt()));
    }

    public static DisclosureBoardJson board(DisclosureBoard b) {
        return new DisclosureBoardJson().communityCode(b.community().value()).name(b.name()).openedOn(b.openedOn());
    }

    public static DisclosureItemJson item(DisclosureItem i) {
        return new DisclosureItemJson().id(i.id().value()).communityCode(i.community().value())
                .category(Models.as(DisclosureCategoryJson.class, i.category())).period(i.period().toString())
                .title(i.title()).content(i.content()).publishedOn(i.publishedOn())
                .disposals(i.disposals().stream().map(d -> new DisposalRefJson().assetId(d.asset().value()).seq(d.seq())).toList());
    }

    public static VillageAssetJson asset(VillageAsset a) {
        return new VillageAssetJson().id(a.id().value()).version(a.version()).communityCode(a.community().value())
                .kind(Models.as(AssetKindJson.class, a.kind())).name(a.name()).value(a.value())
                .disposals(a.disposals().stream().map(ConsultationModels::disposal).toList());
    }

    static DisposalJson disposal(Disposal d) {
        return new DisposalJson().seq(d.seq()).kind(Models.as(DisposalKindJson.class, d.kind())).description(d.description())
                .amount(d.amount()).disposedOn(d.disposedOn());
    }

    static LateDisposalJson late(LateDisposal d) {
        return new LateDisposalJson().assetId(d.asset().value()).communityCode(d.community().value()).assetName(d.assetName())
                .disposal(disposal(d.disposal())).disclosedOn(d.disclosedOn().orElse(null)).daysUndisclosed(d.daysUndisclosed());
    }

    static ConsultationFiguresJson figures(ConsultationFigures f) {
        Optional<Double> closure = f.feedbackClosureRate();
        return new ConsultationFiguresJson().areaCode(f.area().value()).from(f.from()).to(f.to()).topicsRaised(f.topicsRaised())
                .topicsClosedWithFeedback(f.topicsClosedWithFeedback()).topicsOpenWithoutFeedback(f.topicsOpenWithoutFeedback())
                .feedbackClosureRate(closure.orElse(null)).boards(f.boards()).boardsDisclosing(f.boardsDisclosing())
                .disclosureCoverage(f.disclosureCoverage().orElse(null));
    }
}
