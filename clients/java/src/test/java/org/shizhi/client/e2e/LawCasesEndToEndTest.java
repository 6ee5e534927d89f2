package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.DisputesApi;
import org.shizhi.client.api.LawApi;
import org.shizhi.client.model.AudienceKind;
import org.shizhi.client.model.LawPublicityEvent;
import org.shizhi.client.model.LawPublicityEventPage;
import org.shizhi.client.model.LegalAidApplication;
import org.shizhi.client.model.LegalAidAssignment;
import org.shizhi.client.model.LegalAidCategory;
import org.shizhi.client.model.LegalAidCentre;
import org.shizhi.client.model.LegalAidClosure;
import org.shizhi.client.model.LegalAidDecision;
import org.shizhi.client.model.LegalAidState;
import org.shizhi.client.model.MediationCentre;
import org.shizhi.client.model.Mediator;
import org.shizhi.client.model.NewLawPublicityEvent;
import org.shizhi.client.model.NewLawyer;
import org.shizhi.client.model.NewLegalAidApplication;
import org.shizhi.client.model.NewLegalAidCentre;
import org.shizhi.client.model.NewPersonOnRecord;
import org.shizhi.client.model.NewPetition;
import org.shizhi.client.model.NewRegulation;
import org.shizhi.client.model.NewSupervisionComplaint;
import org.shizhi.client.model.Petition;
import org.shizhi.client.model.PetitionChannel;
import org.shizhi.client.model.PetitionDisputeOpening;
import org.shizhi.client.model.PetitionState;
import org.shizhi.client.model.PetitionText;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.Regulation;
import org.shizhi.client.model.RegulationAmendment;
import org.shizhi.client.model.RegulationHit;
import org.shizhi.client.model.RegulationHitPage;
import org.shizhi.client.model.RegulationRepeal;
import org.shizhi.client.model.RegulationStatus;
import org.shizhi.client.model.ReviewOutcome;
import org.shizhi.client.model.Risk;
import org.shizhi.client.model.RiskLevel;
import org.shizhi.client.model.Satisfaction;
import org.shizhi.client.model.SupervisionComplaint;
import org.shizhi.client.model.SupervisionComplaintPage;
import org.shizhi.client.model.SupervisionFigures;
import org.shizhi.client.model.SupervisionReview;

/**
 * The law context's other resources and reports through the generated client only: legal aid assigned within a
 * lawyer's caseload and closed, with the centres and the overdue decisions; 领导包案, a dispute opened from a petition,
 * its repeats, reopening; enforcement supervision from complaint to review with the figures by agency; law publicity;
 * a regulation registered, read, amended and repealed.
 */
class LawCasesEndToEndTest {

    private static final String ZONGFU = "510104022001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    private static LawApi as(String jurisdiction, String role) {
        return new LawApi(platform.clientAs("510100", jurisdiction, role));
    }

    private static String v(long version) {
        return "\"" + version + "\"";
    }

    private static Problem problem(ApiException e) throws Exception {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void legalAidGoesToALawyerWithinTheirCaseloadAndIsClosed() throws Exception {
        LawApi admin = new LawApi(platform.client());
        LawApi officer = as("510104", "STREET_OFFICER");
        LegalAidCentre centre = admin.registerLegalAidCentre("e2e-legal-aid", new NewLegalAidCentre().areaCode("510104").name("端到端法律援助中心")
                .addLawyersItem(new NewLawyer().id("e2e-wu").name("吴律师").capacity(1)));
        assertThat(centre.getLawyers()).singleElement().satisfies(l -> assertThat(l.getCaseload()).isZero());

        LegalAidApplication a = as(ZONGFU, "COMMUNITY_STAFF").applyForLegalAid(new NewLegalAidApplication().areaCode(ZONGFU)
                .applicant(new NewPersonOnRecord().name("魏明")).matter("端到端：工伤赔偿").category(LegalAidCategory.INJURY_COMPENSATION)
                .receivedOn(LocalDate.of(2025, 9, 26)), null);
        assertThat(officer.listOverdueLegalAid("510104", null, 100, null).getItems()).extracting(LegalAidApplication::getId)
                .as("undecided long after its deadline").contains(a.getId());
        a = officer.decideLegalAid(a.getId(), v(a.getVersion()), new LegalAidDecision().granted(true));
        a = officer.assignLegalAid(a.getId(), v(a.getVersion()), new LegalAidAssignment().centre("e2e-legal-aid").lawyer("e2e-wu"));
        assertThat(a.getState()).isEqualTo(LegalAidState.ASSIGNED);
        assertThat(admin.listLegalAidCentres(ZONGFU).getItems()).filteredOn(c -> c.getCode().equals("e2e-legal-aid")).singleElement()
                .satisfies(c -> assertThat(c.getLawyers().get(0).getCaseload()).isEqualTo(1));

        LegalAidApplication second = as(ZONGFU, "COMMUNITY_STAFF").applyForLegalAid(new NewLegalAidApplication().areaCode(ZONGFU)
                .applicant(new NewPersonOnRecord().name("魏明")).matter("端到端：第二件").category(LegalAidCategory.OTHER)
                .receivedOn(LocalDate.of(2025, 9, 26)), null);
        LegalAidApplication granted = officer.decideLegalAid(second.getId(), v(1), new LegalAidDecision().granted(true));
        ApiException full = catchThrowableOfType(ApiException.class, () -> officer.assignLegalAid(granted.getId(), v(granted.getVersion()),
                new LegalAidAssignment().centre("e2e-legal-aid").lawyer("e2e-wu")));
        assertThat(full.getCode()).isEqualTo(409);
        assertThat(problem(full).getField()).isEqualTo("lawyer");

        a = officer.closeLegalAid(a.getId(), v(a.getVersion()), new LegalAidClosure().result("端到端：调解结案").satisfaction(Satisfaction.SATISFIED));
        assertThat(a.getState()).isEqualTo(LegalAidState.CLOSED);
        assertThat(officer.assignLegalAid(granted.getId(), v(granted.getVersion()), new LegalAidAssignment().centre("e2e-legal-aid")
                .lawyer("e2e-wu")).getState()).as("the lawyer is free again").isEqualTo(LegalAidState.ASSIGNED);
    }

    @Test
    void aHardPetitionGetsALeaderADisputeAndARepeatAndAReplyIsReopened() throws Exception {
        new DisputesApi(platform.client()).registerMediationCentre(new MediationCentre().areaCode("510104").name("端到端调解中心")
                .addMediatorsItem(new Mediator().id("e2e-mediator").name("刘调解")), null);
        LawApi staff = as(ZONGFU, "COMMUNITY_STAFF");
        LawApi officer = as("510104", "STREET_OFFICER");
        NewPetition petition = new NewPetition().areaCode(ZONGFU).petitioner(new NewPersonOnRecord().name("魏明"))
                .matter("端到端：拆迁补偿款未到位").channel(PetitionChannel.VISIT).agency("锦江区住房和城乡建设局");
        Petition p = staff.receivePetition(petition, null);
        p = officer.assignPetitionLeader(p.getId(), v(p.getVersion()), new PetitionText().text("锦江区副区长"));
        assertThat(p.getLeader()).as("masked without PERSONAL_DATA").isEqualTo("锦*****");
        p = officer.openPetitionDispute(p.getId(), v(p.getVersion()), new PetitionDisputeOpening().disputeType("NEIGHBOURHOOD")
                .claims("按协议支付补偿款").risk(new Risk().level(RiskLevel.LOW)).peopleInvolved(3));
        assertThat(p.getDisputeId()).isNotNull();
        UUID first = p.getId();

        Petition repeat = staff.receivePetition(petition.repeatOf(first), null);
        assertThat(officer.listPetitionRepeats(first, null).getItems()).extracting(Petition::getId).containsExactly(repeat.getId());

        repeat = officer.acceptPetition(repeat.getId(), v(repeat.getVersion()));
        repeat = officer.replyToPetition(repeat.getId(), v(repeat.getVersion()), new PetitionText().text("补偿款已拨付"));
        repeat = officer.reopenPetition(repeat.getId(), v(repeat.getVersion()));
        assertThat(repeat.getState()).isEqualTo(PetitionState.REOPENED);
        assertThat(repeat.getInBacklog()).isTrue();

        Petition other = staff.receivePetition(petition.repeatOf(null).matter("端到端：不属信访"), null);
        assertThat(officer.notAcceptPetition(other.getId(), v(1), new PetitionText().text("应通过诉讼解决")).getState())
                .isEqualTo(PetitionState.NOT_ACCEPTED);
    }

    @Test
    void aSupervisionComplaintIsReviewedOnceAndCountedForItsAgency() throws Exception {
        LawApi officer = as("510104", "STREET_OFFICER");
        LawApi admin = new LawApi(platform.client());
        SupervisionComplaint c = officer.fileSupervisionComplaint(new NewSupervisionComplaint().areaCode("510104").agency("端到端执法局")
                .act("端到端：暂扣工具未出具清单").complainant(new NewPersonOnRecord().name("魏明").phone("13812345678")), null);
        assertThat(c.getComplainant().getMasked()).isTrue();
        assertThat(c.getReviewDue().getWorkingDays()).isEqualTo(30);
        c = admin.reviewSupervisionComplaint(c.getId(), v(c.getVersion()), new SupervisionReview().outcome(ReviewOutcome.UPHELD)
                .finding("执法程序合法"));
        SupervisionComplaint reviewed = c;
        ApiException twice = catchThrowableOfType(ApiException.class, () -> admin.reviewSupervisionComplaint(reviewed.getId(),
                v(reviewed.getVersion()), new SupervisionReview().outcome(ReviewOutcome.DISMISSED).finding("再审")));
        assertThat(twice.getCode()).isEqualTo(409);
        assertThat(officer.getSupervisionComplaint(c.getId(), "e2e-check").getOutcome()).isEqualTo(ReviewOutcome.UPHELD);
        SupervisionComplaintPage overdue = admin.listOverdueSupervisionComplaints("510100", null, 100, null);
        assertThat(overdue.getItems()).allSatisfy(x -> assertThat(x.getOverdue()).isTrue());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        SupervisionFigures figures = admin.getSupervisionFigures("510104", today.minusDays(1), today.plusDays(1));
        assertThat(figures.getAgencies()).filteredOn(a -> a.getAgency().equals("端到端执法局")).singleElement()
                .satisfies(a -> assertThat(a.getUpheld()).isEqualTo(1));
    }

    @Test
    void aLawPublicityEventIsRecordedAndListed() throws Exception {
        LawApi staff = as(ZONGFU, "COMMUNITY_STAFF");
        NewLawPublicityEvent event = new NewLawPublicityEvent().areaCode(ZONGFU).topic("端到端：宪法宣传周").audience(AudienceKind.STUDENTS)
                .place("社区学校").heldOn(LocalDate.of(2025, 12, 4)).reach(80);
        ApiException future = catchThrowableOfType(ApiException.class, () -> staff.recordLawPublicityEvent(
                new NewLawPublicityEvent().areaCode(ZONGFU).topic("端到端").audience(AudienceKind.STUDENTS).place("社区")
                        .heldOn(LocalDate.of(2099, 1, 1)).reach(1), null));
        assertThat(problem(future).getField()).isEqualTo("heldOn");
        LawPublicityEvent recorded = staff.recordLawPublicityEvent(event, null);
        LawPublicityEventPage page = as("510104", "AUDITOR").listLawPublicityEvents("510104", LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 31), null, 100);
        assertThat(page.getItems()).extracting(LawPublicityEvent::getId).contains(recorded.getId());
    }

    @Test
    void aRegulationIsRegisteredReadAmendedAndRepealed() throws Exception {
        LawApi admin = new LawApi(platform.client());
        Regulation r = admin.registerRegulation(new NewRegulation().title("端到端条例").documentNumber("E2E-" + UUID.randomUUID())
                .adoptingBody("成都市人大常委会").adoptedOn(LocalDate.of(2019, 6, 1)).effectiveOn(LocalDate.of(2019, 10, 1))
                .text("第一条 端到端"), null);
        assertThat(as(ZONGFU, "GRID_WORKER").getRegulation(r.getId()).getText()).isEqualTo("第一条 端到端");
        r = admin.amendRegulation(r.getId(), v(r.getVersion()), new RegulationAmendment().act("修正决定").on(LocalDate.of(2023, 3, 1))
                .text("第一条 端到端（修正）"));
        assertThat(r.getStatus()).isEqualTo(RegulationStatus.AMENDED);
        Regulation amended = r;
        ApiException early = catchThrowableOfType(ApiException.class, () -> admin.repealRegulation(amended.getId(), v(amended.getVersion()),
                new RegulationRepeal().act("废止决定").on(LocalDate.of(2018, 1, 1))));
        assertThat(problem(early).getField()).isEqualTo("on");
        r = admin.repealRegulation(r.getId(), v(r.getVersion()), new RegulationRepeal().act("废止决定").on(LocalDate.of(2025, 1, 1)));
        assertThat(r.getStatus()).isEqualTo(RegulationStatus.REPEALED);
        assertThat(admin.listRegulations(LocalDate.of(2025, 6, 1), null, 100).getItems()).extracting(Regulation::getId).doesNotContain(r.getId());
    }

    @Test
    void theRegulationsAreSearchedByTheWordsOfTheirText() throws Exception {
        LawApi admin = new LawApi(platform.client());
        Regulation r = admin.registerRegulation(new NewRegulation().title("端到端电动自行车管理条例").documentNumber("E2E-" + UUID.randomUUID())
                .adoptingBody("成都市人大常委会").adoptedOn(LocalDate.of(2023, 6, 1)).effectiveOn(LocalDate.of(2023, 10, 1))
                .text("第五条 电动自行车应当在集中充电场所充电，禁止在楼道内停放充电。"), null);
        Regulation inTitle = admin.registerRegulation(new NewRegulation().title("端到端楼道充电安全规定").documentNumber("E2E-" + UUID.randomUUID())
                .adoptingBody("成都市人民政府").adoptedOn(LocalDate.of(2020, 6, 1)).effectiveOn(LocalDate.of(2020, 10, 1))
                .text("第一条 为保障楼道安全，禁止在楼道充电。"), null);
        RegulationHitPage found = as(ZONGFU, "GRID_WORKER").searchRegulations("楼道 充电", null, 20);
        assertThat(found.getItems()).extracting(RegulationHit::getId).as("the words in the title rank it first, though older")
                .containsExactly(inTitle.getId(), r.getId());
        assertThat(found.getItems()).extracting(RegulationHit::getRelevance).containsExactly(1.0, 1.0 / 3);
        assertThat(found.getItems().get(1).getSnippet()).contains("<em>楼道</em>");
        ApiException punctuation = catchThrowableOfType(ApiException.class, () -> admin.searchRegulations("、", null, 20));
        assertThat(problem(punctuation).getField()).isEqualTo("q");
    }
}
