package org.shizhi.domain.campaign.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;

/** Campaign-context fixtures in Chengdu's 锦江区, shared by the domain tests and the out-ports' contracts. */
public final class SampleCampaigns {

    public static final AreaCode CHENGDU = AreaCode.of("510100");
    public static final AreaCode JINJIANG = AreaCode.of("510104");
    public static final AreaCode CHUNXI_ROAD = AreaCode.of("510104022000");
    public static final AreaCode ZONGFU = AreaCode.of("510104022001");
    public static final AreaCode HONGXING = AreaCode.of("510104022002");
    public static final AreaCode JINHUA = AreaCode.of("510104019001");
    public static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final Acting STAFF = new Acting("li.ming", Role.COMMUNITY_STAFF);
    public static final Period SPRING_TO_AUTUMN = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31));

    private SampleCampaigns() {
    }

    /** Red culture into three kinds of venue in 总府路 and 红星. */
    public static Campaign redCulture() {
        return Campaign.launch(CampaignId.random(), new Campaign.Plan("红色文化八进", "锦江区委宣传部", SPRING_TO_AUTUMN,
                List.of(ZONGFU, HONGXING), EnumSet.of(VenueKind.SCHOOL, VenueKind.COMMUNITY, VenueKind.FAMILY),
                List.of("红色宣讲"), List.of("进校园")), Optional.empty(), NOW, STAFF);
    }

    public static Activity activity(Campaign c, VenueKind kind, AreaCode area, LocalDate on) {
        return new Activity(ActivityId.random(), c.id(), kind, "总府路社区活动室", area, on, Optional.of("红色宣讲"),
                new Activity.Participants(40, Optional.of(12), Optional.of(5)), "总府路社区党委",
                new Activity.Evidence("照片与签到表", List.of(new Activity.Attachment("signin.jpg", "image/jpeg", 120_000, "a".repeat(64)))),
                NOW, STAFF);
    }

    public static VotingRound round(AreaCode area, Period voting) {
        return new VotingRound(RoundId.random(), area, "2026年平安之星评选", voting, NOW, STAFF);
    }

    public static Nomination nomination(RoundId round, String nominee) {
        return new Nomination(NominationId.random(), round, nominee, "总府路社区居委会", "夜巡中劝阻电动车违规充电", "巡查记录", NOW, STAFF);
    }

    public static SamaritanAward award(AreaCode fund, String amount) {
        return new SamaritanAward(AwardId.random(), fund, "跳入府河救起落水儿童", LocalDate.of(2026, 5, 2), "府河合江亭段",
                List.of(new SamaritanAward.Honouree("张勇", Optional.empty())), new BigDecimal(amount), NOW, STAFF);
    }

    public static FundIncome income(AreaCode fund, String amount) {
        return new FundIncome(fund, new BigDecimal(amount), "区财政拨款", LocalDate.of(2026, 1, 10), NOW, STAFF);
    }

    public static Wedding wedding(AreaCode area, LocalDate on, Optional<HallId> hall) {
        Set<WeddingService> services = hall.isPresent() ? EnumSet.of(WeddingService.PUBLIC_HALL, WeddingService.FOLK_MASTER)
                : EnumSet.of(WeddingService.COUNSELLING);
        return new Wedding(WeddingId.random(), area, on, "王小明", "李小红", services, hall,
                new Wedding.SimplicityPledge(100, 10, new BigDecimal("10000")), Optional.empty(), NOW, STAFF);
    }

    public static Wedding.FollowUpCheck check(LocalDate on, int guests) {
        return new Wedding.FollowUpCheck(on, guests, 8, new BigDecimal("6000"), "社区红娘");
    }
}
