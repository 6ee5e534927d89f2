package org.shizhi.domain.dispute.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeFigures;
import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.SampleDisputes;
import org.shizhi.domain.dispute.model.Session;
import org.shizhi.domain.dispute.port.in.DisputeChanged;
import org.shizhi.domain.dispute.port.in.DisputeView;
import org.shizhi.domain.dispute.port.in.EscalateOverdueDisputesUseCase;
import org.shizhi.domain.dispute.port.in.MediateDisputeUseCase;
import org.shizhi.domain.dispute.port.in.OpenDisputeUseCase;
import org.shizhi.domain.dispute.port.out.InMemoryDisputeRepository;
import org.shizhi.domain.dispute.port.out.InMemoryMediationCentreRepository;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.out.InMemoryGridEventRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridRepository;
import org.shizhi.domain.grid.port.out.KeywordEventGrading;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.grid.port.out.PlatformEventRouting;

class DisputeServiceTest {

    static final Actor MEDIATOR = new Actor("tiao.jie", SampleDisputes.CHENGDU, SampleDisputes.JINJIANG, Set.of(Role.MEDIATOR), Set.of());
    static final Actor MEDIATOR_WITH_PERSONAL_DATA = new Actor("tiao.jie", SampleDisputes.CHENGDU, SampleDisputes.JINJIANG,
            Set.of(Role.MEDIATOR), Set.of(Privilege.PERSONAL_DATA));
    static final Actor WORKER = new Actor("wang.fang", SampleDisputes.CHENGDU, SampleDisputes.ZONGFU, Set.of(Role.GRID_WORKER), Set.of());
    static final Actor AUDITOR = new Actor("audit", SampleDisputes.CHENGDU, SampleDisputes.CHENGDU, Set.of(Role.AUDITOR), Set.of());
    static final Actor NEIGHBOUR = new Actor("hong", SampleDisputes.CHENGDU, SampleDisputes.HONGXING, Set.of(Role.MEDIATOR), Set.of());

    final TestClock clock = new TestClock(SampleDisputes.FRIDAY);
    final WorkCalendar calendar = SampleDisputes.calendar();
    final InMemoryDisputeRepository disputes = new InMemoryDisputeRepository();
    final InMemoryMediationCentreRepository centres = new InMemoryMediationCentreRepository();
    final InMemoryGridRepository grids = new InMemoryGridRepository();
    final GridEventService events = new GridEventService(grids, new InMemoryGridEventRepository(), new KeywordEventGrading(), new PlatformEventRouting(), calendar, clock);
    DisputePolicy policy = DisputePolicy.standard();
    final DisputeService service = new DisputeService(disputes, centres, events,
            (city, facts, candidates) -> org.shizhi.domain.dispute.model.CentreRouting.standard(facts, candidates),
            (city, facts) -> ConsultationRequirement.standard(facts), city -> DisputeType.STANDARD, city -> policy, calendar, clock);
    final DisputeEscalationService escalation = new DisputeEscalationService(disputes, service, clock);

    DisputeServiceTest() {
        SampleDisputes.ALL_LEVELS.forEach(centres::save);
        grids.add(Grid.create(SampleEvents.ZONGFU_1, GridTier.GENERAL, "总府路第1网格", Optional.empty(), Optional.empty()));
    }

    DisputeChanged open(RiskLevel risk) {
        return service.open(MEDIATOR, new OpenDisputeUseCase.OpenDisputeCommand(SampleDisputes.intake(risk)));
    }

    @Test
    void openingRoutesByRiskAndSetsTheAcceptanceDeadlineInWorkingDays() {
        clock.set(SampleEvents.china("2025-09-30T10:00"));
        DisputeChanged low = open(RiskLevel.LOW);
        assertThat(low.dispute().dispute().centre()).isEqualTo(SampleDisputes.ZONGFU);
        assertThat(low.dispute().dispute().deadline().dueOn()).as("3 working days from 30 September skip the National Day"
                + " holiday (1–8 October) and count the make-up Saturday 11 October").isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(open(RiskLevel.HIGH).dispute().dispute().centre()).isEqualTo(SampleDisputes.JINJIANG);
    }

    @Test
    void aCitysDeadlinesAreItsOwn() {
        policy = new DisputePolicy(1, 5, 2);
        DisputeChanged opened = open(RiskLevel.LOW);
        assertThat(opened.dispute().dispute().deadline().dueOn()).isEqualTo(LocalDate.of(2025, 9, 28));
        Dispute accepted = service.accept(MEDIATOR, new MediateDisputeUseCase.Accept(opened.dispute().dispute().id(), 1, "")).dispute().dispute();
        assertThat(accepted.deadline().workingDays()).isEqualTo(5);
    }

    @Test
    void aFullMediationWithConsultationAndFollowUp() {
        Dispute d = open(RiskLevel.HIGH).dispute().dispute();
        var id = d.id();
        d = service.accept(MEDIATOR, new MediateDisputeUseCase.Accept(id, 1, "收案")).dispute().dispute();
        d = service.holdSession(MEDIATOR, new MediateDisputeUseCase.HoldSession(id, d.version(),
                new Session(LocalDate.of(2025, 9, 26), List.of("district.med"), List.of("魏明"), "首次调解"))).dispute().dispute();
        d = service.convene(MEDIATOR, new MediateDisputeUseCase.Convene(id, d.version(), Set.of(ConsultationBody.GRID_WORKER))).dispute().dispute();
        for (ConsultationBody body : d.consultation().orElseThrow().bodies()) {
            d = service.recordOpinion(MEDIATOR, new MediateDisputeUseCase.RecordOpinion(id, d.version(), body, "同意")).dispute().dispute();
        }
        d = service.concludeConsultation(MEDIATOR, new MediateDisputeUseCase.ConcludeConsultation(id, d.version(), "一致同意")).dispute().dispute();
        d = service.conclude(MEDIATOR, new MediateDisputeUseCase.Conclude(id, d.version(), SampleDisputes.agreement())).dispute().dispute();
        assertThat(d.followUpDue()).as("15 working days after Friday 26 September, across the National Day holiday")
                .contains(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 15)).contains(LocalDate.of(2025, 10, 23));
        d = service.close(MEDIATOR, new MediateDisputeUseCase.Close(id, d.version(), "")).dispute().dispute();
        assertThat(disputes.pending(10)).hasSize(1);
        clock.advance(Duration.ofDays(25));
        d = service.followUp(WORKER, new MediateDisputeUseCase.RecordFollowUp(id, d.version(), FollowUp.Result.RELAPSED, "未付款"))
                .dispute().dispute();
        assertThat(d.state()).isEqualTo(DisputeState.REOPENED);
        assertThat(service.timeline(AUDITOR, id)).extracting(DisputeChange::kind).startsWith(DisputeChange.Kind.OPENED)
                .endsWith(DisputeChange.Kind.CLOSED, DisputeChange.Kind.REOPENED);
    }

    @Test
    void sessionsNeedTheCentresOwnMediators() {
        Dispute d = open(RiskLevel.LOW).dispute().dispute();
        service.accept(MEDIATOR, new MediateDisputeUseCase.Accept(d.id(), 1, ""));
        assertThatThrownBy(() -> service.holdSession(MEDIATOR, new MediateDisputeUseCase.HoldSession(d.id(), 2,
                new Session(LocalDate.of(2025, 9, 26), List.of("city.med"), List.of(), "x"))))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("mediators");
        assertThat(disputes.timeline(d.id())).as("nothing written").hasSize(2);
    }

    @Test
    void aStaleVersionChangesNothing() {
        Dispute d = open(RiskLevel.LOW).dispute().dispute();
        service.accept(MEDIATOR, new MediateDisputeUseCase.Accept(d.id(), 1, ""));
        assertThatThrownBy(() -> service.changeChannel(MEDIATOR, new MediateDisputeUseCase.ChangeChannel(d.id(), 1,
                MediationChannel.JUDICIAL, "x"))).isInstanceOf(StaleVersionException.class);
        assertThat(disputes.find(d.id()).orElseThrow().channel()).isEqualTo(MediationChannel.PEOPLE);
    }

    @Test
    void rolesAndJurisdictionAreChecked() {
        assertThatThrownBy(() -> service.open(AUDITOR, new OpenDisputeUseCase.OpenDisputeCommand(SampleDisputes.intake(RiskLevel.LOW))))
                .isInstanceOf(AccessDeniedException.class);
        Dispute d = open(RiskLevel.LOW).dispute().dispute();
        assertThatThrownBy(() -> service.dispute(NEIGHBOUR, d.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.close(WORKER, new MediateDisputeUseCase.Close(d.id(), 1, "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void partiesPersonalDataIsMaskedWithoutThePrivilege() {
        Dispute d = open(RiskLevel.LOW).dispute().dispute();
        DisputeView.PartyView masked = service.dispute(MEDIATOR, d.id()).parties().getFirst();
        assertThat(masked.name()).isEqualTo("魏*");
        assertThat(masked.idNumber()).hasValueSatisfying(v -> assertThat(v).contains("*"));
        DisputeView.PartyView clear = service.dispute(MEDIATOR_WITH_PERSONAL_DATA, d.id()).parties().getFirst();
        assertThat(clear.idNumber()).contains("11010519491231002X");
        assertThat(service.dispute(MEDIATOR, d.id()).parties().get(1).name()).as("an organisation's name is not personal data")
                .isEqualTo("锦江某汽车配件厂");
    }

    @Test
    void anUnknownTypeOrAnUncoveredAreaIsRefused() {
        var base = SampleDisputes.intake(RiskLevel.LOW);
        var unknown = new org.shizhi.domain.dispute.model.Dispute.Intake(base.source(), Optional.empty(), base.area(), "FISHING",
                base.parties(), base.facts(), base.claims(), base.amount(), 2, base.risk(), false, base.channel());
        assertThatThrownBy(() -> service.open(MEDIATOR, new OpenDisputeUseCase.OpenDisputeCommand(unknown)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("type");
        Actor wuhou = new Actor("w", SampleDisputes.CHENGDU, SampleDisputes.CHENGDU, Set.of(Role.MEDIATOR), Set.of());
        var elsewhere = new org.shizhi.domain.dispute.model.Dispute.Intake(base.source(), Optional.empty(), AreaCode.of("440802006001"),
                "LABOUR", base.parties(), base.facts(), base.claims(), base.amount(), 2, base.risk(), false, base.channel());
        assertThatThrownBy(() -> service.open(wuhou, new OpenDisputeUseCase.OpenDisputeCommand(elsewhere))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDisputeFromAGridEventIsLinkedBothWays() {
        var reported = events.report(WORKER, new ReportEventUseCase.ReportEventCommand(new EventIntake(SampleEvents.ZONGFU_1,
                EventCategory.DISPUTE, "两户邻居因漏水争吵", EventChannel.GRID_WORKER, new Reporter("王芳", Optional.empty()),
                Optional.empty(), List.of())));
        GridEventId eventId = reported.event().id();
        var base = SampleDisputes.intake(RiskLevel.LOW);
        var fromEvent = new Dispute.Intake(DisputeSource.GRID_EVENT, Optional.of(eventId), base.area(), "NEIGHBOURHOOD",
                base.parties(), base.facts(), base.claims(), Optional.empty(), 2, new Risk(RiskLevel.LOW, List.of()), false, null);
        Dispute d = service.open(WORKER, new OpenDisputeUseCase.OpenDisputeCommand(fromEvent)).dispute().dispute();
        assertThat(d.gridEvent()).contains(eventId);
        assertThat(service.ofGridEvent(AUDITOR, eventId).dispute().id()).isEqualTo(d.id());
        assertThatThrownBy(() -> service.open(WORKER, new OpenDisputeUseCase.OpenDisputeCommand(fromEvent)))
                .as("one dispute per event").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.ofGridEvent(AUDITOR, GridEventId.random())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void overdueDisputesAreEscalatedOneLevelOnceAndListed() {
        Dispute d = open(RiskLevel.LOW).dispute().dispute();
        Actor system = Actor.system(SampleDisputes.CHENGDU);
        assertThat(escalation.escalateOverdue(system, 10).escalated()).as("not overdue yet").isEmpty();
        clock.set(d.deadline().passesAt());
        assertThat(service.overdue(AUDITOR, SampleDisputes.CHENGDU, PageRequest.first(10)).items()).extracting(v -> v.dispute().id()).containsExactly(d.id());
        EscalateOverdueDisputesUseCase.Run run = escalation.escalateOverdue(system, 10);
        assertThat(run.escalated()).hasSize(1);
        Dispute up = disputes.find(d.id()).orElseThrow();
        assertThat(up.centre()).isEqualTo(SampleDisputes.CHUNXI_ROAD);
        assertThat(up.deadline().passesAt()).isAfter(clock.instant());
        assertThat(escalation.escalateOverdue(system, 10).escalated()).as("once").isEmpty();
    }

    @Test
    void manualEscalationIsRecordedAndStopsAtTheCity() {
        Dispute d = open(RiskLevel.CRITICAL).dispute().dispute();
        assertThat(d.centre()).isEqualTo(SampleDisputes.CHENGDU);
        assertThatThrownBy(() -> service.escalate(MEDIATOR, new MediateDisputeUseCase.Escalate(d.id(), 1, "上报")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no centre above");
    }

    @Test
    void figuresCountResolutionFollowUpRelapseAndEscalation() {
        Dispute agreed = open(RiskLevel.LOW).dispute().dispute();
        service.accept(MEDIATOR, new MediateDisputeUseCase.Accept(agreed.id(), 1, ""));
        service.conclude(MEDIATOR, new MediateDisputeUseCase.Conclude(agreed.id(), 2, SampleDisputes.agreement()));
        service.followUp(MEDIATOR, new MediateDisputeUseCase.RecordFollowUp(agreed.id(), 3, FollowUp.Result.HOLDING, ""));
        Dispute withdrawn = open(RiskLevel.LOW).dispute().dispute();
        service.escalate(MEDIATOR, new MediateDisputeUseCase.Escalate(withdrawn.id(), 1, "复杂"));
        service.conclude(MEDIATOR, new MediateDisputeUseCase.Conclude(withdrawn.id(), 2, new Outcome.Withdrawal("撤回")));
        open(RiskLevel.LOW);
        Actor admin = Actor.system(SampleDisputes.CHENGDU);
        DisputeFigures f = service.figures(admin, SampleDisputes.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        assertThat(f.opened()).isEqualTo(3);
        assertThat(f.concluded()).isEqualTo(2);
        assertThat(f.resolutionRate()).contains(0.5);
        assertThat(f.followUpCoverage()).contains(1.0);
        assertThat(f.fulfilledAtFollowUp()).contains(1.0);
        assertThat(f.relapseRate()).contains(0.0);
        assertThat(f.medianWorkingDaysToConclusion()).contains(0.0);
        assertThat(f.shareEscalated()).hasValueSatisfying(v -> assertThat(v).isEqualTo(1.0 / 3));
        assertThat(service.figures(admin, SampleDisputes.JINJIANG, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)).resolutionRate())
                .as("nothing to divide by: absent").isEmpty();
        assertThatThrownBy(() -> service.figures(admin, SampleDisputes.JINJIANG, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 9, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.figures(WORKER, SampleDisputes.ZONGFU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void centresAreRegisteredByTheCityWithKnownTypes() {
        Actor admin = Actor.system(SampleDisputes.CHENGDU);
        var centre = new org.shizhi.domain.dispute.model.MediationCentre(SampleDisputes.HONGXING, "红星社区调委会", List.of(), Set.of("LABOUR"));
        service.register(admin, centre);
        assertThat(service.centres(MEDIATOR, SampleDisputes.CHUNXI_ROAD)).contains(centre);
        assertThatThrownBy(() -> service.register(admin, new org.shizhi.domain.dispute.model.MediationCentre(SampleDisputes.HONGXING,
                "x", List.of(), Set.of("FISHING")))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.register(MEDIATOR, centre)).isInstanceOf(AccessDeniedException.class);
        assertThat(EnumSet.allOf(RiskLevel.class)).hasSize(4);
        assertThat(new BigDecimal("1.00")).isNotNull();
    }
}
