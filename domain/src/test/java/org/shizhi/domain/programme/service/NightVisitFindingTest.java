package org.shizhi.domain.programme.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.SampleDisputes;
import org.shizhi.domain.dispute.port.out.InMemoryDisputeRepository;
import org.shizhi.domain.dispute.port.out.InMemoryMediationCentreRepository;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.out.InMemoryGridEventRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridRepository;
import org.shizhi.domain.grid.port.out.KeywordEventGrading;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.programme.model.FindingKind;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.programme.port.in.RecordFindingUseCase.DisputeDetails;
import org.shizhi.domain.programme.port.in.RecordFindingUseCase.FindingRecorded;
import org.shizhi.domain.programme.port.in.RecordFindingUseCase.RecordFindingCommand;
import org.shizhi.domain.programme.port.out.InMemoryProgrammeStorage;
import org.shizhi.domain.programme.port.out.VisitTaskRepository;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.grid.port.out.PlatformEventRouting;
import org.shizhi.domain.law.model.LawPolicy;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionChannel;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PetitionState;
import org.shizhi.domain.law.port.out.InMemoryLegalAidRepository;
import org.shizhi.domain.law.port.out.InMemoryPetitionRepository;
import org.shizhi.domain.law.port.out.InMemoryPublicityRepository;
import org.shizhi.domain.law.port.out.InMemoryRegulationRepository;
import org.shizhi.domain.law.port.out.InMemorySupervisionRepository;
import org.shizhi.domain.law.service.LawService;
import org.shizhi.domain.programme.port.in.RecordFindingUseCase.PetitionDetails;
import org.shizhi.domain.shared.PhoneNumber;

/** 平安夜访: what residents raise on a visit becomes a grid event, a dispute or a petition, once per finding key. */
class NightVisitFindingTest {

    static final LocalDate TUESDAY = LocalDate.of(2025, 9, 23);

    final TestClock clock = new TestClock(SampleDisputes.FRIDAY);
    final InMemoryGridRepository grids = new InMemoryGridRepository();
    final InMemoryGridEventRepository events = new InMemoryGridEventRepository();
    final GridEventService eventService = new GridEventService(grids, events, new KeywordEventGrading(), new PlatformEventRouting(), SampleDisputes.calendar(), clock);
    final InMemoryDisputeRepository disputes = new InMemoryDisputeRepository();
    final InMemoryMediationCentreRepository centres = new InMemoryMediationCentreRepository();
    final DisputeService disputeService = new DisputeService(disputes, centres, eventService,
            (city, facts, candidates) -> org.shizhi.domain.dispute.model.CentreRouting.standard(facts, candidates),
            (city, facts) -> ConsultationRequirement.standard(facts), city -> DisputeType.STANDARD, city -> DisputePolicy.standard(),
            SampleDisputes.calendar(), clock);
    final InMemoryProgrammeStorage storage = new InMemoryProgrammeStorage();
    /** When set, the next append of a finding fails as a crash between the two writes would. */
    final AtomicBoolean failNextAppend = new AtomicBoolean();
    final VisitTaskRepository tasks = new FailingAppends(storage, failNextAppend);
    final InMemoryPetitionRepository petitions = new InMemoryPetitionRepository();
    final LawService lawService = new LawService(new InMemoryLegalAidRepository(), petitions, new InMemorySupervisionRepository(),
            new InMemoryPublicityRepository(), new InMemoryRegulationRepository(), city -> LawPolicy.standard(), disputeService,
            disputeService, SampleDisputes.calendar(), clock);
    final ProgrammeService service = new ProgrammeService(storage, tasks, eventService, disputeService, lawService, clock);

    final MemberId cadre = MemberId.random();
    final VisitTask task = VisitTask.plan("zhanjiang.night-visit", SampleEvents.ZONGFU_1, cadre, GridPost.TOWN_LEADER, TUESDAY,
            SampleDisputes.FRIDAY);
    final Actor theCadre = new Actor(cadre.value().toString(), SampleDisputes.CHENGDU, SampleDisputes.ZONGFU, Set.of(Role.GRID_WORKER),
            Set.of());

    NightVisitFindingTest() {
        SampleDisputes.ALL_LEVELS.forEach(centres::save);
        grids.add(Grid.create(SampleEvents.ZONGFU_1, GridTier.GENERAL, "总府路第1网格", Optional.empty(), Optional.empty()));
        storage.plan(List.of(task));
    }

    static RecordFindingCommand eventFinding(VisitTaskId task, String key) {
        return new RecordFindingCommand(task, key, FindingKind.GRID_EVENT, EventCategory.SERVICE_REQUEST, "楼道路灯坏了两周",
                new Reporter("李大爷", Optional.empty()), Optional.empty());
    }

    static RecordFindingCommand disputeFinding(VisitTaskId task, String key) {
        return new RecordFindingCommand(task, key, FindingKind.DISPUTE, EventCategory.DISPUTE, "两户因宅基地边界争执多年，近日发生推搡",
                new Reporter("陈某", Optional.empty()), Optional.of(details(List.of(
                        Party.person(Party.Role.APPLICANT, "陈某", null, null), Party.person(Party.Role.RESPONDENT, "林某", null, null)))));
    }

    static RecordFindingCommand petitionFinding(VisitTaskId task, String key, String matter) {
        return new RecordFindingCommand(task, key, FindingKind.PETITION, EventCategory.PUBLIC_OPINION, matter,
                new Reporter("黄某", Optional.of(PhoneNumber.parse("13800138000"))), Optional.empty(),
                Optional.of(new PetitionDetails("区住房和城乡建设局", Optional.empty())));
    }

    List<Petition> petitionsFiled() {
        return petitions.within(SampleDisputes.CHENGDU, Optional.empty(), PageRequest.first(10)).items();
    }

    static DisputeDetails details(List<Party> parties) {
        return new DisputeDetails("PROPERTY_LAND", parties, "重新确认宅基地边界", Optional.of(new BigDecimal("5000")), 6,
                new Risk(RiskLevel.MEDIUM, List.of("已发生推搡")), false);
    }

    @Test
    void aGridEventFindingBecomesAGridEventReportedByTheResident() {
        FindingRecorded recorded = service.recordFinding(theCadre, eventFinding(task.id(), "k-1"));
        VisitFinding finding = recorded.finding();
        assertThat(finding.dispute()).isEmpty();
        var event = events.find(finding.event().orElseThrow()).orElseThrow();
        assertThat(event.intake().channel()).isEqualTo(EventChannel.RESIDENT);
        assertThat(event.intake().grid()).isEqualTo(SampleEvents.ZONGFU_1);
        assertThat(recorded.task().findings()).containsExactly(finding);
        assertThat(disputes.within(SampleDisputes.CHENGDU, Optional.empty(), PageRequest.first(10)).items()).as("disputes opened").isEmpty();
    }

    @Test
    void aDisputeFindingOpensANightVisitDisputeWithItsPartiesAndFactsAndNoGridEvent() {
        FindingRecorded recorded = service.recordFinding(theCadre, disputeFinding(task.id(), "k-1"));
        Dispute dispute = disputes.find(recorded.finding().dispute().orElseThrow()).orElseThrow();
        assertThat(dispute.source()).isEqualTo(DisputeSource.NIGHT_VISIT);
        assertThat(dispute.area()).as("the visited grid's community").isEqualTo(SampleDisputes.ZONGFU);
        assertThat(dispute.type()).isEqualTo(DisputeType.PROPERTY_LAND);
        assertThat(dispute.parties()).extracting(Party::name).containsExactly("陈某", "林某");
        assertThat(dispute.facts()).isEqualTo("两户因宅基地边界争执多年，近日发生推搡");
        assertThat(dispute.risk().level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(disputes.ofIntakeReference(ProgrammeService.intakeReference(task.id(), "k-1"))).contains(dispute);
        assertThat(dispute.intakeReference()).as("the dispute names the task it came from")
                .contains("visit-finding:" + task.id() + ":k-1");
        assertThat(recorded.finding().event()).isEmpty();
        assertThat(events.within(EventFilter.within(SampleDisputes.CHENGDU), PageRequest.first(10)).items()).as("grid events reported").isEmpty();
    }

    @Test
    void recordingTheSameFindingAgainOpensNoSecondDisputeAndReportsNoSecondEvent() {
        FindingRecorded first = service.recordFinding(theCadre, disputeFinding(task.id(), "k-1"));
        FindingRecorded again = service.recordFinding(theCadre, disputeFinding(task.id(), "k-1"));
        assertThat(again.repeated()).isTrue();
        assertThat(again.finding()).isEqualTo(first.finding());
        service.recordFinding(theCadre, eventFinding(task.id(), "k-2"));
        service.recordFinding(theCadre, eventFinding(task.id(), "k-2"));
        assertThat(disputes.within(SampleDisputes.CHENGDU, Optional.empty(), PageRequest.first(10)).items()).as("disputes opened").hasSize(1);
        assertThat(events.within(EventFilter.within(SampleDisputes.CHENGDU), PageRequest.first(10)).items()).as("events reported").hasSize(1);
        assertThat(storage.find(task.id()).orElseThrow().findings()).hasSize(2);
        assertThatThrownBy(() -> service.recordFinding(theCadre, eventFinding(task.id(), "k-1")))
                .as("another kind of finding under a key already used").isInstanceOf(ConflictException.class);
    }

    @Test
    void aFailureAfterTheDisputeWasOpenedIsRepairedByRecordingTheFindingAgain() {
        failNextAppend.set(true);
        assertThatThrownBy(() -> service.recordFinding(theCadre, disputeFinding(task.id(), "k-1")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(storage.find(task.id()).orElseThrow().findings()).as("the finding after the crash").isEmpty();
        assertThat(disputes.within(SampleDisputes.CHENGDU, Optional.empty(), PageRequest.first(10)).items()).as("opened before the crash").hasSize(1);

        FindingRecorded repaired = service.recordFinding(theCadre, disputeFinding(task.id(), "k-1"));
        List<Dispute> all = disputes.within(SampleDisputes.CHENGDU, Optional.empty(), PageRequest.first(10)).items();
        assertThat(all).as("disputes after the finding was recorded again").hasSize(1);
        assertThat(repaired.finding().dispute()).contains(all.getFirst().id());
        assertThat(repaired.task().findings()).containsExactly(repaired.finding());
    }

    @Test
    void aFailureAfterTheEventWasReportedIsRepairedByRecordingTheFindingAgain() {
        failNextAppend.set(true);
        assertThatThrownBy(() -> service.recordFinding(theCadre, eventFinding(task.id(), "k-1")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(storage.find(task.id()).orElseThrow().findings()).as("the finding after the crash").isEmpty();
        assertThat(events.within(EventFilter.within(SampleDisputes.CHENGDU), PageRequest.first(10)).items()).as("reported before the crash").hasSize(1);

        FindingRecorded repaired = service.recordFinding(theCadre, eventFinding(task.id(), "k-1"));
        var all = events.within(EventFilter.within(SampleDisputes.CHENGDU), PageRequest.first(10)).items();
        assertThat(all).as("events after the finding was recorded again").hasSize(1);
        assertThat(repaired.finding().event()).contains(all.getFirst().id());
        assertThat(repaired.task().findings()).containsExactly(repaired.finding());
        assertThat(events.timeline(all.getFirst().id())).as("reported once").hasSize(1);
    }

    @Test
    void onlyTheTasksCadreRecordsAndOnlyInsideTheJurisdiction() {
        Actor colleague = new Actor("wang.fang", SampleDisputes.CHENGDU, SampleDisputes.ZONGFU, Set.of(Role.GRID_WORKER), Set.of());
        assertThatThrownBy(() -> service.recordFinding(colleague, eventFinding(task.id(), "k-1")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("cadre");
        Actor elsewhere = new Actor(cadre.value().toString(), SampleDisputes.CHENGDU, SampleDisputes.HONGXING, Set.of(Role.GRID_WORKER),
                Set.of());
        assertThatThrownBy(() -> service.recordFinding(elsewhere, eventFinding(task.id(), "k-1"))).isInstanceOf(NotFoundException.class);
        Actor auditor = new Actor(cadre.value().toString(), SampleDisputes.CHENGDU, SampleDisputes.CHENGDU, Set.of(Role.AUDITOR), Set.of());
        assertThatThrownBy(() -> service.recordFinding(auditor, eventFinding(task.id(), "k-1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.recordFinding(theCadre, eventFinding(VisitTaskId.random(), "k-1")))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.find(task.id()).orElseThrow().findings()).isEmpty();
    }

    @Test
    void aDisputeFindingIsCheckedAsADisputesIntakeIsAndRefusedWithoutWritingAnything() {
        assertThatThrownBy(() -> details(List.of(Party.person(Party.Role.RESPONDENT, "林某", null, null))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("dispute.parties"));
        assertThatThrownBy(() -> new RecordFindingCommand(task.id(), "k-1", FindingKind.DISPUTE, EventCategory.DISPUTE, "争执",
                new Reporter("陈某", Optional.empty()), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("dispute"));
        RecordFindingCommand unknownType = new RecordFindingCommand(task.id(), "k-1", FindingKind.DISPUTE, EventCategory.DISPUTE, "争执",
                new Reporter("陈某", Optional.empty()), Optional.of(new DisputeDetails("NO_SUCH_TYPE",
                        List.of(Party.person(Party.Role.APPLICANT, "陈某", null, null)), "赔偿", Optional.empty(), 2,
                        new Risk(RiskLevel.LOW, List.of()), false)));
        assertThatThrownBy(() -> service.recordFinding(theCadre, unknownType))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("type"));
        assertThat(disputes.within(SampleDisputes.CHENGDU, Optional.empty(), PageRequest.first(10)).items()).isEmpty();
        assertThat(storage.find(task.id()).orElseThrow().findings()).isEmpty();
    }

    @Test
    void aPetitionFindingFilesAPetitionByVisitInTheGridsCommunityLinkedBackToTheTask() {
        FindingRecorded recorded = service.recordFinding(theCadre, petitionFinding(task.id(), "k-1", "小区加装电梯补贴迟迟未发放"));
        VisitFinding finding = recorded.finding();
        assertThat(finding.kind()).isEqualTo(FindingKind.PETITION);
        assertThat(finding.event()).isEmpty();
        assertThat(finding.dispute()).isEmpty();
        Petition petition = petitions.find(finding.petition().orElseThrow()).orElseThrow();
        assertThat(petition.id()).as("the id the task and key give")
                .isEqualTo(PetitionId.ofReference(ProgrammeService.intakeReference(task.id(), "k-1")));
        assertThat(petition.channel()).isEqualTo(PetitionChannel.VISIT);
        assertThat(petition.area()).as("the visited grid's community").isEqualTo(SampleDisputes.ZONGFU);
        assertThat(petition.petitioner().name()).isEqualTo("黄某");
        assertThat(petition.petitioner().phone()).contains(PhoneNumber.parse("13800138000"));
        assertThat(petition.matter()).isEqualTo("小区加装电梯补贴迟迟未发放");
        assertThat(petition.agency()).isEqualTo("区住房和城乡建设局");
        assertThat(petition.state()).isEqualTo(PetitionState.RECEIVED);
        assertThat(petition.visitTask()).as("linked back to the task").contains(task.id().value());
        assertThat(recorded.task().findings()).containsExactly(finding);
        assertThat(events.within(EventFilter.within(SampleDisputes.CHENGDU), PageRequest.first(10)).items()).as("grid events reported").isEmpty();
    }

    @Test
    void recordingThePetitionFindingAgainFilesNoSecondPetitionAndAnotherKindUnderTheKeyConflicts() {
        FindingRecorded first = service.recordFinding(theCadre, petitionFinding(task.id(), "k-1", "补贴未发放"));
        FindingRecorded again = service.recordFinding(theCadre, petitionFinding(task.id(), "k-1", "补贴未发放"));
        assertThat(again.repeated()).isTrue();
        assertThat(again.finding()).isEqualTo(first.finding());
        assertThat(petitionsFiled()).hasSize(1);
        assertThatThrownBy(() -> service.recordFinding(theCadre, eventFinding(task.id(), "k-1")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("key"));
        assertThat(petitionsFiled()).hasSize(1);
    }

    @Test
    void aFailureAfterThePetitionWasReceivedIsRepairedByRecordingTheFindingAgain() {
        failNextAppend.set(true);
        assertThatThrownBy(() -> service.recordFinding(theCadre, petitionFinding(task.id(), "k-1", "补贴未发放")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(storage.find(task.id()).orElseThrow().findings()).as("the finding after the crash").isEmpty();
        assertThat(petitionsFiled()).as("received before the crash").hasSize(1);

        FindingRecorded repaired = service.recordFinding(theCadre, petitionFinding(task.id(), "k-1", "补贴未发放"));
        assertThat(repaired.repeated()).isFalse();
        List<Petition> all = petitionsFiled();
        assertThat(all).as("petitions after the finding was recorded again").hasSize(1);
        assertThat(repaired.finding().petition()).contains(all.getFirst().id());
        assertThat(repaired.task().findings()).containsExactly(repaired.finding());
    }

    @Test
    void afterAFailureOtherContentUnderTheSameKeyConflictsWithThePetitionReceivedAndRecordsNothing() {
        failNextAppend.set(true);
        assertThatThrownBy(() -> service.recordFinding(theCadre, petitionFinding(task.id(), "k-1", "补贴未发放")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> service.recordFinding(theCadre, petitionFinding(task.id(), "k-1", "另一件事")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("petitionId"));
        assertThat(petitionsFiled()).extracting(Petition::matter).containsExactly("补贴未发放");
        assertThat(storage.find(task.id()).orElseThrow().findings()).isEmpty();
    }

    @Test
    void aPetitionFindingCarriesItsAgencyAndOnlyAPetitionFindingDoes() {
        assertThatThrownBy(() -> new RecordFindingCommand(task.id(), "k-1", FindingKind.PETITION, EventCategory.PUBLIC_OPINION, "补贴",
                new Reporter("黄某", Optional.empty()), Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("petition"));
        assertThatThrownBy(() -> new PetitionDetails(" ", Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("petition.agency"));
        assertThatThrownBy(() -> new RecordFindingCommand(task.id(), "k-1", FindingKind.GRID_EVENT, EventCategory.SERVICE_REQUEST, "路灯",
                new Reporter("黄某", Optional.empty()), Optional.empty(), Optional.of(new PetitionDetails("街道办", Optional.empty()))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("petition"));
        Actor auditor = new Actor(cadre.value().toString(), SampleDisputes.CHENGDU, SampleDisputes.CHENGDU, Set.of(Role.AUDITOR), Set.of());
        assertThatThrownBy(() -> service.recordFinding(auditor, petitionFinding(task.id(), "k-1", "补贴"))).isInstanceOf(AccessDeniedException.class);
        assertThat(petitionsFiled()).isEmpty();
    }

    /** The in-memory tasks, whose next append fails when asked to: a crash between the dispute and the finding. */
    private record FailingAppends(InMemoryProgrammeStorage delegate, AtomicBoolean failNext) implements VisitTaskRepository {
        @Override
        public int plan(List<VisitTask> tasks) {
            return delegate.plan(tasks);
        }

        @Override
        public Optional<VisitTask> find(VisitTaskId id) {
            return delegate.find(id);
        }

        @Override
        public Slice<VisitTask> within(org.shizhi.domain.shared.AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
            return delegate.within(area, from, to, page);
        }

        @Override
        public java.util.Map<org.shizhi.domain.grid.model.MemberId, Long> visitsMade(org.shizhi.domain.shared.AreaCode area,
                LocalDate from, LocalDate to, java.util.Set<org.shizhi.domain.grid.model.GridPost> posts) {
            return delegate.visitsMade(area, from, to, posts);
        }

        @Override
        public VisitFinding addFinding(VisitTaskId task, VisitFinding finding) {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the database went away");
            }
            return delegate.addFinding(task, finding);
        }
    }
}
