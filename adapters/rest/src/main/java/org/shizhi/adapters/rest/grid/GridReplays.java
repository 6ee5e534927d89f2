package org.shizhi.adapters.rest.grid;

import static org.shizhi.adapters.rest.http.ReplayRule.UUID;
import static org.shizhi.adapters.rest.http.ReplayRule.splice;
import static org.shizhi.adapters.rest.http.ReplayRule.stored;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.grid.port.in.EventQuery;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.port.in.RegisterQuery;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.NotFoundException;

/** The grid context's creates given again: areas, grids and their members, the registers, events and summonses. */
@ApplicationScoped
public class GridReplays implements ReplayRules {

    private final List<ReplayRule> rules;

    @Inject
    public GridReplays(EventQuery events, GridQuery grids, RegisterQuery registers, AreaQuery areas, Caller caller,
                       Disclosures disclosures, org.shizhi.domain.grid.port.in.TrainingQuery trainings) {
        this.rules = List.of(
                ReplayRule.of("/api/v1/trainings/" + UUID, (m, answer) -> Response.status(answer.status()).entity(GridsResource.training(
                        trainings.training(caller.actor(), new org.shizhi.domain.grid.model.TrainingAttendance.Id(
                                java.util.UUID.fromString(m.group(1))))))),
                // reportEvent (EventReported) and summonDepartments (EventChange) both carry the event
                ReplayRule.of("/api/v1/events/" + UUID + "(?:/summonses/" + UUID + ")?", (m, answer) -> {
                    GridEventView event = events.event(caller.actor(), new GridEventId(java.util.UUID.fromString(m.group(1))));
                    disclosures.shown("event (a create given again)", List.of(event.id().toString()), null);
                    return Response.status(answer.status()).tag(ETags.of(event.version()))
                            .entity(splice(answer.body(), "event", Models.event(event)));
                }),
                ReplayRule.of("/api/v1/grids/([^/]+)/members/" + UUID, (m, answer) -> {
                    GridView grid = grids.grid(caller.actor(), GridsResource.code(m.group(1)));
                    java.util.UUID member = java.util.UUID.fromString(m.group(2));
                    if (grid.members().stream().noneMatch(x -> x.id().value().equals(member))) {
                        throw new NotFoundException("member", member + " on grid " + grid.code());
                    }
                    return stored(answer);
                }),
                ReplayRule.of("/api/v1/grids/([^/]+)", (m, answer) -> {
                    GridView grid = grids.grid(caller.actor(), GridsResource.code(m.group(1)));
                    disclosures.shown("grid " + grid.code().value() + " (a create given again)",
                            grid.members().stream().map(x -> x.id().value().toString()).toList(), null);
                    return Response.status(answer.status()).tag(ETags.of(grid.version())).entity(Models.grid(grid));
                }),
                ReplayRule.of("/api/v1/dwellings/" + UUID, (m, answer) -> {
                    var dwelling = registers.dwelling(caller.actor(), new DwellingId(java.util.UUID.fromString(m.group(1))));
                    return Response.status(answer.status()).tag(ETags.of(dwelling.version())).entity(Models.dwelling(dwelling));
                }),
                ReplayRule.of("/api/v1/residents/" + UUID, (m, answer) -> {
                    // the answer (ResidentRegistered) holds ids only: the read is the access check
                    registers.resident(caller.actor(), new ResidentId(java.util.UUID.fromString(m.group(1))));
                    return stored(answer);
                }),
                ReplayRule.of("/api/v1/organisations/" + UUID, (m, answer) -> Response.status(answer.status()).entity(
                        Models.organisation(registers.organisation(caller.actor(), new OrganisationId(java.util.UUID.fromString(m.group(1))))))),
                ReplayRule.of("/api/v1/areas/(\\d+)", (m, answer) -> {
                    areas.area(caller.actor(), Fields.as("code", () -> AreaCode.of(m.group(1))));
                    return stored(answer);
                }));
    }

    @Override
    public List<ReplayRule> rules() {
        return rules;
    }
}
