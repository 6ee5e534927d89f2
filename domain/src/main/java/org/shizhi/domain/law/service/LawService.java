package org.shizhi.domain.law.service;

import static org.shizhi.domain.shared.StaleVersionException.requireVersion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.port.in.DisputeChanged;
import org.shizhi.domain.dispute.port.in.DisputeQuery;
import org.shizhi.domain.dispute.port.in.OpenDisputeUseCase;
import org.shizhi.domain.law.model.AgencyFigures;
import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.law.model.LawPolicy;
import org.shizhi.domain.law.model.Lawyer;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.LegalAidState;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PetitionState;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationHit;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationQuery;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.law.port.in.CentreView;
import org.shizhi.domain.law.port.in.ComplaintView;
import org.shizhi.domain.law.port.in.LawFiguresQuery;
import org.shizhi.domain.law.port.in.LawQuery;
import org.shizhi.domain.law.port.in.LawReportsQuery;
import org.shizhi.domain.law.port.in.LegalAidUseCase;
import org.shizhi.domain.law.port.in.LegalAidView;
import org.shizhi.domain.law.port.in.PersonView;
import org.shizhi.domain.law.port.in.PetitionUseCase;
import org.shizhi.domain.law.port.in.PetitionView;
import org.shizhi.domain.law.port.in.PublicityUseCase;
import org.shizhi.domain.law.port.in.RegulationUseCase;
import org.shizhi.domain.law.port.in.SupervisionUseCase;
import org.shizhi.domain.law.port.out.LawPolicies;
import org.shizhi.domain.law.port.out.LegalAidRepository;
import org.shizhi.domain.law.port.out.PetitionRepository;
import org.shizhi.domain.law.port.out.PublicityRepository;
import org.shizhi.domain.law.port.out.RegulationRepository;
import org.shizhi.domain.law.port.out.SupervisionRepository;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The law context: legal aid, petitions, enforcement supervision, law publicity and local regulations. Each change
 * checks, in this order: the role (403), the record in the caller's jurisdiction (404), the version (412), then the
 * rule (409/400); only then is anything written. Deadlines are counted on the work calendar with the city's
 * {@link LawPolicy}. A petition opens or joins a dispute through the dispute context's in-ports only.
 */
public final class LawService implements LegalAidUseCase, PetitionUseCase, SupervisionUseCase, PublicityUseCase,
        RegulationUseCase, LawQuery, LawReportsQuery, LawFiguresQuery {

    /** The longest period a report covers at once. */
    public static final int MAX_REPORT_DAYS = 3_660;

    private final LegalAidRepository legalAid;
    private final PetitionRepository petitions;
    private final SupervisionRepository complaints;
    private final PublicityRepository publicity;
    private final RegulationRepository regulations;
    private final LawPolicies policies;
    private final OpenDisputeUseCase openDispute;
    private final DisputeQuery disputes;
    private final WorkCalendar calendar;
    private final Clock clock;

    public LawService(LegalAidRepository legalAid, PetitionRepository petitions, SupervisionRepository complaints,
                      PublicityRepository publicity, RegulationRepository regulations, LawPolicies policies,
                      OpenDisputeUseCase openDispute, DisputeQuery disputes, WorkCalendar calendar, Clock clock) {
        this.legalAid = Objects.requireNonNull(legalAid);
        this.petitions = Objects.requireNonNull(petitions);
        this.complaints = Objects.requireNonNull(complaints);
        this.publicity = Objects.requireNonNull(publicity);
        this.regulations = Objects.requireNonNull(regulations);
        this.policies = Objects.requireNonNull(policies);
        this.openDispute = Objects.requireNonNull(openDispute);
        this.disputes = Objects.requireNonNull(disputes);
        this.calendar = Objects.requireNonNull(calendar);
        this.clock = Objects.requireNonNull(clock);
    }

    // Legal aid

    @Override
    public LegalAidView apply(Actor actor, Apply command) {
        actor.require(Permission.APPLY_FOR_LEGAL_AID);
        LegalAidApplication.Intake intake = command.intake();
        actor.requireJurisdiction(intake.area(), "area", intake.area());
        Instant now = clock.instant();
        // Checked before the deadline is counted: a date years ahead is the caller's mistake, not missing holiday data.
        intake.requireReceivedBy(now);
        Deadline due = Deadline.after(calendar, WorkingTime.startOf(intake.receivedOn()),
                policy(intake.area()).legalAidDecisionDays());
        LegalAidApplication application = LegalAidApplication.receive(LegalAidId.random(), intake, due, now);
        legalAid.save(application);
        return view(actor, application, now);
    }

    @Override
    public LegalAidView grant(Actor actor, Grant c) {
        return changeLegalAid(actor, c.application(), c.expectedVersion(), a -> a.grant(clock.instant()));
    }

    @Override
    public LegalAidView refuse(Actor actor, Refuse c) {
        return changeLegalAid(actor, c.application(), c.expectedVersion(), a -> a.refuse(clock.instant(), c.reason()));
    }

    @Override
    public LegalAidView assign(Actor actor, Assign c) {
        return changeLegalAid(actor, c.application(), c.expectedVersion(), a -> {
            LegalAidCentre centre = legalAid.centre(c.centre()).filter(x -> x.area().contains(a.area()))
                    .orElseThrow(() -> new InvalidValueException("centre", "no legal-aid centre " + c.centre() + " serves " + a.area()));
            Lawyer lawyer = centre.lawyer(c.lawyer()).orElseThrow(() ->
                    new InvalidValueException("lawyer", c.lawyer() + " is not a lawyer of centre " + centre.code()));
            int caseload = legalAid.caseload(lawyer.id());
            if (caseload >= lawyer.capacity()) {
                throw new ConflictException("lawyer", lawyer.name() + " carries " + caseload + " open cases, their capacity of "
                        + lawyer.capacity() + ": assign another lawyer");
            }
            return a.assign(centre, lawyer);
        });
    }

    @Override
    public LegalAidView close(Actor actor, Close c) {
        return changeLegalAid(actor, c.application(), c.expectedVersion(),
                a -> a.close(clock.instant(), c.result(), c.satisfaction()));
    }

    @Override
    public LegalAidCentre registerCentre(Actor actor, LegalAidCentre centre) {
        actor.require(Permission.REGISTER_LEGAL_AID_CENTRE);
        if (centre == null) {
            throw new InvalidValueException("centre", "the centre is required");
        }
        actor.requireJurisdiction(centre.area(), "area", centre.area());
        legalAid.centre(centre.code()).ifPresent(existing -> {
            if (!existing.area().equals(centre.area())) {
                throw new ConflictException("code", "centre code " + centre.code() + " is taken by a centre of " + existing.area());
            }
        });
        legalAid.saveCentre(centre);
        return centre;
    }

    private LegalAidView changeLegalAid(Actor actor, LegalAidId id, long expectedVersion, UnaryOperator<LegalAidApplication> step) {
        actor.require(Permission.DECIDE_LEGAL_AID);
        LegalAidApplication a = legalAid.find(id).filter(x -> actor.answersFor(x.area()))
                .orElseThrow(() -> new NotFoundException("legal-aid application", id));
        requireVersion("legal-aid application " + id, a.version(), expectedVersion);
        LegalAidApplication changed = step.apply(a);
        legalAid.save(changed);
        return view(actor, changed, clock.instant());
    }

    // Petitions

    @Override
    public PetitionView receive(Actor actor, Receive command) {
        actor.require(Permission.RECEIVE_PETITION);
        Petition.Intake intake = command.intake();
        actor.requireJurisdiction(intake.area(), "area", intake.area());
        if (intake.repeatOf().isPresent()) {
            PetitionId earlier = intake.repeatOf().get();
            petitions.find(earlier).filter(p -> actor.answersFor(p.area()))
                    .orElseThrow(() -> new InvalidValueException("repeatOf", "no petition " + earlier + " in the caller's jurisdiction"));
        }
        Instant now = clock.instant();
        if (command.id().isPresent()) {
            Optional<Petition> stored = petitions.find(command.id().get());
            if (stored.isPresent()) {
                return received(actor, stored.get(), intake, now);
            }
        }
        Petition petition = Petition.receive(command.id().orElseGet(PetitionId::random), intake,
                Deadline.after(calendar, now, policy(intake.area()).petitionAcceptanceDays()), now);
        try {
            petitions.save(petition);
        } catch (StaleVersionException e) {
            // Another caller received it under the same id meanwhile: theirs is the petition, if it says the same.
            Petition stored = command.id().flatMap(petitions::find).orElseThrow(() -> e);
            return received(actor, stored, intake, now);
        }
        return view(actor, petition, now);
    }

    /** A petition received under an id already taken: the same petition if its intake says the same, a conflict otherwise. */
    private PetitionView received(Actor actor, Petition stored, Petition.Intake intake, Instant now) {
        if (!stored.intake().equals(intake)) {
            throw new ConflictException("petitionId", "petition " + stored.id() + " was received already with another intake");
        }
        return view(actor, stored, now);
    }

    @Override
    public PetitionView accept(Actor actor, Target c) {
        return changePetition(actor, Permission.HANDLE_PETITION, c.petition(), c.expectedVersion(), (p, now) ->
                p.accept(now, Deadline.after(calendar, now, policy(p.area()).petitionReplyDays())));
    }

    @Override
    public PetitionView notAccept(Actor actor, WithText c) {
        return changePetition(actor, Permission.HANDLE_PETITION, c.petition(), c.expectedVersion(), (p, now) -> p.notAccept(now, c.text()));
    }

    @Override
    public PetitionView extend(Actor actor, WithText c) {
        return changePetition(actor, Permission.HANDLE_PETITION, c.petition(), c.expectedVersion(), (p, now) -> {
            Deadline current = p.replyDue().orElseThrow(() ->
                    new ConflictException("state", "petition " + p.id() + " is " + p.state() + "; only an accepted petition's reply can be extended"));
            // Counted from the current due date, so an extension never shortens the time an agency was given.
            return p.extend(c.text(), Deadline.after(calendar, WorkingTime.startOf(current.dueOn()),
                    policy(p.area()).petitionExtensionDays()));
        });
    }

    @Override
    public PetitionView assignLeader(Actor actor, WithText c) {
        return changePetition(actor, Permission.ASSIGN_PETITION_LEADER, c.petition(), c.expectedVersion(), (p, now) -> p.assignLeader(c.text()));
    }

    @Override
    public PetitionView reply(Actor actor, WithText c) {
        return changePetition(actor, Permission.HANDLE_PETITION, c.petition(), c.expectedVersion(), (p, now) -> p.answer(now, c.text()));
    }

    @Override
    public PetitionView reopen(Actor actor, Target c) {
        return changePetition(actor, Permission.HANDLE_PETITION, c.petition(), c.expectedVersion(), (p, now) -> p.reopen());
    }

    @Override
    public PetitionView clear(Actor actor, Clear c) {
        return changePetition(actor, Permission.HANDLE_PETITION, c.petition(), c.expectedVersion(),
                (p, now) -> p.clear(now, c.outcome(), c.petitionerResponse()));
    }

    /**
     * The dispute is opened under the reference {@code petition:<id>}: should the petition's save fail after the
     * dispute was opened, a repeated call answers the same dispute instead of opening a second.
     */
    @Override
    public PetitionView openDispute(Actor actor, OpenDispute c) {
        return changePetition(actor, Permission.LINK_PETITION_DISPUTE, c.petition(), c.expectedVersion(), (p, now) -> {
            if (p.dispute().isPresent()) {
                throw new ConflictException("disputeId", "petition " + p.id() + " is linked to dispute " + p.dispute().get() + " already");
            }
            Party applicant = Party.person(Party.Role.APPLICANT, p.petitioner().name(),
                    p.petitioner().idNumber().orElse(null), p.petitioner().phone().orElse(null));
            Dispute.Intake intake = new Dispute.Intake(DisputeSource.PETITION, Optional.empty(), p.area(), c.disputeType(),
                    List.of(applicant), p.matter(), c.claims(), Optional.empty(), c.peopleInvolved(), c.risk(),
                    p.inBacklog(now), null);
            DisputeChanged opened = openDispute.open(actor, new OpenDisputeUseCase.OpenDisputeCommand(intake,
                    Optional.of("petition:" + p.id())));
            return p.linkDispute(opened.dispute().id());
        });
    }

    @Override
    public PetitionView joinDispute(Actor actor, JoinDispute c) {
        return changePetition(actor, Permission.LINK_PETITION_DISPUTE, c.petition(), c.expectedVersion(), (p, now) -> {
            // Read through dispute's in-port: a dispute the caller cannot see (another city, outside the jurisdiction) is
            // not found, so a petition joins only a dispute its handler answers for.
            disputes.dispute(actor, c.dispute());
            return p.linkDispute(c.dispute());
        });
    }

    @Override
    public List<PetitionView> repeats(Actor actor, PetitionId id) {
        actor.require(Permission.READ_PETITIONS);
        loadPetition(actor, id);
        Instant now = clock.instant();
        return petitions.repeatsOf(id).stream().filter(p -> actor.answersFor(p.area())).map(p -> view(actor, p, now)).toList();
    }

    @FunctionalInterface
    private interface PetitionStep {
        Petition apply(Petition petition, Instant now);
    }

    private PetitionView changePetition(Actor actor, Permission permission, PetitionId id, long expectedVersion, PetitionStep step) {
        actor.require(permission);
        Petition p = loadPetition(actor, id);
        requireVersion("petition " + id, p.version(), expectedVersion);
        Instant now = clock.instant();
        Petition changed = step.apply(p, now);
        petitions.save(changed);
        return view(actor, changed, now);
    }

    private Petition loadPetition(Actor actor, PetitionId id) {
        return petitions.find(id).filter(p -> actor.answersFor(p.area())).orElseThrow(() -> new NotFoundException("petition", id));
    }

    // Enforcement supervision

    @Override
    public ComplaintView file(Actor actor, SupervisionComplaint.Intake intake) {
        actor.require(Permission.FILE_SUPERVISION_COMPLAINT);
        if (intake == null) {
            throw new InvalidValueException("complaint", "the complaint is required");
        }
        actor.requireJurisdiction(intake.area(), "area", intake.area());
        Instant now = clock.instant();
        SupervisionComplaint complaint = SupervisionComplaint.file(ComplaintId.random(), intake,
                Deadline.after(calendar, now, policy(intake.area()).complaintReviewDays()), now);
        complaints.save(complaint);
        return view(actor, complaint, now);
    }

    @Override
    public ComplaintView review(Actor actor, Review c) {
        actor.require(Permission.REVIEW_SUPERVISION_COMPLAINT);
        SupervisionComplaint complaint = loadComplaint(actor, c.complaint());
        requireVersion("complaint " + c.complaint(), complaint.version(), c.expectedVersion());
        Instant now = clock.instant();
        SupervisionComplaint reviewed = complaint.review(now, c.outcome(), c.finding());
        complaints.save(reviewed);
        return view(actor, reviewed, now);
    }

    private SupervisionComplaint loadComplaint(Actor actor, ComplaintId id) {
        return complaints.find(id).filter(x -> actor.answersFor(x.area())).orElseThrow(() -> new NotFoundException("complaint", id));
    }

    // Law publicity

    @Override
    public PublicityEvent record(Actor actor, PublicityEvent event) {
        actor.require(Permission.RECORD_LAW_PUBLICITY);
        if (event == null) {
            throw new InvalidValueException("event", "the event is required");
        }
        actor.requireJurisdiction(event.area(), "area", event.area());
        if (event.heldOn().isAfter(WorkingTime.dateOf(clock.instant()))) {
            throw new InvalidValueException("heldOn", "an event is recorded once held; " + event.heldOn() + " lies in the future");
        }
        publicity.add(event);
        return event;
    }

    // Local regulations

    @Override
    public Regulation register(Actor actor, Regulation.Draft draft) {
        actor.require(Permission.KEEP_REGULATIONS);
        if (draft == null) {
            throw new InvalidValueException("regulation", "the regulation is required");
        }
        if (!draft.city().equals(actor.city()) || !actor.answersFor(draft.city())) {
            throw new NotFoundException("city", draft.city());
        }
        Regulation regulation = Regulation.register(RegulationId.random(), draft);
        regulations.save(regulation);
        return regulation;
    }

    @Override
    public Regulation amend(Actor actor, Amend c) {
        return changeRegulation(actor, c.regulation(), c.expectedVersion(), r -> r.amend(c.act(), c.on(), c.text()));
    }

    @Override
    public Regulation repeal(Actor actor, Repeal c) {
        return changeRegulation(actor, c.regulation(), c.expectedVersion(), r -> r.repeal(c.act(), c.on()));
    }

    private Regulation changeRegulation(Actor actor, RegulationId id, long expectedVersion, UnaryOperator<Regulation> step) {
        actor.require(Permission.KEEP_REGULATIONS);
        Regulation r = regulations.find(id).filter(x -> x.city().equals(actor.city()) && actor.answersFor(x.city()))
                .orElseThrow(() -> new NotFoundException("regulation", id));
        requireVersion("regulation " + id, r.version(), expectedVersion);
        Regulation changed = step.apply(r);
        regulations.save(changed);
        return changed;
    }

    // Reads

    @Override
    public LegalAidView legalAid(Actor actor, LegalAidId id) {
        actor.require(Permission.READ_LEGAL_AID);
        LegalAidApplication a = legalAid.find(id).filter(x -> actor.answersFor(x.area()))
                .orElseThrow(() -> new NotFoundException("legal-aid application", id));
        return view(actor, a, clock.instant());
    }

    @Override
    public Slice<LegalAidView> legalAidApplications(Actor actor, AreaCode area, Optional<LegalAidState> state, PageRequest page) {
        actor.require(Permission.READ_LEGAL_AID);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        return legalAid.within(area, state, page).map(a -> view(actor, a, now));
    }

    @Override
    public Slice<LegalAidView> overdueLegalAid(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_LEGAL_AID);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        return legalAid.overdue(area, now, page).map(a -> view(actor, a, now));
    }

    @Override
    public List<CentreView> legalAidCentres(Actor actor, AreaCode area) {
        actor.require(Permission.READ_LEGAL_AID);
        if (area == null) {
            throw new InvalidValueException("area", "the area is required");
        }
        if (!actor.maySeeInTree(area)) {
            throw new NotFoundException("area", area);
        }
        PersonalData shown = shown(actor);
        return legalAid.centresFor(area).stream().map(c -> new CentreView(c, c.lawyers().stream()
                .map(l -> CentreView.LawyerLoad.of(l, shown, legalAid.caseload(l.id()))).toList(), !shown.isClear())).toList();
    }

    @Override
    public PetitionView petition(Actor actor, PetitionId id) {
        actor.require(Permission.READ_PETITIONS);
        return view(actor, loadPetition(actor, id), clock.instant());
    }

    @Override
    public Slice<PetitionView> petitions(Actor actor, AreaCode area, Optional<PetitionState> state, PageRequest page) {
        actor.require(Permission.READ_PETITIONS);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        return petitions.within(area, state, page).map(p -> view(actor, p, now));
    }

    @Override
    public Slice<PetitionView> petitionBacklog(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_PETITIONS);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        return petitions.backlog(area, now, page).map(p -> view(actor, p, now));
    }

    @Override
    public ComplaintView complaint(Actor actor, ComplaintId id) {
        actor.require(Permission.READ_SUPERVISION);
        return view(actor, loadComplaint(actor, id), clock.instant());
    }

    @Override
    public Slice<ComplaintView> overdueComplaints(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_SUPERVISION);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        return complaints.overdue(area, now, page).map(c -> view(actor, c, now));
    }

    @Override
    public Slice<PublicityEvent> publicityEvents(Actor actor, AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
        actor.require(Permission.READ_LAW_PUBLICITY);
        actor.requireJurisdiction(area, "area", area);
        requirePeriod(from, to);
        return publicity.within(area, from, to, page);
    }

    @Override
    public Regulation regulation(Actor actor, RegulationId id) {
        actor.require(Permission.READ_REGULATIONS);
        return regulations.find(id).filter(r -> r.city().equals(actor.city()))
                .orElseThrow(() -> new NotFoundException("regulation", id));
    }

    @Override
    public Slice<Regulation> regulations(Actor actor, Optional<LocalDate> inForceOn, PageRequest page) {
        actor.require(Permission.READ_REGULATIONS);
        return regulations.ofCity(actor.city(), inForceOn, page);
    }

    @Override
    public Slice<RegulationHit> searchRegulations(Actor actor, RegulationQuery query, PageRequest page) {
        actor.require(Permission.READ_REGULATIONS);
        if (query == null) {
            throw new InvalidValueException("q", "the words to search for are required");
        }
        return regulations.matching(actor.city(), query, page);
    }

    // Reports and figures

    @Override
    public LegalAidReport legalAidReport(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        reportOf(actor, Permission.READ_LAW_REPORTS, area, from, to);
        return legalAid.report(area, from, to);
    }

    @Override
    public PetitionFigures petitionFigures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        reportOf(actor, Permission.READ_LAW_REPORTS, area, from, to);
        return petitions.figures(area, from, to, clock.instant());
    }

    @Override
    public List<AgencyFigures> supervisionByAgency(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        reportOf(actor, Permission.READ_LAW_REPORTS, area, from, to);
        return complaints.byAgency(area, from, to, clock.instant());
    }

    @Override
    public LawFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        reportOf(actor, Permission.READ_LAW_FIGURES, area, from, to);
        LegalAidRepository.DecisionCount decisions = legalAid.decisions(area, from, to);
        PetitionFigures p = petitions.figures(area, from, to, clock.instant());
        return new LawFigures(area, from, to, decisions.decided(), decisions.onTime(), p.replied(), p.repliedOnTime(),
                p.lateUnanswered(), p.backlog());
    }

    @Override
    public List<LawFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        reportOf(actor, Permission.READ_LAW_FIGURES, within, from, to);
        if (level == null || !within.level().isAbove(level)) {
            throw new InvalidValueException("level", "the areas counted lie below " + within + ", not at " + level);
        }
        Map<AreaCode, LegalAidRepository.DecisionCount> decisions = legalAid.decisionsByArea(within, level, from, to);
        Map<AreaCode, PetitionFigures> petitionFigures = petitions.figuresByArea(within, level, from, to, clock.instant());
        Set<AreaCode> areas = new TreeSet<>(decisions.keySet());
        areas.addAll(petitionFigures.keySet());
        return areas.stream().map(area -> {
            LegalAidRepository.DecisionCount d = decisions.getOrDefault(area, new LegalAidRepository.DecisionCount(0, 0));
            PetitionFigures p = petitionFigures.get(area);
            return p == null ? new LawFigures(area, from, to, d.decided(), d.onTime(), 0, 0, 0, 0)
                    : new LawFigures(area, from, to, d.decided(), d.onTime(), p.replied(), p.repliedOnTime(), p.lateUnanswered(), p.backlog());
        }).toList();
    }

    private static void reportOf(Actor actor, Permission permission, AreaCode area, LocalDate from, LocalDate to) {
        actor.require(permission);
        if (area == null) {
            throw new InvalidValueException("area", "the area is required");
        }
        actor.requireJurisdiction(area, "area", area);
        requirePeriod(from, to);
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", "the period's first and last days are required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_REPORT_DAYS) {
            throw new InvalidValueException("to", "a period covers at most " + MAX_REPORT_DAYS + " days");
        }
    }

    // Shared

    private LawPolicy policy(AreaCode area) {
        return policies.of(area.cityCode());
    }

    private static LegalAidView view(Actor actor, LegalAidApplication a, Instant now) {
        return new LegalAidView(a, PersonView.of(a.applicant(), shown(actor)), a.isOverdue(now));
    }

    private static PetitionView view(Actor actor, Petition p, Instant now) {
        PersonalData shown = shown(actor);
        return new PetitionView(p, PersonView.of(p.petitioner(), shown), p.leader().map(shown::name), p.inBacklog(now), p.ageDays(now));
    }

    private static ComplaintView view(Actor actor, SupervisionComplaint c, Instant now) {
        return new ComplaintView(c, PersonView.of(c.complainant(), shown(actor)), c.isOverdue(now));
    }

    private static PersonalData shown(Actor actor) {
        return PersonalData.shownAs(actor.mayReadPersonalData());
    }
}
