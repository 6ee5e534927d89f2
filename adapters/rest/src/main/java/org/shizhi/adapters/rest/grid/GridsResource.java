package org.shizhi.adapters.rest.grid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.adapters.rest.api.GridsApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.GeoJson;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.model.GeoJsonPolygonJson;
import org.shizhi.adapters.rest.model.GridMemberAssignedJson;
import org.shizhi.adapters.rest.model.GridMemberReleasedJson;
import org.shizhi.adapters.rest.model.GridPageJson;
import org.shizhi.adapters.rest.model.NewGridJson;
import org.shizhi.adapters.rest.model.NewGridMemberJson;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.grid.port.in.RecordTrainingUseCase;
import org.shizhi.domain.grid.port.in.TrainingQuery;
import org.shizhi.adapters.rest.model.NewTrainingAttendanceJson;
import org.shizhi.adapters.rest.model.TrainingAttendanceJson;
import org.shizhi.adapters.rest.model.TrainingAttendancePageJson;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;

/** Grids, their boundaries and the people on them. Roles as the use cases' javadoc gives them. */
@Path("/")
@ApplicationScoped
public class GridsResource implements GridsApi {

    private final GridQuery grids;
    private final ManageGridsUseCase management;
    private final StaffGridsUseCase staffing;
    private final Caller caller;
    private final Disclosures disclosures;
    private final RecordTrainingUseCase training;
    private final TrainingQuery trainings;

    @Inject
    public GridsResource(GridQuery grids, ManageGridsUseCase management, StaffGridsUseCase staffing, Caller caller,
                         Disclosures disclosures, RecordTrainingUseCase training, TrainingQuery trainings) {
        this.training = training;
        this.trainings = trainings;
        this.grids = grids;
        this.management = management;
        this.staffing = staffing;
        this.caller = caller;
        this.disclosures = disclosures;
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response createGrid(NewGridJson request, String idempotencyKey) {
        // Idempotency-Key is handled for every create by IdempotencyFilter.
        Requests.required(request, "a grid to create");
        AreaCode community = Fields.as("community", () -> AreaCode.of(request.getCommunity()));
        Optional<GridCode> parent = Optional.ofNullable(request.getParentCode())
                .map(code -> Fields.as("parentCode", () -> GridCode.parse(code)));
        var boundary = GeoJson.boundary(request.getBoundary(), "boundary.");
        var created = Fields.renaming(Map.of("parent", "parentCode"), () -> management.createGrid(caller.actor(),
                new ManageGridsUseCase.CreateGridCommand(community, Models.as(GridTier.class, request.getTier()),
                        request.getName(), parent, boundary)));
        GridView grid = grids.grid(caller.actor(), created.code());
        return Response.created(URI.create("/api/v1/grids/" + created.code().value()))
                .tag(ETags.of(grid.version()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Models.grid(grid))
                .build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getGrid(String gridCode, String accessPurpose) {
        GridView grid = grids.grid(caller.actor(), code(gridCode));
        disclosures.shown("grid " + grid.code().value(), memberIds(List.of(grid)), accessPurpose);
        return gridAnswer(grid);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listCommunityGrids(String code, String cursor, Integer limit, String accessPurpose) {
        AreaCode community = Fields.as("code", () -> AreaCode.of(code));
        if (community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("code", "grids belong to a community, and " + community + " is a "
                    + community.level() + " code");
        }
        String list = "community-grids|" + community;
        Slice<GridView> page = grids.gridsOfCommunity(caller.actor(), community, Cursors.request(list, cursor, limit));
        return page(list, page, "grids of community " + community, accessPurpose);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listGridsLackingResponsibleWorker(String code, String cursor, Integer limit, String accessPurpose) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        String list = "grids-lacking-responsible-worker|" + area;
        Slice<GridView> page = grids.withoutResponsibleWorker(caller.actor(), area, Cursors.request(list, cursor, limit));
        return page(list, page, "grids lacking a responsible worker in " + area, accessPurpose);
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response redrawGridBoundary(String gridCode, String ifMatch, GeoJsonPolygonJson polygon) {
        GridCode code = code(gridCode);
        long expected = ETags.expectedVersion(ifMatch);
        Requests.required(polygon, "a GeoJSON Polygon");
        var boundary = GeoJson.boundary(polygon, "");
        Fields.renaming(ETags.VERSION_FIELDS, () -> management.redrawBoundary(caller.actor(),
                new ManageGridsUseCase.RedrawBoundaryCommand(code, expected, boundary)));
        return gridAnswer(grids.grid(caller.actor(), code));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response removeGridBoundary(String gridCode, String ifMatch) {
        GridCode code = code(gridCode);
        long expected = ETags.expectedVersion(ifMatch);
        Fields.renaming(ETags.VERSION_FIELDS, () -> management.redrawBoundary(caller.actor(),
                new ManageGridsUseCase.RedrawBoundaryCommand(code, expected, Optional.empty())));
        return gridAnswer(grids.grid(caller.actor(), code));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "COMMUNITY_STAFF"})
    public Response assignGridMember(String gridCode, String ifMatch, NewGridMemberJson request, String idempotencyKey) {
        GridCode code = code(gridCode);
        long expected = ETags.expectedVersion(ifMatch);
        Requests.required(request, "a person to put on the grid");
        PhoneNumber contact = request.getContact() == null ? null : Fields.as("contact", () -> PhoneNumber.parse(request.getContact()));
        var assigned = Fields.renaming(ETags.VERSION_FIELDS, () -> staffing.assign(caller.actor(),
                new StaffGridsUseCase.AssignMemberCommand(code, expected, Models.as(GridPost.class, request.getPost()),
                        request.getName(), contact)));
        var body = new GridMemberAssignedJson(assigned.grid().value(), assigned.member().value(), assigned.version());
        assigned.replaced().ifPresent(replaced -> body.setReplacedMemberId(replaced.value()));
        return Response.created(URI.create("/api/v1/grids/" + code.value() + "/members/" + assigned.member().value()))
                .tag(ETags.of(assigned.version()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getGridMember(String gridCode, UUID memberId, String accessPurpose) {
        GridCode code = code(gridCode);
        GridView grid = grids.grid(caller.actor(), code);
        GridView.MemberView member = grid.members().stream().filter(m -> m.id().value().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member", memberId + " on grid " + code));
        disclosures.shown("member of grid " + code.value(), List.of(member.id().value().toString()), accessPurpose);
        return Response.ok(Models.member(member)).tag(ETags.of(grid.version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "COMMUNITY_STAFF"})
    public Response releaseGridMember(String gridCode, UUID memberId, String ifMatch) {
        GridCode code = code(gridCode);
        long expected = ETags.expectedVersion(ifMatch);
        var released = Fields.renaming(ETags.VERSION_FIELDS, () -> staffing.release(caller.actor(),
                new StaffGridsUseCase.ReleaseMemberCommand(code, expected, new MemberId(memberId))));
        var body = new GridMemberReleasedJson(released.grid().value(), released.member().value(),
                released.gridLacksResponsibleWorker(), released.version());
        return Response.ok(body).tag(ETags.of(released.version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response recordGridWorkerTraining(String gridCode, UUID memberId, NewTrainingAttendanceJson request, String idempotencyKey) {
        GridCode code = code(gridCode);
        Requests.required(request, "the training attended");
        if (request.getHours() == null) {
            throw new InvalidValueException("hours", "required");
        }
        TrainingAttendance recorded = training.record(caller.actor(), RecordTrainingUseCase.RecordTraining.of(code, new MemberId(memberId),
                request.getCourse(), request.getAttendedOn(), request.getHours()));
        return Response.created(URI.create("/api/v1/trainings/" + recorded.id().value())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(training(recorded)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listGridWorkerTrainings(String gridCode, UUID memberId, String cursor, Integer limit) {
        GridCode code = code(gridCode);
        var actor = caller.actor();
        return Response.ok(Cursors.page("trainings|" + code.value() + "|" + memberId, cursor, limit,
                page -> trainings.trainings(actor, code, new MemberId(memberId), page), GridsResource::training,
                new TrainingAttendancePageJson()::items, TrainingAttendancePageJson::setNextCursor)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getGridWorkerTraining(UUID trainingId) {
        return Response.ok(training(trainings.training(caller.actor(), new TrainingAttendance.Id(trainingId))))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static TrainingAttendanceJson training(TrainingAttendance t) {
        return new TrainingAttendanceJson(t.id().value(), t.grid().value(), t.worker().value(), t.course(), t.attendedOn(), t.hours(),
                org.shizhi.adapters.rest.http.Times.at(t.recordedAt()), t.recordedBy().subject());
    }

    public static GridCode code(String gridCode) {
        return Fields.as("gridCode", () -> GridCode.parse(gridCode));
    }

    private static Response gridAnswer(GridView grid) {
        return Response.ok(Models.grid(grid)).tag(ETags.of(grid.version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The grid members whose names and mobiles the grids show. */
    private static List<String> memberIds(List<GridView> grids) {
        return grids.stream().flatMap(g -> g.members().stream()).map(m -> m.id().value().toString()).toList();
    }

    private Response page(String list, Slice<GridView> slice, String what, String accessPurpose) {
        disclosures.shown(what, memberIds(slice.items()), accessPurpose);
        GridPageJson page = new GridPageJson(slice.items().stream().map(Models::grid).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
