package org.shizhi.adapters.rest.grid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.shizhi.adapters.rest.api.AreasApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.model.AdminLevelJson;
import org.shizhi.adapters.rest.model.AreaJson;
import org.shizhi.adapters.rest.model.AreaListJson;
import org.shizhi.adapters.rest.model.AreasRegisteredJson;
import org.shizhi.adapters.rest.model.NewAreaJson;
import org.shizhi.adapters.rest.model.RegisterAreasRequestJson;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.port.in.RegisterAreasUseCase;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/** The generated contract carries the paths on its methods, so the class sits at the root. */
@Path("/")
@ApplicationScoped
public class AreasResource implements AreasApi {

    private final AreaQuery areas;
    private final RegisterAreasUseCase registration;
    private final Caller caller;

    @Inject
    public AreasResource(AreaQuery areas, RegisterAreasUseCase registration, Caller caller) {
        this.areas = areas;
        this.registration = registration;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getArea(String code) {
        return Response.ok(toModel(areas.area(caller.actor(), pathCode(code)))).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listAreaChildren(String code) {
        List<AreaJson> items = areas.children(caller.actor(), pathCode(code)).stream()
                .map(AreasResource::toModel).toList();
        return Response.ok(new AreaListJson(items)).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response registerAreas(RegisterAreasRequestJson request, String idempotencyKey) {
        // Idempotency-Key is handled for every create by IdempotencyFilter.
        if (request == null || request.getAreas() == null) {
            throw new InvalidValueException("areas", "at least one area is required");
        }
        List<NewAreaJson> given = request.getAreas();
        List<Area> batch = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            NewAreaJson area = given.get(i);
            String prefix = "areas[" + i + "]";
            if (area == null) {
                throw new InvalidValueException(prefix, "an area must be an object with code and name");
            }
            AreaCode code = Fields.as(prefix + ".code", () -> AreaCode.of(area.getCode()));
            batch.add(Fields.at(prefix, () -> new Area(code, area.getName())));
        }
        var registered = registration.register(caller.actor(), new RegisterAreasCommand(batch));
        // A batch has no single home: point at the first area, the root of what was added.
        URI location = URI.create("/api/v1/areas/" + batch.getFirst().code());
        return Response.created(location).entity(new AreasRegisteredJson(registered.count())).build();
    }

    private static AreaCode pathCode(String code) {
        return Fields.as("code", () -> AreaCode.of(code));
    }

    static AreaJson toModel(Area area) {
        var model = new AreaJson(area.code().toString(), area.name(), AdminLevelJson.valueOf(area.level().name()));
        area.parentCode()
                .filter(parent -> AdminLevel.CITY.isAbove(area.level()))
                .ifPresent(parent -> model.setParentCode(parent.toString()));
        return model;
    }
}
