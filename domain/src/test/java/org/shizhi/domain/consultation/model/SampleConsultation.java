package org.shizhi.domain.consultation.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PhoneNumber;

/** Records of the consultation context for tests, in Chengdu's Jinjiang district, autumn 2025. */
public final class SampleConsultation {

    public static final AreaCode CHENGDU = SampleEvents.CHENGDU;
    public static final AreaCode JINJIANG = SampleEvents.JINJIANG;
    public static final AreaCode CHUNXI_ROAD = SampleEvents.CHUNXI_ROAD;
    public static final AreaCode ZONGFU = SampleEvents.ZONGFU;
    public static final AreaCode HONGXING = SampleEvents.HONGXING;
    /** Friday 2025-09-26 10:00 in China. */
    public static final Instant FRIDAY = SampleEvents.china("2025-09-26T10:00");
    public static final LocalDate TERM_START = LocalDate.of(2024, 1, 1);
    public static final LocalDate TERM_END = LocalDate.of(2028, 12, 31);

    private SampleConsultation() {
    }

    public static Instant china(String localDateTime) {
        return SampleEvents.china(localDateTime);
    }

    public static Member member(String name) {
        return new Member(name, Optional.of(PhoneNumber.parse("13900001111")), "居民代表", TERM_START, TERM_END);
    }

    /** A residents' council of {@code members} members serving from 2024 to 2028, under the standard two-thirds quorum. */
    public static Council council(AreaCode area, String name, int members) {
        List<Member> all = java.util.stream.IntStream.rangeClosed(1, members).mapToObj(i -> member("代表" + i)).toList();
        return Council.form(CouncilId.random(), new Council.Charter(area, CouncilKind.RESIDENTS_COUNCIL, name, QuorumRule.standard(), all));
    }

    public static Meeting meeting(Council council, LocalDate heldOn) {
        return new Meeting(MeetingId.random(), council.id(), council.area(), MeetingMode.OFFLINE, heldOn, "社区党群服务中心", 30);
    }

    public static Topic topic(Meeting meeting, boolean major, Instant at) {
        return Topic.raise(TopicId.random(), meeting, new Topic.Raise(meeting.id(), "老旧小区加装电梯", "3栋居民申请加装电梯，低层住户担心采光", major), at);
    }

    /** A topic with a proposal that passed 7 of 9 present out of 9 serving. */
    public static Topic passed(Meeting meeting, boolean major, Instant at) {
        return topic(meeting, major, at).propose("按楼层分摊费用加装电梯")
                .vote(1, Vote.count(QuorumRule.standard(), 9, 9, 7, 1, 1, at));
    }

    public static StabilityRiskAssessment assessment(Topic topic, StabilityRiskLevel level, Instant at) {
        List<Risk> risks = level == StabilityRiskLevel.LOW ? List.of() : List.of(new Risk("低层住户集体反对", "费用减免并补偿采光损失"));
        return StabilityRiskAssessment.record(AssessmentId.random(), topic.area(), new StabilityRiskAssessment.Findings(topic.id(),
                "加装电梯方案", new RiskScores(90, 80, 85, 70), risks, List.of("入户走访 42 户，赞成 35 户"), level), at);
    }

    public static DisclosureBoard board(AreaCode community, String name) {
        return new DisclosureBoard(community, name, LocalDate.of(2025, 1, 1));
    }

    public static DisclosureItem item(AreaCode community, DisclosureCategory category, YearMonth period, LocalDate on,
                                      List<DisposalRef> disposals) {
        return DisclosureItem.publish(DisclosureId.random(), new DisclosureItem.Draft(community, category, period,
                period + " " + category, "收支明细见附表", disposals), on);
    }

    public static VillageAsset asset(AreaCode community, String name) {
        return VillageAsset.register(AssetId.random(), new VillageAsset.Entry(community, AssetKind.RESOURCE, name, new BigDecimal("120000.00")));
    }

    public static VillageAsset disposed(VillageAsset asset, LocalDate on) {
        return asset.dispose(DisposalKind.LEASE, "出租给某农业合作社，租期五年", new BigDecimal("36000"), on, on);
    }
}
