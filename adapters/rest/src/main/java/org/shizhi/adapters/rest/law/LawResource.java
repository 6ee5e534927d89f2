package org.shizhi.adapters.rest.law;

import org.shizhi.adapters.rest.model.AgencyFiguresJson;
import org.shizhi.adapters.rest.model.LawFiguresJson;
import org.shizhi.adapters.rest.model.LawPublicityEventPageJson;
import org.shizhi.adapters.rest.model.LegalAidApplicationPageJson;
import org.shizhi.adapters.rest.model.LegalAidAssignmentJson;
import org.shizhi.adapters.rest.model.LegalAidCentreListJson;
import org.shizhi.adapters.rest.model.LegalAidClosureJson;
import org.shizhi.adapters.rest.model.LegalAidDecisionJson;
import org.shizhi.adapters.rest.model.LegalAidReportJson;
import org.shizhi.adapters.rest.model.LegalAidReportRowJson;
import org.shizhi.adapters.rest.model.NewLawPublicityEventJson;
import org.shizhi.adapters.rest.model.NewLawyerJson;
import org.shizhi.adapters.rest.model.NewLegalAidApplicationJson;
import org.shizhi.adapters.rest.model.NewLegalAidCentreJson;
import org.shizhi.adapters.rest.model.NewPetitionJson;
import org.shizhi.adapters.rest.model.NewRegulationJson;
import org.shizhi.adapters.rest.model.RegulationHitPageJson;
import org.shizhi.adapters.rest.model.NewSupervisionComplaintJson;
import org.shizhi.adapters.rest.model.PetitionClearanceJson;
import org.shizhi.adapters.rest.model.PetitionDisputeLinkJson;
import org.shizhi.adapters.rest.model.PetitionDisputeOpeningJson;
import org.shizhi.adapters.rest.model.PetitionFiguresJson;
import org.shizhi.adapters.rest.model.PetitionListJson;
import org.shizhi.adapters.rest.model.PetitionPageJson;
import org.shizhi.adapters.rest.model.PetitionTextJson;
import org.shizhi.adapters.rest.model.RegulationAmendmentJson;
import org.shizhi.adapters.rest.model.RegulationPageJson;
import org.shizhi.adapters.rest.model.RegulationRepealJson;
import org.shizhi.adapters.rest.model.SupervisionComplaintPageJson;
import org.shizhi.adapters.rest.model.SupervisionFiguresJson;
import org.shizhi.adapters.rest.model.SupervisionReviewJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.shizhi.adapters.rest.api.LawApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.law.model.AudienceKind;
import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.law.model.Lawyer;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCategory;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionChannel;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.PublicityEventId;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationHit;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationQuery;
import org.shizhi.domain.law.model.ReviewOutcome;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.law.port.in.CentreView;
import org.shizhi.domain.law.port.in.ComplaintView;
import org.shizhi.domain.law.port.in.LawFiguresQuery;
import org.shizhi.domain.law.port.in.LawQuery;
import org.shizhi.domain.law.port.in.LawReportsQuery;
import org.shizhi.domain.law.port.in.LegalAidUseCase;
import org.shizhi.domain.law.port.in.LegalAidView;
import org.shizhi.domain.law.port.in.PetitionUseCase;
import org.shizhi.domain.law.port.in.PetitionView;
import org.shizhi.domain.law.port.in.PublicityUseCase;
import org.shizhi.domain.law.port.in.RegulationUseCase;
import org.shizhi.domain.law.port.in.SupervisionUseCase;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Slice;

/**
 * The law context over HTTP: petitions from receipt to clearing, 领导包案, disputes and repeats; legal aid from
 * application to closure with the centres and their lawyers' caseloads; enforcement supervision; law publicity; a
 * city's local regulations; the reports and the assessment's figures. Each step of a record is a POST naming its
 * version in {@code If-Match}. A refusal names the request's field and nothing is written. A read that shows a
 * petitioner's, applicant's or complainant's personal data goes through {@link Disclosures} with the stated
 * {@code Access-Purpose}: audited when shown unmasked, as residents' and parties' reads are.
 */
@Path("/")
@ApplicationScoped
public class LawResource implements LawApi {

    /** The domain places a record by its {@code area}; the requests call it {@code areaCode}. */
    private static final java.util.Map<String, String> AREA_CODE = java.util.Map.of("area", "areaCode");

    private final PetitionUseCase petitions;
    private final LegalAidUseCase legalAid;
    private final SupervisionUseCase supervision;
    private final PublicityUseCase publicity;
    private final RegulationUseCase regulations;
    private final LawQuery law;
    private final LawFiguresQuery figures;
    private final LawReportsQuery reports;
    private final Disclosures disclosures;
    private final Caller caller;

    @Inject
    public LawResource(PetitionUseCase petitions, LegalAidUseCase legalAid, SupervisionUseCase supervision,
                       PublicityUseCase publicity, RegulationUseCase regulations, LawQuery law, LawFiguresQuery figures,
                       LawReportsQuery reports, Disclosures disclosures, Caller caller) {
        this.petitions = petitions;
        this.legalAid = legalAid;
        this.supervision = supervision;
        this.publicity = publicity;
        this.regulations = regulations;
        this.law = law;
        this.figures = figures;
        this.reports = reports;
        this.disclosures = disclosures;
        this.caller = caller;
    }

    // Petitions

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "GRID_WORKER", "INTEGRATOR"})
    public Response receivePetition(NewPetitionJson request, String idempotencyKey) {
        Requests.required(request, "the petition to receive");
        Petition.Intake intake = new Petition.Intake(areaCode(request.getAreaCode()), LawModels.person(request.getPetitioner(), "petitioner"),
                request.getMatter(), LawHttp.as(PetitionChannel.class, request.getChannel()), request.getAgency(),
                Optional.ofNullable(request.getRepeatOf()).map(PetitionId::new));
        PetitionView received = petitions.receive(caller.actor(), new PetitionUseCase.Receive(intake));
        return created("/api/v1/petitions/" + received.petition().id(), received.petition().version(), LawModels.petition(received));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPetition(UUID petitionId, String accessPurpose) {
        PetitionView view = law.petition(caller.actor(), new PetitionId(petitionId));
        shown("petition", view, accessPurpose);
        return ok(LawModels.petition(view), view.petition().version());
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPetitionBacklog(String area, String cursor, Integer limit, String accessPurpose) {
        AreaCode within = within(area);
        String list = "petition-backlog|" + within.value();
        Slice<PetitionView> slice = law.petitionBacklog(caller.actor(), within, Cursors.request(list, cursor, limit));
        disclosures.shown("petition backlog of " + within, slice.items().stream().map(p -> p.petition().id().toString()).toList(), accessPurpose);
        var page = new PetitionPageJson().items(slice.items().stream().map(LawModels::petition).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPetitionRepeats(UUID petitionId, String accessPurpose) {
        List<PetitionView> repeats = petitions.repeats(caller.actor(), new PetitionId(petitionId));
        disclosures.shown("repeat petitions of " + petitionId, repeats.stream().map(p -> p.petition().id().toString()).toList(), accessPurpose);
        return ok(new PetitionListJson().items(repeats.stream().map(LawModels::petition).toList()));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response acceptPetition(UUID petitionId, String ifMatch) {
        long version = LawHttp.expectedVersion(ifMatch);
        return petitionChanged(() -> petitions.accept(caller.actor(), new PetitionUseCase.Target(new PetitionId(petitionId), version)));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response notAcceptPetition(UUID petitionId, String ifMatch, PetitionTextJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the reason for not accepting");
        return petitionChanged(() -> petitions.notAccept(caller.actor(), new PetitionUseCase.WithText(new PetitionId(petitionId), version,
                request.getText())));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response extendPetitionReply(UUID petitionId, String ifMatch, PetitionTextJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the reason for the extension");
        return petitionChanged(() -> petitions.extend(caller.actor(), new PetitionUseCase.WithText(new PetitionId(petitionId), version,
                request.getText())));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response assignPetitionLeader(UUID petitionId, String ifMatch, PetitionTextJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the leader who takes the case on");
        // The domain calls the text the leader; the request's field is text.
        return petitionChanged(() -> org.shizhi.adapters.rest.http.Fields.renaming(java.util.Map.of("leader", "text"),
                () -> petitions.assignLeader(caller.actor(), new PetitionUseCase.WithText(new PetitionId(petitionId), version,
                        request.getText()))));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response replyToPetition(UUID petitionId, String ifMatch, PetitionTextJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the reply");
        return petitionChanged(() -> petitions.reply(caller.actor(), new PetitionUseCase.WithText(new PetitionId(petitionId), version,
                request.getText())));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response reopenPetition(UUID petitionId, String ifMatch) {
        long version = LawHttp.expectedVersion(ifMatch);
        return petitionChanged(() -> petitions.reopen(caller.actor(), new PetitionUseCase.Target(new PetitionId(petitionId), version)));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response clearPetition(UUID petitionId, String ifMatch, PetitionClearanceJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the outcome and the petitioner's response");
        return petitionChanged(() -> petitions.clear(caller.actor(), new PetitionUseCase.Clear(new PetitionId(petitionId), version,
                request.getOutcome(), LawHttp.as(Satisfaction.class, request.getPetitionerResponse()))));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "COMMUNITY_STAFF"})
    public Response openPetitionDispute(UUID petitionId, String ifMatch, PetitionDisputeOpeningJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the dispute to open");
        var risk = org.shizhi.adapters.rest.http.Models.risk(request.getRisk(), "");
        int people = Requests.number(request.getPeopleInvolved(), "peopleInvolved");
        return petitionChanged(() -> petitions.openDispute(caller.actor(), new PetitionUseCase.OpenDispute(new PetitionId(petitionId),
                version, request.getDisputeType(), request.getClaims(), risk, people)));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "COMMUNITY_STAFF"})
    public Response joinPetitionDispute(UUID petitionId, String ifMatch, PetitionDisputeLinkJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the dispute to join");
        DisputeId dispute = request.getDisputeId() == null ? null : new DisputeId(request.getDisputeId());
        return petitionChanged(() -> petitions.joinDispute(caller.actor(), new PetitionUseCase.JoinDispute(new PetitionId(petitionId),
                version, dispute)));
    }

    private Response petitionChanged(Supplier<PetitionView> change) {
        PetitionView view = LawHttp.versioned(change);
        shown("petition", view, null);
        return ok(LawModels.petition(view), view.petition().version());
    }

    private void shown(String what, PetitionView view, String purpose) {
        disclosures.shown(what, List.of(view.petition().id().toString()), purpose);
    }

    // Legal aid

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "INTEGRATOR"})
    public Response applyForLegalAid(NewLegalAidApplicationJson request, String idempotencyKey) {
        Requests.required(request, "the legal-aid application");
        LegalAidApplication.Intake intake = new LegalAidApplication.Intake(areaCode(request.getAreaCode()),
                LawModels.person(request.getApplicant(), "applicant"), request.getMatter(),
                LawHttp.as(LegalAidCategory.class, request.getCategory()), request.getHardshipEvidence(), request.getReceivedOn());
        LegalAidView received = legalAid.apply(caller.actor(), new LegalAidUseCase.Apply(intake));
        return created("/api/v1/legal-aid-applications/" + received.application().id(), received.application().version(),
                LawModels.application(received));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getLegalAidApplication(UUID applicationId, String accessPurpose) {
        LegalAidView view = law.legalAid(caller.actor(), new LegalAidId(applicationId));
        shown(view, accessPurpose);
        return ok(LawModels.application(view), view.application().version());
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listOverdueLegalAid(String area, String cursor, Integer limit, String accessPurpose) {
        AreaCode within = within(area);
        String list = "legal-aid-overdue|" + within.value();
        Slice<LegalAidView> slice = law.overdueLegalAid(caller.actor(), within, Cursors.request(list, cursor, limit));
        disclosures.shown("overdue legal-aid applications of " + within,
                slice.items().stream().map(a -> a.application().id().toString()).toList(), accessPurpose);
        var page = new LegalAidApplicationPageJson()
                .items(slice.items().stream().map(LawModels::application).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN"})
    public Response decideLegalAid(UUID applicationId, String ifMatch, LegalAidDecisionJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the decision");
        if (request.getGranted() == null) {
            throw new InvalidValueException("granted", "granted is true or false");
        }
        LegalAidId id = new LegalAidId(applicationId);
        return legalAidChanged(() -> request.getGranted()
                ? legalAid.grant(caller.actor(), new LegalAidUseCase.Grant(id, version))
                : legalAid.refuse(caller.actor(), new LegalAidUseCase.Refuse(id, version, request.getReason())));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN"})
    public Response assignLegalAid(UUID applicationId, String ifMatch, LegalAidAssignmentJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the centre and the lawyer");
        return legalAidChanged(() -> legalAid.assign(caller.actor(), new LegalAidUseCase.Assign(new LegalAidId(applicationId), version,
                request.getCentre(), request.getLawyer())));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN"})
    public Response closeLegalAid(UUID applicationId, String ifMatch, LegalAidClosureJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the result and the applicant's satisfaction");
        return legalAidChanged(() -> legalAid.close(caller.actor(), new LegalAidUseCase.Close(new LegalAidId(applicationId), version,
                request.getResult(), LawHttp.as(Satisfaction.class, request.getSatisfaction()))));
    }

    private Response legalAidChanged(Supplier<LegalAidView> change) {
        LegalAidView view = LawHttp.versioned(change);
        shown(view, null);
        return ok(LawModels.application(view), view.application().version());
    }

    private void shown(LegalAidView view, String purpose) {
        disclosures.shown("legal-aid application", List.of(view.application().id().toString()), purpose);
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listLegalAidCentres(String code) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        List<CentreView> centres = law.legalAidCentres(caller.actor(), area);
        shownCentres("legal-aid centres serving " + area, centres);
        return ok(new LegalAidCentreListJson().items(centres.stream().map(LawModels::centre).toList()));
    }

    /** The lawyers' names of the centres, when shown clear, are audited as any person's. */
    private void shownCentres(String what, List<CentreView> centres) {
        if (centres.stream().anyMatch(c -> !c.masked() && !c.lawyers().isEmpty())) {
            disclosures.shown(what, centres.stream().map(c -> c.centre().code()).toList(), null);
        }
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response registerLegalAidCentre(String centreCode, NewLegalAidCentreJson request) {
        Requests.required(request, "the centre");
        AreaCode area = areaCode(request.getAreaCode());
        List<Lawyer> lawyers = request.getLawyers() == null ? null : java.util.stream.IntStream.range(0, request.getLawyers().size())
                .mapToObj(i -> lawyer(request.getLawyers().get(i), "lawyers[" + i + "]")).toList();
        LegalAidCentre centre = org.shizhi.adapters.rest.http.Fields.renaming(java.util.Map.of("code", "centreCode", "area", "areaCode"),
                () -> new LegalAidCentre(centreCode, area, request.getName(), lawyers));
        LegalAidCentre registered = org.shizhi.adapters.rest.http.Fields.renaming(AREA_CODE, () -> legalAid.registerCentre(caller.actor(), centre));
        CentreView view = law.legalAidCentres(caller.actor(), registered.area()).stream()
                .filter(c -> c.centre().code().equals(registered.code())).findFirst().orElseThrow();
        shownCentres("legal-aid centre " + registered.code(), List.of(view));
        return ok(LawModels.centre(view));
    }

    /** A lawyer of a request; the lawyer's own refusal ({@code lawyers.capacity}) is placed at its index. */
    private static Lawyer lawyer(NewLawyerJson given, String at) {
        if (given == null) {
            throw new InvalidValueException(at, "a lawyer is required");
        }
        int capacity = Requests.number(given.getCapacity(), at + ".capacity");
        try {
            return new Lawyer(given.getId(), given.getName(), capacity);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.field().map(f -> f.replaceFirst("^lawyers", at)).orElse(at), e.getMessage());
        }
    }

    // Enforcement supervision

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response fileSupervisionComplaint(NewSupervisionComplaintJson request, String idempotencyKey) {
        Requests.required(request, "the complaint");
        ComplaintView filed = org.shizhi.adapters.rest.http.Fields.renaming(AREA_CODE, () -> supervision.file(caller.actor(),
                new SupervisionComplaint.Intake(areaCode(request.getAreaCode()), request.getAgency(), request.getAct(),
                        LawModels.person(request.getComplainant(), "complainant"))));
        return created("/api/v1/supervision-complaints/" + filed.complaint().id(), filed.complaint().version(), LawModels.complaint(filed));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR"})
    public Response getSupervisionComplaint(UUID complaintId, String accessPurpose) {
        ComplaintView view = law.complaint(caller.actor(), new ComplaintId(complaintId));
        shown(view, accessPurpose);
        return ok(LawModels.complaint(view), view.complaint().version());
    }

    @Override
    @RolesAllowed({"CITY_ADMIN"})
    public Response reviewSupervisionComplaint(UUID complaintId, String ifMatch, SupervisionReviewJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the outcome and the finding");
        ComplaintView view = LawHttp.versioned(() -> supervision.review(caller.actor(), new SupervisionUseCase.Review(
                new ComplaintId(complaintId), version, LawHttp.as(ReviewOutcome.class, request.getOutcome()), request.getFinding())));
        shown(view, null);
        return ok(LawModels.complaint(view), view.complaint().version());
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR"})
    public Response listOverdueSupervisionComplaints(String area, String cursor, Integer limit, String accessPurpose) {
        AreaCode within = within(area);
        String list = "supervision-overdue|" + within.value();
        Slice<ComplaintView> slice = law.overdueComplaints(caller.actor(), within, Cursors.request(list, cursor, limit));
        disclosures.shown("overdue supervision complaints of " + within,
                slice.items().stream().map(c -> c.complaint().id().toString()).toList(), accessPurpose);
        var page = new SupervisionComplaintPageJson()
                .items(slice.items().stream().map(LawModels::complaint).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    private void shown(ComplaintView view, String purpose) {
        disclosures.shown("supervision complaint", List.of(view.complaint().id().toString()), purpose);
    }

    // Law publicity

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "GRID_WORKER", "INTEGRATOR"})
    public Response recordLawPublicityEvent(NewLawPublicityEventJson request, String idempotencyKey) {
        Requests.required(request, "the event");
        int reach = Requests.number(request.getReach(), "reach");
        PublicityEvent event = org.shizhi.adapters.rest.http.Fields.renaming(AREA_CODE, () -> publicity.record(caller.actor(),
                new PublicityEvent(PublicityEventId.random(), areaCode(request.getAreaCode()), request.getTopic(),
                        LawHttp.as(AudienceKind.class, request.getAudience()), request.getPlace(), request.getHeldOn(), reach)));
        // No read of one event: the Location is the area's events of that day, which holds it.
        String day = event.heldOn().toString();
        return Response.created(URI.create(publicityLocation(event.area(), day))).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(LawModels.publicityEvent(event)).build();
    }

    /** Where a recorded event can be read again: its area's events of its day. */
    public static String publicityLocation(AreaCode area, String day) {
        return "/api/v1/areas/" + area.value() + "/law-publicity-events?from=" + day + "&to=" + day;
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listLawPublicityEvents(String code, LocalDate from, LocalDate to, String cursor, Integer limit) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        String list = "law-publicity|" + area.value() + "|" + from + "|" + to;
        Slice<PublicityEvent> slice = law.publicityEvents(caller.actor(), area, from, to, Cursors.request(list, cursor, limit));
        var page = new LawPublicityEventPageJson()
                .items(slice.items().stream().map(LawModels::publicityEvent).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    // Local regulations

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listRegulations(LocalDate inForceOn, String cursor, Integer limit) {
        Optional<LocalDate> on = Optional.ofNullable(inForceOn);
        String list = "regulations|" + caller.actor().city().value() + "|" + on.map(LocalDate::toString).orElse("");
        Slice<Regulation> slice = law.regulations(caller.actor(), on, Cursors.request(list, cursor, limit));
        var page = new RegulationPageJson().items(slice.items().stream().map(LawModels::regulation).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response searchRegulations(String q, String cursor, Integer limit) {
        RegulationQuery query = RegulationQuery.parse(q);
        String list = "regulation-search|" + caller.actor().city().value() + "|" + String.join(" ", query.terms());
        Slice<RegulationHit> slice = law.searchRegulations(caller.actor(), query, Cursors.request(list, cursor, limit));
        var page = new RegulationHitPageJson().items(slice.items().stream().map(r -> LawModels.hit(r, query.terms())).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getRegulation(UUID regulationId) {
        Regulation r = law.regulation(caller.actor(), new RegulationId(regulationId));
        return ok(LawModels.regulation(r), r.version());
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response registerRegulation(NewRegulationJson request, String idempotencyKey) {
        Requests.required(request, "the regulation");
        Regulation r = regulations.register(caller.actor(), new Regulation.Draft(caller.actor().city(), request.getTitle(),
                request.getDocumentNumber(), request.getAdoptingBody(), request.getAdoptedOn(), request.getEffectiveOn(), request.getText()));
        return created("/api/v1/regulations/" + r.id(), r.version(), LawModels.regulation(r));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response amendRegulation(UUID regulationId, String ifMatch, RegulationAmendmentJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the amending act, its date and the amended text");
        Regulation r = LawHttp.versioned(() -> regulations.amend(caller.actor(), new RegulationUseCase.Amend(new RegulationId(regulationId),
                version, request.getAct(), request.getOn(), request.getText())));
        return ok(LawModels.regulation(r), r.version());
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response repealRegulation(UUID regulationId, String ifMatch, RegulationRepealJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        Requests.required(request, "the repealing act and its date");
        Regulation r = LawHttp.versioned(() -> regulations.repeal(caller.actor(), new RegulationUseCase.Repeal(new RegulationId(regulationId),
                version, request.getAct(), request.getOn())));
        return ok(LawModels.regulation(r), r.version());
    }

    // Reports and figures

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getLegalAidReport(String code, LocalDate from, LocalDate to) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        org.shizhi.domain.law.model.LegalAidReport r = reports.legalAidReport(caller.actor(), area, from, to);
        return ok(new LegalAidReportJson().areaCode(r.area().value()).from(r.from()).to(r.to())
                .rows(r.rows().stream().map(row -> new LegalAidReportRowJson()
                        .district(row.district().value()).received(row.received()).decided(row.decided())
                        .decidedOnTime(row.decidedOnTime()).onTimeRate(row.onTimeRate().orElse(null))
                        .medianDaysToDecision(row.medianDaysToDecision().orElse(null)).openCases(row.openCases())
                        .capacity(row.capacity()).load(row.load().orElse(null))).toList()));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getPetitionFigures(String code, LocalDate from, LocalDate to) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        org.shizhi.domain.law.model.PetitionFigures f = reports.petitionFigures(caller.actor(), area, from, to);
        return ok(new PetitionFiguresJson().areaCode(f.area().value()).from(f.from()).to(f.to())
                .received(f.received()).accepted(f.accepted()).replied(f.replied()).repliedOnTime(f.repliedOnTime())
                .lateUnanswered(f.lateUnanswered()).onTimeReplyRate(f.onTimeReplyRate().orElse(null)).backlog(f.backlog())
                .oldestBacklogAgeDays(f.oldestBacklogAgeDays().orElse(null)));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getSupervisionFigures(String code, LocalDate from, LocalDate to) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        var agencies = reports.supervisionByAgency(caller.actor(), area, from, to).stream()
                .map(a -> new AgencyFiguresJson().agency(a.agency()).complaints(a.complaints())
                        .reviewed(a.reviewed()).reviewedOnTime(a.reviewedOnTime()).overdue(a.overdue()).upheld(a.upheld())
                        .corrected(a.corrected()).dismissed(a.dismissed())).toList();
        return ok(new SupervisionFiguresJson().areaCode(area.value()).from(from).to(to).agencies(agencies));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getLawFigures(String code, LocalDate from, LocalDate to) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        LawFigures f = figures.figures(caller.actor(), area, from, to);
        return ok(new LawFiguresJson().areaCode(f.area().value()).from(f.from()).to(f.to())
                .legalAidDecided(f.legalAidDecided()).legalAidDecidedOnTime(f.legalAidDecidedOnTime())
                .legalAidOnTimeRate(f.legalAidOnTimeRate().orElse(null))
                .petitionsReplied(f.petitionsReplied()).petitionsRepliedOnTime(f.petitionsRepliedOnTime())
                .petitionsLateUnanswered(f.petitionsLateUnanswered()).petitionBacklog(f.petitionBacklog())
                .petitionOnTimeReplyRate(f.petitionOnTimeReplyRate().orElse(null)));
    }

    // Plumbing

    private AreaCode within(String area) {
        return area == null ? caller.actor().jurisdiction() : LawHttp.as("area", () -> AreaCode.of(area));
    }

    private static AreaCode areaCode(String code) {
        return code == null ? null : LawHttp.as("areaCode", () -> AreaCode.of(code));
    }

    private static Response ok(Object body) {
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response ok(Object body, long version) {
        return Response.ok(body).tag(new EntityTag(Long.toString(version))).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response created(String location, long version, Object body) {
        return Response.created(URI.create(location)).tag(new EntityTag(Long.toString(version)))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
