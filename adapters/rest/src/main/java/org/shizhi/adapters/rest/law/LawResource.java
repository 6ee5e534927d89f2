package org.shizhi.adapters.rest.law;

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
import org.shizhi.adapters.rest.model.AgencyFiguresJson;
import org.shizhi.adapters.rest.model.DeadlineJson;
import org.shizhi.adapters.rest.model.LawFiguresJson;
import org.shizhi.adapters.rest.model.LegalAidApplicationJson;
import org.shizhi.adapters.rest.model.LegalAidCategoryJson;
import org.shizhi.adapters.rest.model.LegalAidDecisionJson;
import org.shizhi.adapters.rest.model.LegalAidReportJson;
import org.shizhi.adapters.rest.model.LegalAidReportRowJson;
import org.shizhi.adapters.rest.model.LegalAidStateJson;
import org.shizhi.adapters.rest.model.NewLegalAidApplicationJson;
import org.shizhi.adapters.rest.model.NewPersonOnRecordJson;
import org.shizhi.adapters.rest.model.NewPetitionJson;
import org.shizhi.adapters.rest.model.PersonOnRecordJson;
import org.shizhi.adapters.rest.model.PersonalDataTypeJson;
import org.shizhi.adapters.rest.model.PetitionChannelJson;
import org.shizhi.adapters.rest.model.PetitionClearanceJson;
import org.shizhi.adapters.rest.model.PetitionFiguresJson;
import org.shizhi.adapters.rest.model.PetitionJson;
import org.shizhi.adapters.rest.model.PetitionPageJson;
import org.shizhi.adapters.rest.model.PetitionStateJson;
import org.shizhi.adapters.rest.model.PetitionTextJson;
import org.shizhi.adapters.rest.model.RegulationJson;
import org.shizhi.adapters.rest.model.RegulationPageJson;
import org.shizhi.adapters.rest.model.RegulationStatusJson;
import org.shizhi.adapters.rest.model.SatisfactionJson;
import org.shizhi.adapters.rest.model.SupervisionFiguresJson;
import org.shizhi.domain.archive.port.in.RecordDisclosureUseCase;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCategory;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.Person;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionChannel;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.law.port.in.LawFiguresQuery;
import org.shizhi.domain.law.port.in.LawQuery;
import org.shizhi.domain.law.port.in.LawReportsQuery;
import org.shizhi.domain.law.port.in.LegalAidUseCase;
import org.shizhi.domain.law.port.in.LegalAidView;
import org.shizhi.domain.law.port.in.PersonView;
import org.shizhi.domain.law.port.in.PetitionUseCase;
import org.shizhi.domain.law.port.in.PetitionView;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;

/**
 * The law context over HTTP: petitions from receipt to clearing (each step a POST naming the version in
 * {@code If-Match}), the backlog, legal-aid applications, and the assessment's figures. A refusal names the request's
 * field and nothing is written. A read that shows a petitioner's or applicant's personal data in clear is recorded in
 * the audit log before it is answered, as residents' reads are.
 */
@Path("/")
@ApplicationScoped
public class LawResource implements LawApi {

    private final PetitionUseCase petitions;
    private final LegalAidUseCase legalAid;
    private final LawQuery law;
    private final LawFiguresQuery figures;
    private final LawReportsQuery reports;
    private final RecordDisclosureUseCase audit;
    private final Caller caller;

    @Inject
    public LawResource(PetitionUseCase petitions, LegalAidUseCase legalAid, LawQuery law, LawFiguresQuery figures,
                       LawReportsQuery reports, RecordDisclosureUseCase audit, Caller caller) {
        this.reports = reports;
        this.petitions = petitions;
        this.legalAid = legalAid;
        this.law = law;
        this.figures = figures;
        this.audit = audit;
        this.caller = caller;
    }

    // Petitions

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "GRID_WORKER", "INTEGRATOR"})
    public Response receivePetition(NewPetitionJson request, String idempotencyKey) {
        LawHttp.required(request, "the petition to receive");
        AreaCode area = request.getAreaCode() == null ? null : LawHttp.as("areaCode", () -> AreaCode.of(request.getAreaCode()));
        Person petitioner = person(request.getPetitioner(), "petitioner");
        Petition.Intake intake = new Petition.Intake(area, petitioner, request.getMatter(),
                LawHttp.as(PetitionChannel.class, request.getChannel()), request.getAgency(),
                Optional.ofNullable(request.getRepeatOf()).map(PetitionId::new));
        PetitionView received = petitions.receive(caller.actor(), new PetitionUseCase.Receive(intake));
        return Response.created(URI.create("/api/v1/petitions/" + received.petition().id()))
                .tag(tag(received.petition().version())).type(MediaType.APPLICATION_JSON_TYPE).entity(petition(received)).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPetition(UUID petitionId) {
        PetitionView view = law.petition(caller.actor(), new PetitionId(petitionId));
        disclosed("petition", view.petitioner(), List.of(view.petition().id().toString()));
        return Response.ok(petition(view)).tag(tag(view.petition().version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPetitionBacklog(String area, String cursor, Integer limit) {
        AreaCode within = area == null ? caller.actor().jurisdiction() : LawHttp.as("area", () -> AreaCode.of(area));
        String list = "petition-backlog|" + within.value();
        Slice<PetitionView> slice = law.petitionBacklog(caller.actor(), within, Cursors.request(list, cursor, limit));
        if (!slice.items().isEmpty()) {
            disclosed("petition backlog of " + within, slice.items().getFirst().petitioner(),
                    slice.items().stream().map(p -> p.petition().id().toString()).toList());
        }
        PetitionPageJson page = new PetitionPageJson().items(slice.items().stream().map(LawResource::petition).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response acceptPetition(UUID petitionId, String ifMatch) {
        long version = LawHttp.expectedVersion(ifMatch);
        return changed(() -> petitions.accept(caller.actor(), new PetitionUseCase.Target(new PetitionId(petitionId), version)));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response extendPetitionReply(UUID petitionId, String ifMatch, PetitionTextJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        LawHttp.required(request, "the reason for the extension");
        return changed(() -> petitions.extend(caller.actor(), new PetitionUseCase.WithText(new PetitionId(petitionId), version,
                request.getText())));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response replyToPetition(UUID petitionId, String ifMatch, PetitionTextJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        LawHttp.required(request, "the reply");
        return changed(() -> petitions.reply(caller.actor(), new PetitionUseCase.WithText(new PetitionId(petitionId), version,
                request.getText())));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "DEPARTMENT", "CITY_ADMIN"})
    public Response clearPetition(UUID petitionId, String ifMatch, PetitionClearanceJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        LawHttp.required(request, "the outcome and the petitioner's response");
        return changed(() -> petitions.clear(caller.actor(), new PetitionUseCase.Clear(new PetitionId(petitionId), version,
                request.getOutcome(), LawHttp.as(Satisfaction.class, request.getPetitionerResponse()))));
    }

    private Response changed(Supplier<PetitionView> change) {
        PetitionView view = LawHttp.versioned(change);
        disclosed("petition", view.petitioner(), List.of(view.petition().id().toString()));
        return Response.ok(petition(view)).tag(tag(view.petition().version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Legal aid

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "INTEGRATOR"})
    public Response applyForLegalAid(NewLegalAidApplicationJson request, String idempotencyKey) {
        LawHttp.required(request, "the legal-aid application");
        AreaCode area = request.getAreaCode() == null ? null : LawHttp.as("areaCode", () -> AreaCode.of(request.getAreaCode()));
        Person applicant = person(request.getApplicant(), "applicant");
        LegalAidApplication.Intake intake = new LegalAidApplication.Intake(area, applicant, request.getMatter(),
                LawHttp.as(LegalAidCategory.class, request.getCategory()), request.getHardshipEvidence(), request.getReceivedOn());
        LegalAidView received = legalAid.apply(caller.actor(), new LegalAidUseCase.Apply(intake));
        return Response.created(URI.create("/api/v1/legal-aid-applications/" + received.application().id()))
                .tag(tag(received.application().version())).type(MediaType.APPLICATION_JSON_TYPE).entity(application(received)).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getLegalAidApplication(UUID applicationId) {
        LegalAidView view = law.legalAid(caller.actor(), new LegalAidId(applicationId));
        disclosed("legal-aid application", view.applicant(), List.of(view.application().id().toString()));
        return Response.ok(application(view)).tag(tag(view.application().version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN"})
    public Response decideLegalAid(UUID applicationId, String ifMatch, LegalAidDecisionJson request) {
        long version = LawHttp.expectedVersion(ifMatch);
        LawHttp.required(request, "the decision");
        if (request.getGranted() == null) {
            throw new InvalidValueException("granted", "granted is true or false");
        }
        LegalAidId id = new LegalAidId(applicationId);
        LegalAidView view = LawHttp.versioned(() -> request.getGranted()
                ? legalAid.grant(caller.actor(), new LegalAidUseCase.Grant(id, version))
                : legalAid.refuse(caller.actor(), new LegalAidUseCase.Refuse(id, version, request.getReason())));
        disclosed("legal-aid application", view.applicant(), List.of(view.application().id().toString()));
        return Response.ok(application(view)).tag(tag(view.application().version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Reports and figures

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getLegalAidReport(String code, LocalDate from, LocalDate to) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        LegalAidReport r = reports.legalAidReport(caller.actor(), area, from, to);
        var body = new LegalAidReportJson().areaCode(r.area().value()).from(r.from()).to(r.to())
                .rows(r.rows().stream().map(row -> new LegalAidReportRowJson()
                        .district(row.district().value()).received(row.received()).decided(row.decided())
                        .decidedOnTime(row.decidedOnTime()).onTimeRate(row.onTimeRate().orElse(null))
                        .medianDaysToDecision(row.medianDaysToDecision().orElse(null)).openCases(row.openCases())
                        .capacity(row.capacity()).load(row.load().orElse(null))).toList());
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getPetitionFigures(String code, LocalDate from, LocalDate to) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        PetitionFigures f = reports.petitionFigures(caller.actor(), area, from, to);
        var body = new PetitionFiguresJson().areaCode(f.area().value()).from(f.from()).to(f.to())
                .received(f.received()).accepted(f.accepted()).replied(f.replied()).repliedOnTime(f.repliedOnTime())
                .lateUnanswered(f.lateUnanswered()).onTimeReplyRate(f.onTimeReplyRate().orElse(null)).backlog(f.backlog())
                .oldestBacklogAgeDays(f.oldestBacklogAgeDays().orElse(null));
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getSupervisionFigures(String code, LocalDate from, LocalDate to) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        var agencies = reports.supervisionByAgency(caller.actor(), area, from, to).stream()
                .map(a -> new AgencyFiguresJson().agency(a.agency()).complaints(a.complaints())
                        .reviewed(a.reviewed()).reviewedOnTime(a.reviewedOnTime()).overdue(a.overdue()).upheld(a.upheld())
                        .corrected(a.corrected()).dismissed(a.dismissed())).toList();
        var body = new SupervisionFiguresJson().areaCode(area.value()).from(from).to(to).agencies(agencies);
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Local regulations

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listRegulations(LocalDate inForceOn, String cursor, Integer limit) {
        Optional<LocalDate> on = Optional.ofNullable(inForceOn);
        String list = "regulations|" + caller.actor().city().value() + "|" + on.map(LocalDate::toString).orElse("");
        Slice<Regulation> slice = law.regulations(caller.actor(), on, Cursors.request(list, cursor, limit));
        var page = new RegulationPageJson().items(slice.items().stream().map(r ->
                new RegulationJson().id(r.id().value()).version(r.version()).cityCode(r.city().value())
                        .title(r.title()).documentNumber(r.documentNumber()).adoptingBody(r.adoptingBody())
                        .adoptedOn(r.adoptedOn()).effectiveOn(r.effectiveOn())
                        .status(LawHttp.as(RegulationStatusJson.class, r.status()))
                        .changingAct(r.changingAct().orElse(null)).changedOn(r.changedOn().orElse(null)).text(r.text())).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Figures

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getLawFigures(String code, LocalDate from, LocalDate to) {
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(code));
        LawFigures f = figures.figures(caller.actor(), area, from, to);
        LawFiguresJson body = new LawFiguresJson().areaCode(f.area().value()).from(f.from()).to(f.to())
                .legalAidDecided(f.legalAidDecided()).legalAidDecidedOnTime(f.legalAidDecidedOnTime())
                .legalAidOnTimeRate(f.legalAidOnTimeRate().orElse(null))
                .petitionsReplied(f.petitionsReplied()).petitionsRepliedOnTime(f.petitionsRepliedOnTime())
                .petitionsLateUnanswered(f.petitionsLateUnanswered()).petitionBacklog(f.petitionBacklog())
                .petitionOnTimeReplyRate(f.petitionOnTimeReplyRate().orElse(null));
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Mapping

    /** A person of a request, a refusal naming the field under {@code at} ({@code petitioner.idNumber}). */
    private static Person person(NewPersonOnRecordJson given, String at) {
        if (given == null) {
            return null;
        }
        Optional<IdNumber> idNumber = Optional.ofNullable(given.getIdNumber()).map(t -> LawHttp.as(at + ".idNumber", () -> IdNumber.parse(t)));
        Optional<PhoneNumber> phone = Optional.ofNullable(given.getPhone()).map(t -> LawHttp.as(at + ".phone", () -> PhoneNumber.parse(t)));
        return LawHttp.at(at, () -> new Person(given.getName(), idNumber, phone));
    }

    /** Records the disclosure when the personal data shows in clear (the audit decides; a masked read writes nothing). */
    private void disclosed(String what, PersonView shown, List<String> records) {
        if (!shown.masked()) {
            audit.disclosed(caller.actor(), new RecordDisclosureUseCase.Disclosure(what, records, Optional.empty()));
        }
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    private static PersonOnRecordJson person(PersonView p) {
        return new PersonOnRecordJson().name(p.name()).idNumber(p.idNumber().orElse(null)).phone(p.phone().orElse(null))
                .personalDataTypes(p.personalDataTypes().stream().map(t -> LawHttp.as(PersonalDataTypeJson.class, t)).sorted().toList())
                .masked(p.masked());
    }

    private static DeadlineJson deadline(Deadline d) {
        return new DeadlineJson(d.workingDays(), d.dueOn(), LawHttp.at(d.passesAt()));
    }

    /** A petition as the contract shows it (also for a create given again, see {@code Replays}). */
    public static PetitionJson petition(PetitionView view) {
        Petition p = view.petition();
        return new PetitionJson().id(p.id().value()).version(p.version()).areaCode(p.area().value())
                .petitioner(person(view.petitioner())).matter(p.matter())
                .channel(LawHttp.as(PetitionChannelJson.class, p.channel())).agency(p.agency())
                .receivedAt(LawHttp.at(p.receivedAt())).acceptanceDue(deadline(p.acceptanceDue()))
                .state(LawHttp.as(PetitionStateJson.class, p.state()))
                .repeatOf(p.repeatOf().map(PetitionId::value).orElse(null)).acceptedAt(LawHttp.at(p.acceptedAt()))
                .notAcceptedReason(p.notAcceptedReason().orElse(null)).replyDue(p.replyDue().map(LawResource::deadline).orElse(null))
                .extensionReason(p.extensionReason().orElse(null)).leader(p.leader().orElse(null))
                .disputeId(p.dispute().map(d -> d.value()).orElse(null)).reply(p.reply().orElse(null))
                .repliedAt(LawHttp.at(p.repliedAt())).reopenings(p.reopenings()).outcome(p.outcome().orElse(null))
                .petitionerResponse(p.petitionerResponse().map(s -> LawHttp.as(SatisfactionJson.class, s)).orElse(null))
                .clearedAt(LawHttp.at(p.clearedAt())).inBacklog(view.inBacklog()).ageDays(view.ageDays());
    }

    /** An application as the contract shows it (also for a create given again). */
    public static LegalAidApplicationJson application(LegalAidView view) {
        LegalAidApplication a = view.application();
        return new LegalAidApplicationJson().id(a.id().value()).version(a.version())
                .areaCode(a.area().value()).applicant(person(view.applicant())).matter(a.matter())
                .category(LawHttp.as(LegalAidCategoryJson.class, a.category()))
                .hardshipEvidence(a.hardshipEvidence()).receivedOn(a.receivedOn()).decisionDue(deadline(a.decisionDue()))
                .state(LawHttp.as(LegalAidStateJson.class, a.state()))
                .decidedAt(LawHttp.at(a.decidedAt())).refusalReason(a.refusalReason().orElse(null))
                .centre(a.centre().orElse(null)).lawyer(a.lawyer().orElse(null)).result(a.result().orElse(null))
                .satisfaction(a.satisfaction().map(s -> LawHttp.as(SatisfactionJson.class, s)).orElse(null))
                .closedAt(LawHttp.at(a.closedAt())).overdue(view.overdue());
    }
}
