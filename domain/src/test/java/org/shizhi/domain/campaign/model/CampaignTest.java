package org.shizhi.domain.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.campaign.model.SampleCampaigns.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.CampaignTemplate;

class CampaignTest {

    private static final CampaignTemplate EIGHT_VENUES = new CampaignTemplate("red-culture.eight-venues", "红色文化\"八进\"", "",
            List.of(new CampaignTemplate.VenueKind("government-office", "机关"), new CampaignTemplate.VenueKind("school", "校园"),
                    new CampaignTemplate.VenueKind("public-hall", "公共礼堂")),
            List.of("红色主题治理活动", "红色精神宣讲"));

    @Test
    void coverageListsReachedAndRemainingKindsPerTargetArea() {
        Campaign c = redCulture();
        CampaignCoverage coverage = CampaignCoverage.of(c, Map.of(ZONGFU, Set.of(VenueKind.SCHOOL, VenueKind.FAMILY),
                HONGXING, Set.of(VenueKind.COMMUNITY, VenueKind.GRID)));
        assertThat(coverage.areas()).extracting(CampaignCoverage.AreaCoverage::area).containsExactly(ZONGFU, HONGXING);
        assertThat(coverage.areas().get(0).remaining()).as("总府路 still lacks the community").containsExactly(VenueKind.COMMUNITY);
        assertThat(coverage.areas().get(1).reached()).as("a kind the campaign does not target does not count")
                .containsExactly(VenueKind.COMMUNITY);
        assertThat(coverage.pairsReached()).isEqualTo(3);
        assertThat(coverage.pairsTargeted()).isEqualTo(6);
        assertThat(coverage.complete()).as("kinds remain in both areas").isFalse();
    }

    @Test
    void aCampaignIsCompleteOnlyWhenEveryTargetKindIsReachedInEveryTargetArea() {
        Campaign c = redCulture();
        Set<VenueKind> all = c.targetKinds();
        assertThat(CampaignCoverage.of(c, Map.of(ZONGFU, all)).complete()).as("红星 has nothing yet").isFalse();
        assertThat(CampaignCoverage.of(c, Map.of(ZONGFU, all, HONGXING, all)).complete()).isTrue();
    }

    @Test
    void targetAreasInsideOneAnotherAreRefused() {
        assertThatThrownBy(() -> new Campaign.Plan("t", "o", SPRING_TO_AUTUMN, List.of(CHUNXI_ROAD, ZONGFU), Set.of(VenueKind.GRID), null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("lies inside")
                .extracting(e -> ((InvalidValueException) e).field().orElseThrow()).isEqualTo("targetAreas");
    }

    @Test
    void targetAreasOfTwoCitiesAreRefused() {
        assertThatThrownBy(() -> new Campaign.Plan("t", "o", SPRING_TO_AUTUMN, List.of(ZONGFU, AreaCode.of("440802006001")),
                Set.of(VenueKind.GRID), null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("one city");
    }

    @Test
    void aCampaignWithoutTargetKindsIsRefused() {
        assertThatThrownBy(() -> new Campaign.Plan("t", "o", SPRING_TO_AUTUMN, List.of(ZONGFU), Set.of(), null, null))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field().orElseThrow())
                .isEqualTo("targetKinds");
    }

    @Test
    void aTemplatePreFillsVenueKindsAmongTheEightActivityKindsAndAChecklist() {
        Campaign.Plan plan = Campaign.Plan.fromTemplate(EIGHT_VENUES, null, "锦江区委宣传部", SPRING_TO_AUTUMN, List.of(ZONGFU),
                null, null, null);
        assertThat(plan.theme()).isEqualTo("红色文化\"八进\"");
        assertThat(plan.targetKinds()).as("the public hall is not one of the eight").containsExactlyInAnyOrder(VenueKind.AGENCY, VenueKind.SCHOOL);
        assertThat(plan.activityKinds()).containsExactly("红色主题治理活动", "红色精神宣讲");
        assertThat(plan.checklist()).hasSize(4).contains("开展: 红色精神宣讲", "进校园: 每个目标区域至少一次活动");
    }

    @Test
    void aTemplatesOwnChecklistIsTakenAsItStandsUnlessTheCommandGivesOne() {
        CampaignTemplate withChecklist = new CampaignTemplate(EIGHT_VENUES.id(), EIGHT_VENUES.name(), "", EIGHT_VENUES.venues(),
                EIGHT_VENUES.activities(), List.of("制定方案并报备", "每月报送活动台账", "年底总结评估"));
        Campaign.Plan plan = Campaign.Plan.fromTemplate(withChecklist, null, "o", SPRING_TO_AUTUMN, List.of(ZONGFU), null, null, null);
        assertThat(plan.checklist()).as("the template's checklist, in its order").containsExactly("制定方案并报备", "每月报送活动台账", "年底总结评估");
        assertThat(plan.activityKinds()).containsExactly("红色主题治理活动", "红色精神宣讲");
        assertThat(Campaign.Plan.fromTemplate(withChecklist, null, "o", SPRING_TO_AUTUMN, List.of(ZONGFU), null, null, List.of("一项"))
                .checklist()).as("the command's checklist wins").containsExactly("一项");
    }

    @Test
    void aTemplateNamesEachChecklistItemOnceAndNoneBlank() {
        assertThatThrownBy(() -> new CampaignTemplate("t", "t", "", EIGHT_VENUES.venues(), EIGHT_VENUES.activities(), List.of("一", "一")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("once");
        assertThatThrownBy(() -> new CampaignTemplate("t", "t", "", EIGHT_VENUES.venues(), EIGHT_VENUES.activities(), List.of(" ")))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field().orElseThrow())
                .isEqualTo("template.checklist");
    }

    @Test
    void whatTheCommandGivesWinsOverTheTemplate() {
        Campaign.Plan plan = Campaign.Plan.fromTemplate(EIGHT_VENUES, "自定主题", "o", SPRING_TO_AUTUMN, List.of(ZONGFU),
                EnumSet.of(VenueKind.FAMILY), List.of("家风讲座"), List.of("一项"));
        assertThat(plan.theme()).isEqualTo("自定主题");
        assertThat(plan.targetKinds()).containsExactly(VenueKind.FAMILY);
        assertThat(plan.activityKinds()).containsExactly("家风讲座");
        assertThat(plan.checklist()).containsExactly("一项");
    }

    @Test
    void anActivityMustBeInATargetKindTargetAreaAndThePeriod() {
        Campaign c = redCulture();
        LocalDate may = LocalDate.of(2026, 5, 1);
        activity(c, VenueKind.SCHOOL, ZONGFU, may).checkAgainst(c, TODAY);
        assertField(() -> activity(c, VenueKind.GRID, ZONGFU, may).checkAgainst(c, TODAY), "venueKind");
        assertField(() -> activity(c, VenueKind.SCHOOL, JINHUA, may).checkAgainst(c, TODAY), "areaCode");
        assertField(() -> activity(c, VenueKind.SCHOOL, ZONGFU, LocalDate.of(2026, 2, 1)).checkAgainst(c, TODAY), "heldOn");
        assertField(() -> activity(c, VenueKind.SCHOOL, ZONGFU, TODAY.plusDays(1)).checkAgainst(c, TODAY), "heldOn");
    }

    @Test
    void membersAndVolunteersCannotOutnumberTheParticipants() {
        assertField(() -> new Activity.Participants(10, Optional.of(11), Optional.empty()), "participants.members");
        assertField(() -> new Activity.Participants(0, Optional.empty(), Optional.empty()), "participants.count");
        assertThat(new Activity.Participants(10, Optional.of(10), Optional.of(3)).count()).isEqualTo(10);
    }

    @Test
    void anAttachmentNeedsAMediaTypeAndItsHash() {
        assertField(() -> new Activity.Attachment("a.jpg", "jpeg", 10, "a".repeat(64)), "attachment.mediaType");
        assertField(() -> new Activity.Attachment("a.jpg", "image/jpeg", 10, "xyz"), "attachment.sha256");
    }

    static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field().orElseThrow())
                .as("the refusal names the field").isEqualTo(field);
    }
}
