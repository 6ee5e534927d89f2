package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.CampaignsApi;
import org.shizhi.client.model.Campaign;
import org.shizhi.client.model.CampaignActivity;
import org.shizhi.client.model.CampaignAttachment;
import org.shizhi.client.model.CampaignCoverage;
import org.shizhi.client.model.CampaignFigures;
import org.shizhi.client.model.CampaignVenueKind;
import org.shizhi.client.model.NewCampaign;
import org.shizhi.client.model.NewCampaignActivity;
import org.shizhi.client.model.NewSafetyStarNomination;
import org.shizhi.client.model.NewSafetyStarRound;
import org.shizhi.client.model.NewSamaritanAward;
import org.shizhi.client.model.NewSamaritanFundIncome;
import org.shizhi.client.model.NewWedding;
import org.shizhi.client.model.NewWeddingHall;
import org.shizhi.client.model.NewWeddingRegisterEntry;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.SafetyStarNomination;
import org.shizhi.client.model.SafetyStarResults;
import org.shizhi.client.model.SafetyStarRound;
import org.shizhi.client.model.SafetyStarStage;
import org.shizhi.client.model.SafetyStarVote;
import org.shizhi.client.model.SamaritanAwardGranted;
import org.shizhi.client.model.SamaritanFund;
import org.shizhi.client.model.SamaritanHonouree;
import org.shizhi.client.model.Wedding;
import org.shizhi.client.model.WeddingFollowUp;
import org.shizhi.client.model.WeddingHall;
import org.shizhi.client.model.WeddingPledge;
import org.shizhi.client.model.WeddingRegisterKind;
import org.shizhi.client.model.WeddingReport;
import org.shizhi.client.model.WeddingServiceKind;

/**
 * The campaign context through the generated client only, in a street and two communities of its own (5101042300xx,
 * which no other test uses): a red-culture campaign from the plugin's template to complete coverage and the figures; a
 * Safety Star round with a second vote refused; a Good Samaritan fund that refuses an award over its balance; the
 * wedding reform from hall to report.
 */
class CampaignEndToEndTest {

    private static final String STREET = "510104230000";
    private static final String EAST = "510104230001";
    private static final String WEST = "510104230002";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510104", "STREET_OFFICER");

    private static CampaignsApi as(String jurisdiction, String role) {
        return new CampaignsApi(platform.clientAs("510100", jurisdiction, role));
    }

    private static Problem problem(ApiException e) throws Exception {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void aCampaignFromTheTemplateReachesEveryVenueOfEveryAreaAndTheFiguresCountIt() throws Exception {
        CampaignsApi officer = new CampaignsApi(platform.client());
        Campaign campaign = officer.launchCampaign(new NewCampaign().templateId("red-culture.eight-venues").organiser("端到端街道")
                .periodStart(TODAY.minusDays(20)).periodEnd(TODAY.plusDays(20)).targetAreas(List.of(EAST, WEST))
                .targetKinds(List.of(CampaignVenueKind.SCHOOL, CampaignVenueKind.GRID)), null);
        assertThat(campaign.getTemplateId()).isEqualTo("red-culture.eight-venues");
        assertThat(officer.getCampaign(campaign.getId()).getTargetAreas()).as("read back").containsExactlyInAnyOrder(EAST, WEST);
        var template = new org.shizhi.client.api.PluginsApi(platform.client()).listCampaignTemplates("510100").getItems().stream()
                .filter(t -> t.getId().equals("red-culture.eight-venues")).findFirst().orElseThrow();
        assertThat(campaign.getChecklist()).as("the template pre-fills its own checklist").isNotEmpty().isEqualTo(template.getChecklist());
        CampaignsApi worker = as("510104", "GRID_WORKER");
        for (String area : List.of(EAST, WEST)) {
            for (CampaignVenueKind kind : List.of(CampaignVenueKind.SCHOOL, CampaignVenueKind.GRID)) {
                CampaignActivity a = worker.recordCampaignActivity(campaign.getId(), new NewCampaignActivity().venueKind(kind).place("端到端活动室")
                        .areaCode(area).heldOn(TODAY.minusDays(1)).participants(25).volunteers(5).organiser("社区党委").evidence("照片")
                        .attachments(List.of(new CampaignAttachment().fileName("a.jpg").mediaType("image/jpeg").sizeBytes(2048L)
                                .sha256("c".repeat(64)))), null);
                assertThat(a.getAttachments()).hasSize(1);
                CampaignCoverage coverage = officer.getCampaignCoverage(campaign.getId());
                assertThat(coverage.getComplete()).as("complete only after the last of the four activities")
                        .isEqualTo(area.equals(WEST) && kind == CampaignVenueKind.GRID);
            }
        }
        assertThat(officer.listCampaignActivities(campaign.getId(), null, 2).getNextCursor()).isNotNull();
        assertThat(officer.listCampaigns(STREET, null, null).getItems()).extracting(Campaign::getId).containsExactly(campaign.getId());
        CampaignFigures figures = officer.getCampaignFigures(STREET, TODAY.minusDays(30), TODAY);
        assertThat(figures.getVenuePairsTargeted()).isEqualTo(4);
        assertThat(figures.getVenueCoverage()).isEqualTo(1.0);
        ApiException refused = catchThrowableOfType(ApiException.class, () -> worker.recordCampaignActivity(campaign.getId(),
                new NewCampaignActivity().venueKind(CampaignVenueKind.FAMILY).place("家").areaCode(EAST).heldOn(TODAY)
                        .participants(3).organiser("社区").evidence("照片"), null));
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(problem(refused).getField()).isEqualTo("venueKind");
    }

    @Test
    void aResidentVotesOnceInARound() throws Exception {
        CampaignsApi officer = new CampaignsApi(platform.client());
        SafetyStarRound round = officer.openSafetyStarRound(new NewSafetyStarRound().areaCode(EAST).title("端到端平安之星")
                .votingStart(TODAY).votingEnd(TODAY.plusDays(10)), null);
        assertThat(round.getStage()).isEqualTo(SafetyStarStage.VOTING);
        SafetyStarNomination nomination = as(EAST, "COMMUNITY_STAFF").nominateSafetyStar(round.getId(), new NewSafetyStarNomination()
                .nominee("赵守望").nominatedBy("端到端居委会").deed("夜间巡逻").evidence("巡逻记录"), null);
        CampaignsApi app = as("510100", "INTEGRATOR");
        SafetyStarVote vote = new SafetyStarVote().nominationId(nomination.getId()).voterIdNumber("11010519491231002X");
        app.castSafetyStarVote(round.getId(), vote, null);
        ApiException again = catchThrowableOfType(ApiException.class, () -> app.castSafetyStarVote(round.getId(), vote, null));
        assertThat(again.getCode()).isEqualTo(409);
        assertThat(problem(again).getField()).isEqualTo("voterIdNumber");
        SafetyStarResults results = officer.getSafetyStarResults(round.getId(), null);
        assertThat(results.getVotes()).isEqualTo(1L);
        assertThat(results.getTallies().get(0).getNomination().getNominee()).isEqualTo("赵**");
        assertThat(officer.listSafetyStarRounds(EAST, null, null).getItems()).extracting(SafetyStarRound::getId).contains(round.getId());
    }

    @Test
    void theFundPaysAwardsUpToItsBalance() throws Exception {
        CampaignsApi officer = new CampaignsApi(platform.client());
        officer.receiveSamaritanFundIncome(STREET, new NewSamaritanFundIncome().amount(new BigDecimal("5000")).source("街道拨款")
                .receivedOn(TODAY), null);
        NewSamaritanAward award = new NewSamaritanAward().act("扑灭电动车火情").actOn(TODAY.minusDays(2)).place("端到端小区")
                .honoured(List.of(new SamaritanHonouree().name("钱勇"))).amount(new BigDecimal("3000"));
        SamaritanAwardGranted granted = officer.grantSamaritanAward(STREET, award, null);
        assertThat(granted.getEntry().getBalanceAfter()).isEqualByComparingTo("2000");
        ApiException over = catchThrowableOfType(ApiException.class, () -> officer.grantSamaritanAward(STREET, award, null));
        assertThat(over.getCode()).isEqualTo(409);
        assertThat(problem(over).getField()).isEqualTo("amount");
        SamaritanFund fund = officer.getSamaritanFund(STREET, null, null);
        assertThat(fund.getBalance()).isEqualByComparingTo("2000");
        assertThat(fund.getLedger()).hasSize(2);
        assertThat(officer.getSamaritanAward(granted.getAward().getId(), null).getHonoured().get(0).getName()).isEqualTo("钱*");
    }

    @Test
    void theWeddingReformFromHallToReport() throws Exception {
        CampaignsApi staff = as(WEST, "COMMUNITY_STAFF");
        WeddingHall hall = staff.addWeddingHall(new NewWeddingHall().areaCode(WEST).name("端到端礼堂").capacity(150), null);
        assertThat(staff.listWeddingHalls(WEST).getItems()).extracting(WeddingHall::getId).containsExactly(hall.getId());
        staff.enterWeddingRegister(new NewWeddingRegisterEntry().kind(WeddingRegisterKind.COUNSELLING).areaCode(WEST).entryOn(TODAY)
                .topic("新婚沟通").counsellor("周老师").couples(6), null);
        assertThat(staff.listWeddingRegisterEntries(WEST, WeddingRegisterKind.COUNSELLING, null, null, null).getItems()).hasSize(1);
        NewWedding request = new NewWedding().areaCode(WEST).weddingOn(TODAY.minusDays(3)).partnerOne("孙小明").partnerTwo("周小红")
                .services(List.of(WeddingServiceKind.PUBLIC_HALL, WeddingServiceKind.COUNSELLING)).hallId(hall.getId())
                .pledge(new WeddingPledge().maxGuests(100).maxBanquetTables(10).maxGifts(new BigDecimal("20000")));
        Wedding wedding = staff.registerWedding(request, null);
        ApiException booked = catchThrowableOfType(ApiException.class, () -> staff.registerWedding(request, null));
        assertThat(booked.getCode()).isEqualTo(409);
        assertThat(problem(booked).getField()).isEqualTo("hallId");
        Wedding checked = staff.followUpWedding(wedding.getId(), new WeddingFollowUp().checkedOn(TODAY).guests(120).banquetTables(12)
                .gifts(new BigDecimal("18000")).checkedBy("端到端红娘"));
        assertThat(checked.getPledgeKept()).as("120 guests break a pledge of 100").isFalse();
        assertThat(staff.getWedding(wedding.getId(), null).getFollowUp()).isNotNull();
        assertThat(staff.listWeddings(WEST, null, null, null).getItems()).extracting(Wedding::getId).containsExactly(wedding.getId());
        WeddingReport report = staff.getWeddingReport(WEST, TODAY.minusDays(10), TODAY);
        assertThat(report.getLines()).hasSize(1);
        assertThat(report.getLines().get(0).getPledgesBroken()).isEqualTo(1L);
        assertThat(report.getLines().get(0).getServicesUsed().getCounselling()).isEqualTo(1L);
        ApiException unknown = catchThrowableOfType(ApiException.class, () -> staff.getWedding(UUID.randomUUID(), null));
        assertThat(unknown.getCode()).isEqualTo(404);
    }
}
