package org.shizhi.domain.law.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.SampleDisputes;
import org.shizhi.domain.dispute.port.out.InMemoryDisputeRepository;
import org.shizhi.domain.dispute.port.out.InMemoryMediationCentreRepository;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.port.out.InMemoryGridEventRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridRepository;
import org.shizhi.domain.grid.port.out.KeywordEventGrading;
import org.shizhi.domain.grid.port.out.PlatformEventRouting;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.law.model.AgencyFigures;
import org.shizhi.domain.law.model.AudienceKind;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.law.model.LawPolicy;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.LegalAidState;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PetitionState;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.PublicityEventId;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.ReviewOutcome;
import org.shizhi.domain.law.model.SampleLaw;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.law.port.in.CentreView;
import org.shizhi.domain.law.port.in.ComplaintView;
import org.shizhi.domain.law.port.in.LegalAidUseCase;
import org.shizhi.domain.law.port.in.LegalAidView;
import org.shizhi.domain.law.port.in.PetitionUseCase;
import org.shizhi.domain.law.port.in.PetitionView;
import org.shizhi.domain.law.port.in.RegulationUseCase;
import org.shizhi.domain.law.port.in.SupervisionUseCase;
import org.shizhi.domain.law.port.out.InMemoryLegalAidRepository;
import org.shizhi.domain.law.port.out.InMemoryPetitionRepository;
import org.shizhi.domain.law.port.out.InMemoryPublicityRepository;
import org.shizhi.domain.law.port.out.InMemoryRegulationRepository;
import org.shizhi.domain.law.port.out.InMemorySupervisionRepository;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkCalendar;

class LawServiceTest {

    static final Actor STAFF = new Actor("she.qu", SampleLaw.CHENGDU, SampleLaw.ZONGFU, Set.of(Role.COMMUNITY_STAFF), Set.of());
    static final Actor OFFICER = new Actor("jie.dao", SampleLaw.CHENGDU, SampleLaw.JINJIANG, Set.of(Role.STREET_OFFICER), Set.of());
    static final Actor OFFICER_WITH_PERSONAL_DATA = new Actor("jie.dao", SampleLaw.CHENGDU, SampleLaw.JINJIANG,
            Set.of(Role.STREET_OFFICER), Set.of(Privilege.PERSONAL_DATA));
    static final Actor ADMIN = new Actor("shi", SampleLaw.CHENGDU, SampleLaw.CHENGDU, Set.of(Role.CITY_ADMIN), Set.of());
    static final Actor NEIGHBOUR = new Actor("hong", SampleLaw.CHENGDU, SampleLaw.HONGXING, Set.of(Role.COMMUNITY_STAFF), Set.of());
    static final Actor WORKER = new Actor("wang.fang", SampleLaw.CHENGDU, SampleLaw.ZONGFU, Set.of(Role.GRID_WORKER), Set.of());

    final TestClock clock = new TestClock(SampleLaw.FRIDAY);
    final WorkCalendar calendar = SampleLaw.calendar();
    final InMemoryLegalAidRepository legalAid = new InMemoryLegalAidRepository();
    final InMemoryPetitionRepository petitions = new InMemoryPetitionRepository();
    final InMemorySupervisionRepository complaints = new InMemorySupervisionRepository();
    final InMemoryDisputeRepository disputeStore = new InMemoryDisputeRepository();
    final InMemoryMediationCentreRepository centres = new InMemoryMediationCentreRepository();
    final GridEventService events = new GridEventService(new InMemoryGridRepository(), new InMemoryGridEventRepository(),
            new KeywordEventGrading(), new PlatformEventRouting(), calendar, clock);
    final DisputeService disputes = new DisputeService(disputeStore, centres, events,
            (city, facts, candidates) -> org.shizhi.domain.dispute.model.CentreRouting.standard(facts, candidates),
            (city, facts) -> ConsultationRequirement.standard(facts), city -> DisputeType.STANDARD,
            city -> DisputePolicy.standard(), calendar, clock);
    LawPolicy policy = LawPolicy.standard();
    final LawService service = new LawService(legalAid, petitions, complaints, new InMemoryPublicityRepository(),
            new InMemoryRegulationRepository(), city -> policy, disputes, disputes, calendar, clock);

    LawServiceTest() {
        SampleDisputes.ALL_LEVELS.forEach(centres::save);
        legalAid.saveCentre(SampleLaw.JINJIANG_CENTRE);
    }

    LegalAidView apply(LocalDate receivedOn) {
        return service.apply(STAFF, new LegalAidUseCase.Apply(SampleLaw.legalAidIntake(SampleLaw.ZONGFU, receivedOn)));
    }

    PetitionView receive() {
        return service.receive(STAFF, new PetitionUseCase.Receive(SampleLaw.petitionIntake(SampleLaw.ZONGFU)));
    }

    PetitionView accepted() {
        PetitionView p = receive();
        return service.accept(OFFICER, new PetitionUseCase.Target(p.petition().id(), 1));
    }

    // Legal aid

    @Test
    void aCitysLegalAidDeadlineIsItsOwnAndDefaultsToSevenWorkingDays() {
        assertThat(apply(LocalDate.of(2025, 9, 26)).application().decisionDue().dueOn()).isEqualTo(LocalDate.of(2025, 10, 13));
        policy = new LawPolicy(3, 15, 60, 30, 30);
        assertThat(apply(LocalDate.of(2025, 9, 26)).application().decisionDue().dueOn()).as("3 working days: 28, 29, 30 September")
                .isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aReceivedDateYearsAheadIsRefusedAsTheCallersMistakeNotAsMissingHolidayData() {
        assertThatThrownBy(() -> apply(LocalDate.of(2099, 1, 1))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("receivedOn"));
    }

    @Test
    void theCentresServingACommunityShowEachLawyersCaseloadAndClosingACaseLowersIt() {
        LegalAidView a = apply(LocalDate.of(2025, 9, 26));
        service.grant(OFFICER, new LegalAidUseCase.Grant(a.application().id(), 1));
        service.assign(OFFICER, new LegalAidUseCase.Assign(a.application().id(), 2, SampleLaw.JINJIANG_CENTRE.code(), "lawyer-zhou"));
        var centres = service.legalAidCentres(STAFF, SampleLaw.ZONGFU);
        assertThat(centres).extracting(c -> c.centre().code()).containsExactly(SampleLaw.JINJIANG_CENTRE.code());
        assertThat(centres.getFirst().lawyers()).extracting(l -> l.lawyer().id() + "=" + l.caseload())
                .containsExactly("lawyer-li=0", "lawyer-zhou=1");
        assertThat(centres.getFirst().lawyers()).extracting(CentreView.LawyerLoad::name).as("a lawyer's name is personal data")
                .containsExactly("李**", "周**");
        assertThat(centres.getFirst().masked()).isTrue();
        assertThat(service.legalAidCentres(OFFICER_WITH_PERSONAL_DATA, SampleLaw.ZONGFU).getFirst().lawyers())
                .extracting(CentreView.LawyerLoad::name).containsExactly("李律师", "周律师");
        service.close(OFFICER, new LegalAidUseCase.Close(a.application().id(), 3, "调解结案", Satisfaction.SATISFIED));
        assertThat(service.legalAidCentres(STAFF, SampleLaw.ZONGFU).getFirst().lawyers())
                .extracting(l -> l.caseload()).as("a closed case no longer weighs on the lawyer").containsExactly(0, 0);
        assertThatThrownBy(() -> service.legalAidCentres(NEIGHBOUR, SampleLaw.ZONGFU)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLawyerAtCapacityIsNotAssignedMore() {
        String li = "lawyer-li";
        for (int i = 0; i < 2; i++) {
            LegalAidView a = apply(LocalDate.of(2025, 9, 26));
            service.grant(OFFICER, new LegalAidUseCase.Grant(a.application().id(), 1));
            service.assign(OFFICER, new LegalAidUseCase.Assign(a.application().id(), 2, SampleLaw.JINJIANG_CENTRE.code(), li));
        }
        assertThat(legalAid.caseload(li)).isEqualTo(2);
        LegalAidView third = apply(LocalDate.of(2025, 9, 26));
        service.grant(OFFICER, new LegalAidUseCase.Grant(third.application().id(), 1));
        assertThatThrownBy(() -> service.assign(OFFICER, new LegalAidUseCase.Assign(third.application().id(), 2,
                SampleLaw.JINJIANG_CENTRE.code(), li))).isInstanceOf(ConflictException.class).hasMessageContaining("capacity of 2");
        assertThat(legalAid.find(third.application().id()).orElseThrow().state()).as("nothing written")
                .isEqualTo(LegalAidState.GRANTED);
        LegalAidView zhou = service.assign(OFFICER, new LegalAidUseCase.Assign(third.application().id(), 2,
                SampleLaw.JINJIANG_CENTRE.code(), "lawyer-zhou"));
        assertThat(zhou.application().lawyer()).contains("lawyer-zhou");
    }

    @Test
    void aLawyerOfAnotherCentreOrACentreNotServingTheCommunityIsRefused() {
        LegalAidView a = apply(LocalDate.of(2025, 9, 26));
        service.grant(OFFICER, new LegalAidUseCase.Grant(a.application().id(), 1));
        assertThatThrownBy(() -> service.assign(OFFICER, new LegalAidUseCase.Assign(a.application().id(), 2,
                SampleLaw.JINJIANG_CENTRE.code(), "lawyer-wu"))).isInstanceOf(InvalidValueException.class);
        legalAid.saveCentre(new LegalAidCentre("qingyang", org.shizhi.domain.shared.AreaCode.of("510105"), "青羊区法律援助中心",
                SampleLaw.JINJIANG_CENTRE.lawyers()));
        assertThatThrownBy(() -> service.assign(OFFICER, new LegalAidUseCase.Assign(a.application().id(), 2,
                "qingyang", "lawyer-li"))).isInstanceOf(InvalidValueException.class).hasMessageContaining("serves");
    }

    @Test
    void theApplicantIsMaskedUnlessTheReaderHoldsThePersonalDataPrivilege() {
        LegalAidView a = apply(LocalDate.of(2025, 9, 26));
        LegalAidView masked = service.legalAid(OFFICER, a.application().id());
        assertThat(masked.applicant().name()).isEqualTo("魏*");
        assertThat(masked.applicant().idNumber().orElseThrow()).doesNotContain("19491231");
        assertThat(masked.applicant().masked()).isTrue();
        LegalAidView clear = service.legalAid(OFFICER_WITH_PERSONAL_DATA, a.application().id());
        assertThat(clear.applicant().name()).isEqualTo("魏明");
        assertThat(clear.applicant().phone()).contains("13812345678");
    }

    @Test
    void rolesJurisdictionAndVersionsAreCheckedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> service.apply(WORKER, new LegalAidUseCase.Apply(SampleLaw.legalAidIntake(SampleLaw.ZONGFU,
                LocalDate.of(2025, 9, 26))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.apply(NEIGHBOUR, new LegalAidUseCase.Apply(SampleLaw.legalAidIntake(SampleLaw.ZONGFU,
                LocalDate.of(2025, 9, 26))))).isInstanceOf(NotFoundException.class);
        LegalAidView a = apply(LocalDate.of(2025, 9, 26));
        assertThatThrownBy(() -> service.legalAid(NEIGHBOUR, a.application().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.grant(STAFF, new LegalAidUseCase.Grant(a.application().id(), 1)))
                .as("community staff do not decide").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.grant(OFFICER, new LegalAidUseCase.Grant(a.application().id(), 7)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(service.legalAid(OFFICER, a.application().id()).application().state()).isEqualTo(LegalAidState.RECEIVED);
    }

    @Test
    void overdueApplicationsAreListedAndTheReportCountsDecisionsOnTimeAndDemandAgainstCapacity() {
        LegalAidView late = apply(LocalDate.of(2025, 9, 26));
        LegalAidView onTime = apply(LocalDate.of(2025, 9, 26));
        service.grant(OFFICER, new LegalAidUseCase.Grant(onTime.application().id(), 1));
        clock.set(SampleLaw.china("2025-10-14T09:00"));
        assertThat(service.overdueLegalAid(OFFICER, SampleLaw.JINJIANG, PageRequest.first(10)).items())
                .extracting(v -> v.application().id()).containsExactly(late.application().id());
        service.refuse(OFFICER, new LegalAidUseCase.Refuse(late.application().id(), 1, "不符合经济困难条件"));
        LegalAidReport report = service.legalAidReport(OFFICER, SampleLaw.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        assertThat(report.rows()).hasSize(1);
        LegalAidReport.Row row = report.rows().getFirst();
        assertThat(row.district()).isEqualTo(SampleLaw.JINJIANG);
        assertThat(row.received()).isEqualTo(2);
        assertThat(row.decided()).isEqualTo(2);
        assertThat(row.decidedOnTime()).isEqualTo(1);
        assertThat(row.medianDaysToDecision()).contains(9.0);
        assertThat(row.openCases()).as("the granted one").isEqualTo(1);
        assertThat(row.capacity()).isEqualTo(7);
        LawFigures figures = service.figures(ADMIN, SampleLaw.CHENGDU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        assertThat(figures.legalAidOnTimeRate()).contains(0.5);
        assertThat(service.figuresByArea(ADMIN, SampleLaw.CHENGDU, AdminLevel.DISTRICT, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .as("锦江区 at once, as it counts alone").containsExactly(
                        service.figures(ADMIN, SampleLaw.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)));
        assertThatThrownBy(() -> service.figuresByArea(ADMIN, SampleLaw.JINJIANG, AdminLevel.CITY, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30))).as("a level above the area").isInstanceOf(InvalidValueException.class);
    }

    // Petitions

    @Test
    void thePetitionReplyIsExtendedOnceFromItsDueDateByTheCitysDays() {
        PetitionView p = accepted();
        LocalDate due = p.petition().replyDue().orElseThrow().dueOn();
        PetitionView extended = service.extend(OFFICER, new PetitionUseCase.WithText(p.petition().id(), 2, "需多部门会商"));
        assertThat(calendar.workingDaysBetween(due, extended.petition().replyDue().orElseThrow().dueOn())).isEqualTo(30);
        assertThatThrownBy(() -> service.extend(OFFICER, new PetitionUseCase.WithText(p.petition().id(), 3, "再延一次")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRepeatPetitionNamesAnEarlierOneTheCallerCanSee() {
        PetitionView first = receive();
        PetitionView repeat = service.receive(STAFF, new PetitionUseCase.Receive(new org.shizhi.domain.law.model.Petition.Intake(
                SampleLaw.ZONGFU, SampleLaw.person(), "噪音问题再次反映", org.shizhi.domain.law.model.PetitionChannel.HOTLINE,
                "锦江区住房和城乡建设局", Optional.of(first.petition().id()))));
        assertThat(service.repeats(OFFICER, first.petition().id())).extracting(v -> v.petition().id())
                .containsExactly(repeat.petition().id());
        assertThatThrownBy(() -> service.receive(STAFF, new PetitionUseCase.Receive(new org.shizhi.domain.law.model.Petition.Intake(
                SampleLaw.ZONGFU, SampleLaw.person(), "再次反映", org.shizhi.domain.law.model.PetitionChannel.HOTLINE,
                "住建局", Optional.of(PetitionId.random()))))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("repeatOf"));
    }

    @Test
    void aPetitionOpensADisputeThroughTheDisputeContextOnceAndLinksIt() {
        PetitionView p = accepted();
        PetitionView linked = service.openDispute(OFFICER, new PetitionUseCase.OpenDispute(p.petition().id(), 2,
                "NEIGHBOURHOOD", "要求夜间停工", new Risk(RiskLevel.LOW, List.of()), 3));
        DisputeId dispute = linked.petition().dispute().orElseThrow();
        assertThat(disputes.dispute(OFFICER, dispute).dispute().source()).isEqualTo(DisputeSource.PETITION);
        assertThatThrownBy(() -> service.openDispute(OFFICER, new PetitionUseCase.OpenDispute(p.petition().id(), 3,
                "NEIGHBOURHOOD", "再开一次", new Risk(RiskLevel.LOW, List.of()), 3))).isInstanceOf(ConflictException.class);
        PetitionView other = accepted();
        PetitionView joined = service.joinDispute(OFFICER, new PetitionUseCase.JoinDispute(other.petition().id(), 2, dispute));
        assertThat(joined.petition().dispute()).contains(dispute);
        assertThatThrownBy(() -> service.joinDispute(OFFICER, new PetitionUseCase.JoinDispute(accepted().petition().id(), 2,
                DisputeId.random()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theBacklogListsPetitionsPastTheirReplyDateOrReopenedOldestFirstWithTheirAgeAndClearingTakesThemOff() {
        PetitionView old = accepted();
        clock.advance(Duration.ofDays(1));
        PetitionView reopened = accepted();
        service.reply(OFFICER, new PetitionUseCase.WithText(reopened.petition().id(), 2, "已答复"));
        service.reopen(OFFICER, new PetitionUseCase.Target(reopened.petition().id(), 3));
        clock.set(SampleLaw.china("2025-09-30T10:00"));
        PetitionView fresh = accepted();
        clock.set(old.petition().replyDue().orElseThrow().passesAt());
        assertThat(service.petitionBacklog(OFFICER, SampleLaw.JINJIANG, PageRequest.first(10)).items())
                .extracting(v -> v.petition().id()).as("past its reply date, then reopened; the one accepted two working days later is not yet due")
                .containsExactly(old.petition().id(), reopened.petition().id());
        assertThat(service.petition(OFFICER, fresh.petition().id()).inBacklog()).isFalse();
        PetitionView listed = service.petitionBacklog(OFFICER, SampleLaw.JINJIANG, PageRequest.first(10)).items().getFirst();
        assertThat(listed.ageDays()).isEqualTo(old.petition().ageDays(clock.instant())).isGreaterThan(60);
        service.clear(OFFICER, new PetitionUseCase.Clear(old.petition().id(), 2, "夜访后施工方调整作业时间，噪音消除", Satisfaction.SATISFIED));
        assertThat(service.petitionBacklog(OFFICER, SampleLaw.JINJIANG, PageRequest.first(10)).items())
                .extracting(v -> v.petition().id()).containsExactly(reopened.petition().id());
        PetitionFigures figures = service.petitionFigures(OFFICER, SampleLaw.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        assertThat(figures.received()).isEqualTo(3);
        assertThat(figures.replied()).isEqualTo(1);
        assertThat(figures.repliedOnTime()).isEqualTo(1);
        assertThat(figures.backlog()).isEqualTo(1);
        assertThat(service.petitions(OFFICER, SampleLaw.JINJIANG, Optional.of(PetitionState.CLEARED), PageRequest.first(10)).items())
                .hasSize(1);
    }

    @Test
    void aLeaderIsAssignedByACityAdminOrStreetOfficerOnly() {
        PetitionView p = receive();
        assertThatThrownBy(() -> service.assignLeader(STAFF, new PetitionUseCase.WithText(p.petition().id(), 1, "张书记")))
                .isInstanceOf(AccessDeniedException.class);
        PetitionView led = service.assignLeader(ADMIN, new PetitionUseCase.WithText(p.petition().id(), 1, "张书记"));
        assertThat(led.petition().leader()).contains("张书记");
        assertThat(led.leader()).as("the leader's name is masked without the privilege").contains("张**");
        assertThat(service.petition(OFFICER_WITH_PERSONAL_DATA, p.petition().id()).leader()).contains("张书记");
    }

    // Supervision, publicity, regulations

    @Test
    void overdueComplaintsAreListedAndTheFiguresAreByAgency() {
        ComplaintView a = service.file(STAFF, new SupervisionComplaint.Intake(SampleLaw.ZONGFU, "锦江区综合行政执法局", "暂扣工具无清单", SampleLaw.person()));
        ComplaintView b = service.file(STAFF, new SupervisionComplaint.Intake(SampleLaw.ZONGFU, "锦江区市场监督管理局", "罚款未告知听证权", SampleLaw.person()));
        service.review(ADMIN, new SupervisionUseCase.Review(b.complaint().id(), 1, ReviewOutcome.CORRECTED, "撤销处罚决定"));
        assertThatThrownBy(() -> service.review(OFFICER, new SupervisionUseCase.Review(a.complaint().id(), 1, ReviewOutcome.UPHELD, "x")))
                .isInstanceOf(AccessDeniedException.class);
        clock.set(a.complaint().reviewDue().passesAt());
        assertThat(service.overdueComplaints(OFFICER, SampleLaw.JINJIANG, PageRequest.first(10)).items())
                .extracting(v -> v.complaint().id()).containsExactly(a.complaint().id());
        List<AgencyFigures> byAgency = service.supervisionByAgency(ADMIN, SampleLaw.CHENGDU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        assertThat(byAgency).containsExactly(new AgencyFigures("锦江区市场监督管理局", 1, 1, 1, 0, 0, 1, 0),
                new AgencyFigures("锦江区综合行政执法局", 1, 0, 0, 1, 0, 0, 0));
    }

    @Test
    void aPublicityEventIsRecordedOnceHeldInsideTheCallersJurisdiction() {
        PublicityEvent event = new PublicityEvent(PublicityEventId.random(), SampleLaw.ZONGFU, "民法典进社区", AudienceKind.ELDERLY,
                "总府路社区活动室", LocalDate.of(2025, 9, 20), 85);
        service.record(STAFF, event);
        assertThat(service.publicityEvents(OFFICER, SampleLaw.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30),
                PageRequest.first(10)).items()).containsExactly(event);
        assertThatThrownBy(() -> service.record(STAFF, new PublicityEvent(PublicityEventId.random(), SampleLaw.ZONGFU, "普法",
                AudienceKind.STUDENTS, "学校", LocalDate.of(2025, 10, 1), 10))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("heldOn"));
        assertThatThrownBy(() -> service.record(NEIGHBOUR, event)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void regulationsInForceOnADateLeaveOutTheRepealedAndTheNotYetEffective() {
        Regulation kept = service.register(ADMIN, SampleLaw.regulationDraft("第1号", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1)));
        Regulation repealed = service.register(ADMIN, SampleLaw.regulationDraft("第2号", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 1)));
        Regulation future = service.register(ADMIN, SampleLaw.regulationDraft("第3号", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 1)));
        service.repeal(ADMIN, new RegulationUseCase.Repeal(repealed.id(), 1, "废止决定", LocalDate.of(2024, 1, 1)));
        assertThat(service.regulations(WORKER, Optional.of(LocalDate.of(2025, 9, 26)), PageRequest.first(10)).items())
                .extracting(Regulation::id).containsExactly(kept.id());
        assertThat(service.regulations(WORKER, Optional.empty(), PageRequest.first(10)).items()).hasSize(3);
        assertThatThrownBy(() -> service.register(ADMIN, SampleLaw.regulationDraft("第1号", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1))))
                .as("a document number used twice").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.register(OFFICER, SampleLaw.regulationDraft("第4号", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1))))
                .isInstanceOf(AccessDeniedException.class);
        Actor zhanjiang = new Actor("zj", org.shizhi.domain.shared.AreaCode.of("440800"), org.shizhi.domain.shared.AreaCode.of("440800"),
                Set.of(Role.CITY_ADMIN), Set.of());
        assertThatThrownBy(() -> service.regulation(zhanjiang, future.id())).as("another city's").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReportPeriodIsCheckedAndInsideTheJurisdiction() {
        assertThatThrownBy(() -> service.petitionFigures(OFFICER, SampleLaw.JINJIANG, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 1)))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("to"));
        assertThatThrownBy(() -> service.petitionFigures(OFFICER, SampleLaw.CHENGDU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.petitionFigures(STAFF, SampleLaw.ZONGFU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
