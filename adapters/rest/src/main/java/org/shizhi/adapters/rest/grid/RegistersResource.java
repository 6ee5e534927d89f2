package org.shizhi.adapters.rest.grid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.adapters.rest.api.RegistersApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.model.DwellingHouseholdsChangedJson;
import org.shizhi.adapters.rest.model.DwellingHouseholdsJson;
import org.shizhi.adapters.rest.model.DwellingJson;
import org.shizhi.adapters.rest.model.DwellingPageJson;
import org.shizhi.adapters.rest.model.NewDwellingJson;
import org.shizhi.adapters.rest.model.NewOrganisationJson;
import org.shizhi.adapters.rest.model.NewResidentJson;
import org.shizhi.adapters.rest.model.OrganisationPageJson;
import org.shizhi.adapters.rest.model.ResidentPageJson;
import org.shizhi.adapters.rest.model.ResidentRegisteredJson;
import org.shizhi.adapters.rest.model.ResidentRemovedJson;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.grid.model.OrganisationKind;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase;
import org.shizhi.domain.grid.port.in.RegisterQuery;
import org.shizhi.domain.grid.port.in.ResidentView;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The base registers (人口、房屋、单位). Keepers ({@code GRID_WORKER}, {@code COMMUNITY_STAFF}, {@code CITY_ADMIN},
 * {@code INTEGRATOR}) write; readers ({@code GRID_WORKER}, {@code COMMUNITY_STAFF}, {@code STREET_OFFICER},
 * {@code CITY_ADMIN}, {@code AUDITOR}) list and read one; the counts are for every role. Residents come masked or clear from the
 * domain's {@link ResidentView}, as the caller's privilege decides there.
 */
@Path("/")
@ApplicationScoped
public class RegistersResource implements RegistersApi {

    private final KeepRegistersUseCase keeping;
    private final RegisterQuery registers;
    private final Caller caller;
    private final Disclosures disclosures;

    @Inject
    public RegistersResource(KeepRegistersUseCase keeping, RegisterQuery registers, Caller caller, Disclosures disclosures) {
        this.keeping = keeping;
        this.registers = registers;
        this.caller = caller;
        this.disclosures = disclosures;
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getRegisterCounts(String code) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        return json(Response.ok(Models.counts(registers.counts(caller.actor(), area))));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "CITY_ADMIN", "INTEGRATOR"})
    public Response registerDwelling(String gridCode, NewDwellingJson request, String idempotencyKey) {
        GridCode grid = GridsResource.code(gridCode);
        Requests.required(request, "a dwelling with address and households");
        var command = new KeepRegistersUseCase.RegisterDwellingCommand(grid, request.getAddress(),
                Requests.number(request.getHouseholds(), "households"));
        var registered = keeping.registerDwelling(caller.actor(), command);
        var body = new DwellingJson(registered.dwelling().value(), registered.grid().value(),
                command.address(), command.households(), registered.version());
        return json(Response.created(URI.create("/api/v1/dwellings/" + registered.dwelling().value()))
                .tag(ETags.of(registered.version())).entity(body));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response listGridDwellings(String gridCode, String cursor, Integer limit) {
        GridCode grid = GridsResource.code(gridCode);
        String list = "dwellings|" + grid;
        Slice<Dwelling> result = registers.dwellings(caller.actor(), grid, Cursors.request(list, cursor, limit));
        var page = new DwellingPageJson(result.items().stream().map(Models::dwelling).toList());
        Cursors.next(list, result.next()).ifPresent(page::setNextCursor);
        return json(Response.ok(page));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response getDwelling(UUID dwellingId) {
        Dwelling dwelling = registers.dwelling(caller.actor(), new DwellingId(dwellingId));
        return json(Response.ok(Models.dwelling(dwelling)).tag(ETags.of(dwelling.version())));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "CITY_ADMIN", "INTEGRATOR"})
    public Response changeDwellingHouseholds(UUID dwellingId, String ifMatch, DwellingHouseholdsJson request) {
        long expected = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the households living in the dwelling");
        int households = Requests.number(request.getHouseholds(), "households");
        var changed = Fields.renaming(ETags.VERSION_FIELDS, () -> keeping.changeHouseholds(caller.actor(),
                new KeepRegistersUseCase.ChangeHouseholdsCommand(new DwellingId(dwellingId), expected, households)));
        return json(Response.ok(new DwellingHouseholdsChangedJson(changed.dwelling().value(), changed.households(), changed.version()))
                .tag(ETags.of(changed.version())));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "CITY_ADMIN", "INTEGRATOR"})
    public Response registerResident(UUID dwellingId, NewResidentJson request, String idempotencyKey) {
        Requests.required(request, "a resident with name and ID number");
        IdNumber idNumber = request.getIdNumber() == null ? null : Fields.as("idNumber", () -> IdNumber.parse(request.getIdNumber()));
        Optional<PhoneNumber> mobile = Optional.ofNullable(request.getMobile())
                .map(text -> Fields.as("mobile", () -> PhoneNumber.parse(text)));
        var registered = keeping.registerResident(caller.actor(), new KeepRegistersUseCase.RegisterResidentCommand(
                new DwellingId(dwellingId), request.getName(), idNumber, mobile));
        return json(Response.created(URI.create("/api/v1/residents/" + registered.resident().value()))
                .entity(new ResidentRegisteredJson(registered.resident().value(), registered.dwelling().value(),
                        registered.grid().value())));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response listGridResidents(String gridCode, String cursor, Integer limit, String accessPurpose) {
        GridCode grid = GridsResource.code(gridCode);
        String list = "residents|" + grid;
        Slice<ResidentView> result = registers.residents(caller.actor(), grid, Cursors.request(list, cursor, limit));
        disclosures.shown("residents of grid " + grid, result.items().stream().map(r -> r.id().toString()).toList(), accessPurpose);
        var page = new ResidentPageJson(result.items().stream().map(Models::resident).toList());
        Cursors.next(list, result.next()).ifPresent(page::setNextCursor);
        return json(Response.ok(page));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response getResident(UUID residentId, String accessPurpose) {
        ResidentView resident = registers.resident(caller.actor(), new ResidentId(residentId));
        disclosures.shown("resident", List.of(resident.id().toString()), accessPurpose);
        return json(Response.ok(Models.resident(resident)));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "CITY_ADMIN", "INTEGRATOR"})
    public Response removeResident(UUID residentId, String reason) {
        var removed = keeping.removeResident(caller.actor(), new KeepRegistersUseCase.RemoveResidentCommand(
                new ResidentId(residentId), reason));
        return json(Response.ok(new ResidentRemovedJson(removed.resident().value(), removed.grid().value(), removed.reason())));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "CITY_ADMIN", "INTEGRATOR"})
    public Response registerOrganisation(String gridCode, NewOrganisationJson request, String idempotencyKey) {
        GridCode grid = GridsResource.code(gridCode);
        Requests.required(request, "an organisation with name, credit code, kind and address");
        UnifiedSocialCreditCode creditCode = request.getCreditCode() == null ? null
                : Fields.as("creditCode", () -> UnifiedSocialCreditCode.parse(request.getCreditCode()));
        var command = new KeepRegistersUseCase.RegisterOrganisationCommand(grid, request.getName(), creditCode,
                Models.as(OrganisationKind.class, request.getKind()), request.getAddress());
        var registered = keeping.registerOrganisation(caller.actor(), command);
        var organisation = new Organisation(registered.organisation(), registered.grid(), command.name(), command.creditCode(),
                command.kind(), command.address());
        return json(Response.created(URI.create("/api/v1/organisations/" + registered.organisation().value()))
                .entity(Models.organisation(organisation)));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response listGridOrganisations(String gridCode, String cursor, Integer limit) {
        GridCode grid = GridsResource.code(gridCode);
        String list = "organisations|" + grid;
        Slice<Organisation> result = registers.organisations(caller.actor(), grid, Cursors.request(list, cursor, limit));
        var page = new OrganisationPageJson(result.items().stream().map(Models::organisation).toList());
        Cursors.next(list, result.next()).ifPresent(page::setNextCursor);
        return json(Response.ok(page));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response getOrganisation(UUID organisationId) {
        return json(Response.ok(Models.organisation(registers.organisation(caller.actor(), new OrganisationId(organisationId)))));
    }

    private static Response json(Response.ResponseBuilder response) {
        return response.type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
