package org.shizhi.adapters.rest.dispute;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.shizhi.adapters.rest.api.DisputesApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.model.ChannelChangeJson;
import org.shizhi.adapters.rest.model.ConsultationConclusionRequestJson;
import org.shizhi.adapters.rest.model.ConsultationOpinionRequestJson;
import org.shizhi.adapters.rest.model.ConveneConsultationJson;
import org.shizhi.adapters.rest.model.DisputePageJson;
import org.shizhi.adapters.rest.model.DisputeReasonJson;
import org.shizhi.adapters.rest.model.DisputeRemarkJson;
import org.shizhi.adapters.rest.model.DisputeStateJson;
import org.shizhi.adapters.rest.model.DisputeTimelineJson;
import org.shizhi.adapters.rest.model.DisputeTypeListJson;
import org.shizhi.adapters.rest.model.FollowUpRequestJson;
import org.shizhi.adapters.rest.model.JudicialConfirmationRequestJson;
import org.shizhi.adapters.rest.model.MediationCentreJson;
import org.shizhi.adapters.rest.model.MediationCentreListJson;
import org.shizhi.adapters.rest.model.MediatorJson;
import org.shizhi.adapters.rest.model.NewDisputeJson;
import org.shizhi.adapters.rest.model.NewSessionJson;
import org.shizhi.adapters.rest.model.ObligationJson;
import org.shizhi.adapters.rest.model.OutcomeRequestJson;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.Mediator;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.Session;
import org.shizhi.domain.dispute.port.in.DisputeChanged;
import org.shizhi.domain.dispute.port.in.DisputeFiguresQuery;
import org.shizhi.domain.dispute.port.in.DisputeQuery;
import org.shizhi.domain.dispute.port.in.DisputeView;
import org.shizhi.domain.dispute.port.in.MediateDisputeUseCase;
import org.shizhi.domain.dispute.port.in.MediationCentresUseCase;
import org.shizhi.domain.dispute.port.in.OpenDisputeUseCase;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Slice;

/**
 * Disputes: intake, every step of mediation as a POST sub-resource naming the version in {@code If-Match}, reads, the
 * grid event's side of the link, the centres, the figures. A refusal names the request's field; nothing is written.
 */
@Path("/")
@ApplicationScoped
public class DisputesResource implements DisputesApi {

    private static final Map<String, String> FIELDS = Map.of("expectedVersion", ETags.IF_MATCH, "version", ETags.IF_MATCH,
            "area", "areaCode");

    private final OpenDisputeUseCase intake;
    private final MediateDisputeUseCase mediation;
    private final DisputeQuery disputes;
    private final DisputeFiguresQuery figures;
    private final org.shizhi.domain.dispute.port.in.DisputeBreakdownQuery breakdowns;
    private final MediationCentresUseCase centres;
    private final Caller caller;
    private final Disclosures disclosures;

    @Inject
    public DisputesResource(OpenDisputeUseCase intake, MediateDisputeUseCase mediation, DisputeQuery disputes,
                            DisputeFiguresQuery figures, org.shizhi.domain.dispute.port.in.DisputeBreakdownQuery breakdowns,
                            MediationCentresUseCase centres, Caller caller, Disclosures disclosures) {
        this.breakdowns = breakdowns;
        this.intake = intake;
        this.mediation = mediation;
        this.disputes = disputes;
        this.figures = figures;
        this.centres = centres;
        this.caller = caller;
        this.disclosures = disclosures;
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response registerMediationCentre(MediationCentreJson request, String idempotencyKey) {
        Requests.required(request, "the centre to register");
        AreaCode area = Fields.as("areaCode", () -> AreaCode.of(request.getAreaCode()));
        List<Mediator> mediators = new ArrayList<>();
        var given = request.getMediators() == null ? List.<MediatorJson>of() : request.getMediators();
        for (int i = 0; i < given.size(); i++) {
            var m = given.get(i);
            String at = "mediators[" + i + "]";
            if (m == null) {
                throw new InvalidValueException(at, "a mediator is an object with id and name");
            }
            mediators.add(Fields.as(at, () -> new Mediator(m.getId(), m.getName())));
        }
        MediationCentre centre = new MediationCentre(area, request.getName(), mediators,
                request.getTakesTypes() == null ? Set.of() : Set.copyOf(request.getTakesTypes()));
        MediationCentre registered = centres.register(caller.actor(), centre);
        return Response.created(URI.create("/api/v1/areas/" + area + "/mediation-centres"))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(DisputeModels.centre(registered)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listMediationCentres(String code) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        return Response.ok(new MediationCentreListJson(centres.centres(caller.actor(), area).stream().map(DisputeModels::centre).toList()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "MEDIATOR", "INTEGRATOR"})
    public Response openDispute(NewDisputeJson request, String idempotencyKey) {
        Requests.required(request, "the dispute to open");
        Dispute.Intake what = intakeOf(request);
        DisputeChanged opened = Fields.renaming(FIELDS, () -> intake.open(caller.actor(), new OpenDisputeUseCase.OpenDisputeCommand(what)));
        Dispute d = opened.dispute().dispute();
        return Response.created(URI.create("/api/v1/disputes/" + d.id())).tag(ETags.of(d.version()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(DisputeModels.change(opened)).build();
    }

    private static Dispute.Intake intakeOf(NewDisputeJson r) {
        AreaCode area = r.getAreaCode() == null ? null : Fields.as("areaCode", () -> AreaCode.of(r.getAreaCode()));
        List<Party> parties = Models.parties(r.getParties(), "");
        Risk risk = Models.risk(r.getRisk(), "");
        Optional<BigDecimal> amount = Optional.ofNullable(r.getAmount());
        int people = r.getPeopleInvolved() == null ? Math.max(1, parties.size()) : r.getPeopleInvolved();
        return new Dispute.Intake(Models.as(DisputeSource.class, r.getSource()), Optional.ofNullable(r.getGridEventId()).map(GridEventId::new),
                area, r.getType(), parties, r.getFacts(), r.getClaims(), amount, people, risk,
                Boolean.TRUE.equals(r.getPetitionBacklog()), Models.as(MediationChannel.class, r.getChannel()));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listDisputes(String area, DisputeStateJson state, String cursor, Integer limit,
                                 String accessPurpose) {
        AreaCode within = area(area);
        Optional<DisputeState> inState = Optional.ofNullable(Models.as(DisputeState.class, state));
        String list = "disputes|" + within.value() + "|" + inState.map(Enum::name).orElse("");
        Slice<DisputeView> page = disputes.disputes(caller.actor(), within, inState, Cursors.request(list, cursor, limit));
        return page(list, page, "disputes in " + within, accessPurpose);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listOverdueDisputes(String area, String cursor, Integer limit, String accessPurpose) {
        AreaCode within = area(area);
        String list = "overdue-disputes|" + within.value();
        Slice<DisputeView> page = disputes.overdue(caller.actor(), within, Cursors.request(list, cursor, limit));
        return page(list, page, "overdue disputes in " + within, accessPurpose);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getDispute(UUID disputeId, String accessPurpose) {
        return one(disputes.dispute(caller.actor(), new DisputeId(disputeId)), accessPurpose);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getEventDispute(UUID eventId, String accessPurpose) {
        return one(disputes.ofGridEvent(caller.actor(), new GridEventId(eventId)), accessPurpose);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getDisputeTimeline(UUID disputeId) {
        var entries = disputes.timeline(caller.actor(), new DisputeId(disputeId)).stream().map(DisputeModels::entry).toList();
        return Response.ok(new DisputeTimelineJson(entries)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listDisputeTypes() {
        return Response.ok(new DisputeTypeListJson(disputes.types(caller.actor()).stream().map(DisputeModels::type).toList()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getDisputeFigures(String code, LocalDate from, LocalDate to) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        return Response.ok(DisputeModels.figures(figures.figures(caller.actor(), area, from, to)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getDisputeBreakdown(String code, LocalDate from, LocalDate to) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        return Response.ok(DisputeModels.breakdown(breakdowns.breakdown(caller.actor(), area, from, to)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response acceptDispute(UUID disputeId, String ifMatch, DisputeRemarkJson request) {
        long version = ETags.expectedVersion(ifMatch);
        String remark = request == null ? null : request.getRemark();
        return changed(() -> mediation.accept(caller.actor(), new MediateDisputeUseCase.Accept(id(disputeId), version, remark)));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response escalateDispute(UUID disputeId, String ifMatch, DisputeReasonJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the reason for the escalation");
        return changed(() -> mediation.escalate(caller.actor(), new MediateDisputeUseCase.Escalate(id(disputeId), version, request.getReason())));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response changeDisputeChannel(UUID disputeId, String ifMatch, ChannelChangeJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the new channel and the reason");
        return changed(() -> mediation.changeChannel(caller.actor(), new MediateDisputeUseCase.ChangeChannel(id(disputeId), version,
                Models.as(MediationChannel.class, request.getChannel()), request.getReason())));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response holdDisputeSession(UUID disputeId, String ifMatch, NewSessionJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the session");
        Session session = Fields.renaming(Map.of("on", "heldOn"),
                () -> new Session(request.getHeldOn(), request.getMediators(), request.getAttendees(), request.getNotes()));
        return changed(() -> mediation.holdSession(caller.actor(), new MediateDisputeUseCase.HoldSession(id(disputeId), version, session)));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response conveneConsultation(UUID disputeId, String ifMatch, ConveneConsultationJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Set<ConsultationBody> chosen = EnumSet.noneOf(ConsultationBody.class);
        if (request != null && request.getBodies() != null) {
            for (int i = 0; i < request.getBodies().size(); i++) {
                var body = request.getBodies().get(i);
                if (body == null) {
                    throw new InvalidValueException("bodies[" + i + "]", "a body is one of " + EnumSet.allOf(ConsultationBody.class));
                }
                chosen.add(Models.as(ConsultationBody.class, body));
            }
        }
        return changed(() -> mediation.convene(caller.actor(), new MediateDisputeUseCase.Convene(id(disputeId), version, chosen)));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response recordConsultationOpinion(UUID disputeId, String ifMatch, ConsultationOpinionRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the body and its opinion");
        return changed(() -> mediation.recordOpinion(caller.actor(), new MediateDisputeUseCase.RecordOpinion(id(disputeId), version,
                Models.as(ConsultationBody.class, request.getBody()), request.getOpinion())));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response concludeConsultation(UUID disputeId, String ifMatch, ConsultationConclusionRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the joint conclusion");
        return changed(() -> mediation.concludeConsultation(caller.actor(), new MediateDisputeUseCase.ConcludeConsultation(id(disputeId),
                version, request.getConclusion())));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response concludeDispute(UUID disputeId, String ifMatch, OutcomeRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the outcome");
        Outcome outcome = Fields.renaming(Map.of("on", "referredOn"), () -> outcomeOf(request));
        return changed(() -> mediation.conclude(caller.actor(), new MediateDisputeUseCase.Conclude(id(disputeId), version, outcome)));
    }

    private static Outcome outcomeOf(OutcomeRequestJson r) {
        if (r.getKind() == null) {
            throw new InvalidValueException("kind", "an outcome's kind is AGREEMENT, FAILURE or WITHDRAWAL");
        }
        return switch (r.getKind()) {
            case AGREEMENT -> {
                List<Outcome.Obligation> obligations = new ArrayList<>();
                var given = r.getObligations() == null ? List.<ObligationJson>of() : r.getObligations();
                for (int i = 0; i < given.size(); i++) {
                    var o = given.get(i);
                    String at = "obligations[" + i + "]";
                    if (o == null) {
                        throw new InvalidValueException(at, "an obligation is an object with a description");
                    }
                    obligations.add(Fields.as(at, () -> new Outcome.Obligation(o.getDescription(), Optional.ofNullable(o.getAmount()),
                            Optional.ofNullable(o.getDueOn()))));
                }
                yield new Outcome.Agreement(r.getTerms(), obligations, r.getSignatories(), Outcome.JudicialConfirmation.NONE);
            }
            case FAILURE -> new Outcome.Failure(r.getReason(), Models.as(Outcome.Referral.class, r.getReferral()), r.getBody(),
                    r.getReferredOn());
            case WITHDRAWAL -> new Outcome.Withdrawal(r.getReason());
        };
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response recordJudicialConfirmation(UUID disputeId, String ifMatch, JudicialConfirmationRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the status of the confirmation");
        return changed(() -> mediation.judicialConfirmation(caller.actor(), new MediateDisputeUseCase.JudicialConfirmationCommand(
                id(disputeId), version, Models.as(Outcome.JudicialConfirmation.class, request.getStatus()))));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response closeDispute(UUID disputeId, String ifMatch, DisputeRemarkJson request) {
        long version = ETags.expectedVersion(ifMatch);
        String remark = request == null ? null : request.getRemark();
        return changed(() -> mediation.close(caller.actor(), new MediateDisputeUseCase.Close(id(disputeId), version, remark)));
    }

    @Override
    @RolesAllowed({"MEDIATOR", "GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response recordDisputeFollowUp(UUID disputeId, String ifMatch, FollowUpRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "what the follow-up found");
        return changed(() -> mediation.followUp(caller.actor(), new MediateDisputeUseCase.RecordFollowUp(id(disputeId), version,
                Models.as(FollowUp.Result.class, request.getResult()), request.getNote())));
    }

    private static Response changed(Supplier<DisputeChanged> command) {
        DisputeChanged changed = Fields.renaming(FIELDS, command);
        return Response.ok(DisputeModels.change(changed)).tag(ETags.of(changed.dispute().dispute().version()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response one(DisputeView view, String accessPurpose) {
        disclosures.shown("dispute", List.of(view.dispute().id().toString()), accessPurpose);
        return Response.ok(DisputeModels.dispute(view)).tag(ETags.of(view.dispute().version()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private AreaCode area(String area) {
        return area == null ? caller.actor().jurisdiction() : Fields.as("area", () -> AreaCode.of(area));
    }

    private static DisputeId id(UUID disputeId) {
        return new DisputeId(disputeId);
    }

    /** A page of disputes shows each one's parties. */
    private Response page(String list, Slice<DisputeView> slice, String what, String accessPurpose) {
        disclosures.shown(what, slice.items().stream().map(d -> d.dispute().id().toString()).toList(), accessPurpose);
        DisputePageJson page = new DisputePageJson(slice.items().stream().map(DisputeModels::dispute).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
