package org.shizhi.domain.campaign.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.campaign.model.SampleCampaigns.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.Period;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingService;
import org.shizhi.domain.campaign.port.in.GoodSamaritanUseCase;
import org.shizhi.domain.campaign.port.in.RunCampaignUseCase;
import org.shizhi.domain.campaign.port.in.SafetyStarUseCase;
import org.shizhi.domain.campaign.port.in.WeddingReformUseCase;
import org.shizhi.domain.campaign.port.out.InMemoryCampaignStore;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.spi.CampaignTemplate;

class CampaignServiceTest {

    static final Actor STREET = new Actor("jie.dao", CHENGDU, CHUNXI_ROAD, Set.of(Role.STREET_OFFICER), Set.of());
    static final Actor STREET_CLEAR = new Actor("jie.dao", CHENGDU, CHUNXI_ROAD, Set.of(Role.STREET_OFFICER), Set.of(Privilege.PERSONAL_DATA));
    static final Actor ZONGFU_STAFF = new Actor("li.ming", CHENGDU, ZONGFU, Set.of(Role.COMMUNITY_STAFF), Set.of());
    static final Actor HONGXING_STAFF = new Actor("hong", CHENGDU, HONGXING, Set.of(Role.COMMUNITY_STAFF), Set.of());
    static final Actor AUDITOR = new Actor("audit", CHENGDU, CHENGDU, Set.of(Role.AUDITOR), Set.of());
    static final Actor RESIDENTS_APP = new Actor("app", CHENGDU, CHENGDU, Set.of(Role.INTEGRATOR), Set.of());
    static final IdNumber RESIDENT = new IdNumber("11010519491231002X");
    static final CampaignTemplate EIGHT = new CampaignTemplate("red-culture.eight-venues", "红色文化\"八进\"", "",
            List.of(new CampaignTemplate.VenueKind("school", "校园"), new CampaignTemplate.VenueKind("family", "家庭")),
            List.of("红色宣讲"), List.of("方案报备", "活动台账"));

    private final InMemoryCampaignStore store = new InMemoryCampaignStore();
    private final CampaignService service = new CampaignService(store, store, store, store,
            city -> city.equals(CHENGDU) ? List.of(EIGHT) : List.of(), Clock.fixed(NOW, ZoneOffset.UTC));

    private Campaign launched() {
        return service.launch(STREET, new RunCampaignUseCase.LaunchCampaignCommand(Optional.of(EIGHT.id()), null, "春熙路街道",
                SPRING_TO_AUTUMN, List.of(ZONGFU, HONGXING), null, null, null));
    }

    private RunCampaignUseCase.RecordActivityCommand activityIn(Campaign c, VenueKind kind, org.shizhi.domain.shared.AreaCode area) {
        return new RunCampaignUseCase.RecordActivityCommand(c.id(), kind, "活动室", area, LocalDate.of(2026, 5, 1), Optional.empty(),
                new Activity.Participants(20, Optional.empty(), Optional.empty()), "社区党委", new Activity.Evidence("照片", List.of()));
    }

    @Test
    void aCampaignFromATemplateIsPreFilledAndCoverageFollowsItsActivities() {
        Campaign c = launched();
        assertThat(c.template()).contains(EIGHT.id());
        assertThat(c.targetKinds()).containsExactlyInAnyOrder(VenueKind.SCHOOL, VenueKind.FAMILY);
        assertThat(c.launchedBy().role()).isEqualTo(Role.STREET_OFFICER);
        assertThat(c.activityKinds()).as("activity kinds from the template").containsExactly("红色宣讲");
        assertThat(c.checklist()).as("the checklist from the template").containsExactly("方案报备", "活动台账");
        service.record(ZONGFU_STAFF, activityIn(c, VenueKind.SCHOOL, ZONGFU));
        service.record(ZONGFU_STAFF, activityIn(c, VenueKind.FAMILY, ZONGFU));
        assertThat(service.coverage(STREET, c.id()).complete()).isFalse();
        service.record(HONGXING_STAFF, activityIn(c, VenueKind.SCHOOL, HONGXING));
        service.record(HONGXING_STAFF, activityIn(c, VenueKind.FAMILY, HONGXING));
        assertThat(service.coverage(STREET, c.id()).complete()).as("both kinds in both areas").isTrue();
    }

    @Test
    void anUnknownTemplateIsRefusedByName() {
        assertThatThrownBy(() -> service.launch(STREET, new RunCampaignUseCase.LaunchCampaignCommand(Optional.of("no-such"), null, "x",
                SPRING_TO_AUTUMN, List.of(ZONGFU), null, null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(EIGHT.id());
    }

    @Test
    void rolesAndJurisdictionAreChecked() {
        assertThatThrownBy(() -> service.launch(AUDITOR, new RunCampaignUseCase.LaunchCampaignCommand(Optional.of(EIGHT.id()), null, "x",
                SPRING_TO_AUTUMN, List.of(ZONGFU), null, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.launch(ZONGFU_STAFF, new RunCampaignUseCase.LaunchCampaignCommand(Optional.of(EIGHT.id()), null,
                "x", SPRING_TO_AUTUMN, List.of(ZONGFU, HONGXING), null, null, null)))
                .as("红星 is outside 总府路's jurisdiction").isInstanceOf(NotFoundException.class);
        Campaign c = launched();
        assertThatThrownBy(() -> service.record(HONGXING_STAFF, activityIn(c, VenueKind.SCHOOL, ZONGFU))).isInstanceOf(NotFoundException.class);
        Actor jinhua = new Actor("j", CHENGDU, JINHUA, Set.of(Role.COMMUNITY_STAFF), Set.of());
        assertThatThrownBy(() -> service.campaign(jinhua, c.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.campaign(HONGXING_STAFF, c.id())).as("one target area in the jurisdiction is enough to see it").isEqualTo(c);
        assertThat(store.activities(c.id(), PageRequest.first(10)).items()).as("nothing written by a refusal").isEmpty();
    }

    @Test
    void oneVotePerResidentPerRoundAndAClosedRoundIsImmutable() {
        VotingRound round = service.open(STREET, new SafetyStarUseCase.OpenRoundCommand(ZONGFU, "平安之星",
                new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))));
        var n = service.nominate(ZONGFU_STAFF, new SafetyStarUseCase.NominateCommand(round.id(), "张平安", "总府路居委会", "义务巡逻", "记录"));
        assertThat(n.nominee()).as("masked without the privilege").isEqualTo("张**");
        service.vote(RESIDENTS_APP, new SafetyStarUseCase.VoteCommand(round.id(), n.id(), RESIDENT));
        assertThatThrownBy(() -> service.vote(RESIDENTS_APP, new SafetyStarUseCase.VoteCommand(round.id(), n.id(), RESIDENT)))
                .isInstanceOf(ConflictException.class);
        var results = service.results(STREET_CLEAR, round.id());
        assertThat(results.votes()).isEqualTo(1);
        assertThat(results.tallies().getFirst().nomination().nominee()).isEqualTo("张平安");

        CampaignService later = new CampaignService(store, store, store, store, city -> List.of(),
                Clock.fixed(java.time.Instant.parse("2026-07-01T02:00:00Z"), ZoneOffset.UTC));
        IdNumber another = new IdNumber("51010419800101123" + IdNumber.checkCharacter("51010419800101123"));
        assertThatThrownBy(() -> later.vote(RESIDENTS_APP, new SafetyStarUseCase.VoteCommand(round.id(), n.id(), another)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> later.nominate(ZONGFU_STAFF, new SafetyStarUseCase.NominateCommand(round.id(), "a", "b", "c", "d")))
                .isInstanceOf(ConflictException.class);
        assertThat(later.results(STREET, round.id()).votes()).isEqualTo(1);
        assertThat(later.round(STREET, round.id()).stage()).isEqualTo(VotingRound.Stage.CLOSED);
    }

    @Test
    void aVoteForANominationOfAnotherRoundIsRefused() {
        Period june = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        VotingRound a = service.open(STREET, new SafetyStarUseCase.OpenRoundCommand(ZONGFU, "A", june));
        VotingRound b = service.open(STREET, new SafetyStarUseCase.OpenRoundCommand(ZONGFU, "B", june));
        var n = service.nominate(ZONGFU_STAFF, new SafetyStarUseCase.NominateCommand(b.id(), "x", "y", "z", "w"));
        assertThatThrownBy(() -> service.vote(RESIDENTS_APP, new SafetyStarUseCase.VoteCommand(a.id(), n.id(), RESIDENT)))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field().orElseThrow())
                .isEqualTo("nominationId");
    }

    @Test
    void anAwardOverTheBalanceIsAConflictAndNamesAreMaskedOnRead() {
        service.receive(STREET, new GoodSamaritanUseCase.ReceiveCommand(CHUNXI_ROAD, new BigDecimal("2000"), "街道拨款", LocalDate.of(2026, 1, 5)));
        var command = new GoodSamaritanUseCase.AwardCommand(CHUNXI_ROAD, "救人", LocalDate.of(2026, 5, 1), "府河",
                List.of(new SamaritanAward.Honouree("张勇", Optional.of(RESIDENT))), new BigDecimal("1500"));
        var granted = service.award(STREET, command);
        assertThat(granted.entry().balanceAfter()).isEqualByComparingTo("500");
        assertThat(granted.award().honoured().getFirst().name()).isEqualTo("张*");
        assertThat(granted.award().honoured().getFirst().idNumber()).isEmpty();
        assertThatThrownBy(() -> service.award(STREET, command)).isInstanceOf(ConflictException.class);
        assertThat(service.balance(AUDITOR, CHUNXI_ROAD)).isEqualByComparingTo("500");
        assertThatThrownBy(() -> service.receive(ZONGFU_STAFF, new GoodSamaritanUseCase.ReceiveCommand(CHUNXI_ROAD, BigDecimal.TEN, "x",
                LocalDate.of(2026, 1, 5)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void weddingsBookHallsOnceADayAndTheFiguresCountKeptPledges() {
        var hall = service.addHall(ZONGFU_STAFF, new WeddingReformUseCase.AddHallCommand(ZONGFU, "礼堂", 100));
        var pledge = new Wedding.SimplicityPledge(80, 8, new BigDecimal("8000"));
        var command = new WeddingReformUseCase.RegisterWeddingCommand(ZONGFU, LocalDate.of(2026, 5, 20), "王小明", "李小红",
                EnumSet.of(WeddingService.PUBLIC_HALL), Optional.of(hall.id()), pledge);
        Wedding w = service.register(ZONGFU_STAFF, command);
        assertThat(w.partnerOne()).isEqualTo("王**");
        assertThatThrownBy(() -> service.register(ZONGFU_STAFF, command)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.register(ZONGFU_STAFF, new WeddingReformUseCase.RegisterWeddingCommand(ZONGFU,
                LocalDate.of(2026, 5, 21), "a", "b", EnumSet.of(WeddingService.PUBLIC_HALL), Optional.of(hall.id()),
                new Wedding.SimplicityPledge(500, 8, BigDecimal.ONE))))
                .as("more guests pledged than the hall seats").isInstanceOf(InvalidValueException.class);
        service.followUp(ZONGFU_STAFF, w.id(), check(LocalDate.of(2026, 6, 1), 60));
        var figures = service.figures(STREET, CHUNXI_ROAD, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(figures.weddings()).isEqualTo(1);
        assertThat(figures.pledgesKeptShare()).contains(1.0);
        assertThat(figures.venueCoverage()).as("no campaign: nothing to divide by").isEmpty();
        assertThatThrownBy(() -> service.figures(ZONGFU_STAFF, ZONGFU, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.figuresByArea(STREET, CHUNXI_ROAD, AdminLevel.COMMUNITY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .as("the wedding counted for 总府路, as 总府路 alone counts it")
                .containsExactly(service.figures(STREET, ZONGFU, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void figuresOfEveryAreaOfALevelAreEachAreasOwnAndAskedInsideTheCallersJurisdiction() {
        Campaign c = launched();
        service.record(ZONGFU_STAFF, activityIn(c, VenueKind.SCHOOL, ZONGFU));
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        var byStreet = service.figuresByArea(AUDITOR, JINJIANG, AdminLevel.STREET, from, to);
        assertThat(byStreet).as("the street holding the target areas, counted as it counts alone")
                .containsExactly(service.figures(AUDITOR, CHUNXI_ROAD, from, to));
        assertThatThrownBy(() -> service.figuresByArea(AUDITOR, CHUNXI_ROAD, AdminLevel.STREET, from, to))
                .as("the areas counted lie below the area asked").isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.figuresByArea(ZONGFU_STAFF, JINJIANG, AdminLevel.COMMUNITY, from, to))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFolkMastersNameIsMaskedAndMobileLeftOutWithoutThePrivilege() {
        service.enter(ZONGFU_STAFF, new org.shizhi.domain.campaign.model.WeddingRegisterEntry.FolkMaster(
                org.shizhi.domain.campaign.model.RegisterEntryId.random(), ZONGFU, "陈总管",
                Optional.of(new org.shizhi.domain.shared.PhoneNumber("13800138000")), TODAY));
        var masked = service.entries(STREET, org.shizhi.domain.campaign.model.WeddingRegisterEntry.FolkMaster.class, ZONGFU,
                PageRequest.first(5)).items().getFirst();
        assertThat(masked.name()).isEqualTo("陈**");
        assertThat(masked.phone()).as("the mobile is left out of a masked read").isEmpty();
        var clear = service.entries(STREET_CLEAR, org.shizhi.domain.campaign.model.WeddingRegisterEntry.FolkMaster.class, ZONGFU,
                PageRequest.first(5)).items().getFirst();
        assertThat(clear.phone()).isPresent();
    }

    @Test
    void figuresCountVenueCoverage() {
        Campaign c = launched();
        service.record(ZONGFU_STAFF, activityIn(c, VenueKind.SCHOOL, ZONGFU));
        var figures = service.figures(AUDITOR, JINJIANG, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(figures.campaigns()).isEqualTo(1);
        assertThat(figures.venuePairsTargeted()).isEqualTo(4);
        assertThat(figures.venueCoverage()).contains(0.25);
    }
}
