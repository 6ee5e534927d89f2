package org.shizhi.adapters.rest.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.adapters.rest.api.ProgrammesApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.IdempotencyFilter;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.http.Times;
import org.shizhi.adapters.rest.model.EventCategoryJson;
import org.shizhi.adapters.rest.model.FindingKindJson;
import org.shizhi.adapters.rest.model.GridPostJson;
import org.shizhi.adapters.rest.model.NewNightVisitDisputeJson;
import org.shizhi.adapters.rest.model.NewNightVisitPetitionJson;
import org.shizhi.adapters.rest.model.NewVisitFindingJson;
import org.shizhi.adapters.rest.model.VisitFindingJson;
import org.shizhi.adapters.rest.model.VisitTaskJson;
import org.shizhi.adapters.rest.model.VisitTaskPageJson;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.programme.model.FindingKind;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.programme.port.in.ProgrammeQuery;
import org.shizhi.domain.programme.port.in.RecordFindingUseCase;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;

/** 平安夜访 over HTTP: the visit tasks programmes plan, and what residents raise on them. */
@Path("/")
@ApplicationScoped
public class ProgrammesResource implements ProgrammesApi {

    /** The dispute and petition intakes' fields as the finding request names them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("type", "dispute.type"),
            Map.entry("parties", "dispute.parties"), Map.entry("facts", "text"), Map.entry("claims", "dispute.claims"),
            Map.entry("amount", "dispute.amount"), Map.entry("peopleInvolved", "dispute.peopleInvolved"),
            Map.entry("reporter", "resident"), Map.entry("key", IdempotencyFilter.HEADER),
            // The petition intake's fields: a petition received already under the finding's key is its key reused.
            Map.entry("matter", "text"), Map.entry("agency", "petition.agency"), Map.entry("petitionId", IdempotencyFilter.HEADER));

    private final ProgrammeQuery programmes;
    private final RecordFindingUseCase findings;
    private final Caller caller;

    @Inject
    public ProgrammesResource(ProgrammeQuery programmes, RecordFindingUseCase findings, Caller caller) {
        this.programmes = programmes;
        this.findings = findings;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listVisitTasks(String code, LocalDate day, String cursor, Integer limit) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        if (day == null) {
            throw new InvalidValueException("day", "the day of the visits is required, e.g. 2026-11-17");
        }
        String list = "visit-tasks|" + area.value() + "|" + day;
        PageRequest request = Cursors.request(list, cursor, limit);
        Slice<VisitTask> result = Fields.renaming(Map.of("to", "day"),
                () -> programmes.visitTasks(caller.actor(), area, day, day, request));
        VisitTaskPageJson page = new VisitTaskPageJson(result.items().stream().map(ProgrammesResource::task).toList());
        Cursors.next(list, result.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getVisitTask(UUID taskId) {
        return Response.ok(task(programmes.visitTask(caller.actor(), new VisitTaskId(taskId)))).type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "INTEGRATOR"})
    public Response recordVisitFinding(UUID taskId, NewVisitFindingJson request, String idempotencyKey) {
        Requests.required(request, "the finding to record");
        Reporter resident = null;
        if (request.getResident() != null) {
            Optional<PhoneNumber> phone = Optional.ofNullable(request.getResident().getPhone())
                    .map(text -> Fields.as("resident.phone", () -> PhoneNumber.parse(text)));
            resident = Fields.renaming(FIELDS, () -> new Reporter(request.getResident().getName(), phone));
        }
        Optional<RecordFindingUseCase.DisputeDetails> dispute = Optional.ofNullable(request.getDispute()).map(ProgrammesResource::details);
        Optional<RecordFindingUseCase.PetitionDetails> petition = Optional.ofNullable(request.getPetition()).map(ProgrammesResource::details);
        // Without an Idempotency-Key each request is a finding of its own.
        String key = idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey;
        Reporter raisedBy = resident;
        RecordFindingUseCase.FindingRecorded recorded = Fields.renaming(FIELDS, () -> findings.recordFinding(caller.actor(),
                new RecordFindingUseCase.RecordFindingCommand(new VisitTaskId(taskId), key, Models.as(FindingKind.class, request.getKind()),
                        Models.as(EventCategory.class, request.getCategory()), request.getText(), raisedBy, dispute, petition)));
        var body = finding(recorded.finding());
        if (recorded.repeated()) {
            return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.created(URI.create("/api/v1/visit-tasks/" + taskId)).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static RecordFindingUseCase.DisputeDetails details(NewNightVisitDisputeJson d) {
        java.util.List<Party> parties = Models.parties(d.getParties(), "dispute.");
        int people = d.getPeopleInvolved() == null ? Math.max(1, parties.size()) : d.getPeopleInvolved();
        return new RecordFindingUseCase.DisputeDetails(d.getType(), parties, d.getClaims(), Optional.ofNullable(d.getAmount()), people,
                Models.risk(d.getRisk(), "dispute."), Boolean.TRUE.equals(d.getPetitionBacklog()));
    }

    private static RecordFindingUseCase.PetitionDetails details(NewNightVisitPetitionJson p) {
        Optional<IdNumber> idNumber = Optional.ofNullable(p.getIdNumber()).map(t -> Fields.as("petition.idNumber", () -> IdNumber.parse(t)));
        return new RecordFindingUseCase.PetitionDetails(p.getAgency(), idNumber);
    }

    static VisitTaskJson task(VisitTask t) {
        return new VisitTaskJson(t.id().value(), t.programme(), t.grid().value(), t.member().value(),
                Models.as(GridPostJson.class, t.post()), t.visitOn(), Times.at(t.plannedAt()),
                t.findings().stream().map(ProgrammesResource::finding).toList());
    }

    static VisitFindingJson finding(VisitFinding f) {
        String href = f.dispute().map(d -> "/api/v1/disputes/" + d)
                .or(() -> f.petition().map(p -> "/api/v1/petitions/" + p))
                .orElseGet(() -> "/api/v1/events/" + f.event().orElseThrow());
        var finding = new VisitFindingJson(f.key(),
                Models.as(FindingKindJson.class, f.kind()),
                Models.as(EventCategoryJson.class, f.category()), Times.at(f.recordedAt()), href);
        f.event().ifPresent(e -> finding.setEventId(e.value()));
        f.dispute().ifPresent(d -> finding.setDisputeId(d.value()));
        f.petition().ifPresent(p -> finding.setPetitionId(p.value()));
        return finding;
    }
}
