package org.shizhi.domain.grid.service;

import org.shizhi.domain.shared.Permission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase;
import org.shizhi.domain.grid.port.in.RegisterQuery;
import org.shizhi.domain.grid.port.in.ResidentView;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.port.out.GridRules;
import org.shizhi.domain.grid.port.out.RegisterRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.NotFoundException;

/**
 * The registers of the grids. Every read of a resident goes through {@link ResidentView#of}, here, with the caller's
 * privilege: no path returns a resident's personal data unmasked to a caller without {@code PERSONAL_DATA}.
 */
public final class RegisterService implements KeepRegistersUseCase, RegisterQuery {


    private final GridRepository grids;
    private final RegisterRepository registers;
    private final GridRules rules;

    /** Without city grid rules ({@link GridRules#NONE}). */
    public RegisterService(GridRepository grids, RegisterRepository registers, GridRules rules) {
        this.grids = Objects.requireNonNull(grids);
        this.registers = Objects.requireNonNull(registers);
        this.rules = Objects.requireNonNull(rules);
    }

    @Override
    public DwellingRegistered registerDwelling(Actor actor, RegisterDwellingCommand command) {
        actor.require(Permission.KEEP_REGISTERS);
        Grid grid = grid(actor, command.grid());
        Dwelling dwelling = new Dwelling(DwellingId.random(), grid.code(), command.address(), command.households(), 1);
        checkAdding(grid.code(), dwelling.households(), 1);
        registers.addDwelling(dwelling);
        return new DwellingRegistered(dwelling.id(), dwelling.grid(), dwelling.version());
    }

    @Override
    public DwellingChanged changeHouseholds(Actor actor, ChangeHouseholdsCommand command) {
        actor.require(Permission.KEEP_REGISTERS);
        Dwelling dwelling = loadDwelling(actor, command.dwelling());
        Access.requireVersion("dwelling", dwelling.id(), dwelling.version(), command.expectedVersion());
        Dwelling changed = dwelling.withHouseholds(command.households());
        checkAdding(dwelling.grid(), changed.households() - dwelling.households(), 0);
        registers.updateDwelling(changed, dwelling.version());
        return new DwellingChanged(changed.id(), changed.households(), changed.version());
    }

    @Override
    public ResidentRegistered registerResident(Actor actor, RegisterResidentCommand command) {
        actor.require(Permission.KEEP_REGISTERS);
        Dwelling dwelling = loadDwelling(actor, command.dwelling());
        Resident resident = new Resident(ResidentId.random(), dwelling.id(), dwelling.grid(), command.name(),
                command.idNumber(), command.mobile());
        registers.addResident(resident);
        return new ResidentRegistered(resident.id(), resident.dwelling(), resident.grid());
    }

    @Override
    public ResidentRemoved removeResident(Actor actor, RemoveResidentCommand command) {
        actor.require(Permission.KEEP_REGISTERS);
        Resident resident = loadResident(actor, command.resident());
        registers.removeResident(resident.id());
        return new ResidentRemoved(resident.id(), resident.grid(), command.reason());
    }

    @Override
    public OrganisationRegistered registerOrganisation(Actor actor, RegisterOrganisationCommand command) {
        actor.require(Permission.KEEP_REGISTERS);
        Grid grid = grid(actor, command.grid());
        Organisation organisation = new Organisation(OrganisationId.random(), grid.code(), command.name(), command.creditCode(),
                command.kind(), command.address());
        registers.addOrganisation(organisation);
        return new OrganisationRegistered(organisation.id(), organisation.grid());
    }

    @Override
    public RegisterCounts counts(Actor actor, AreaCode area) {
        actor.require(Permission.READ_REGISTER_COUNTS);
        actor.requireJurisdiction(area, "area", area);
        return registers.countsWithin(area);
    }

    @Override
    public Slice<Dwelling> dwellings(Actor actor, GridCode grid, PageRequest page) {
        actor.require(Permission.READ_REGISTERS);
        return registers.dwellingsOf(grid(actor, grid).code(), page);
    }

    @Override
    public Dwelling dwelling(Actor actor, DwellingId id) {
        actor.require(Permission.READ_REGISTERS);
        return loadDwelling(actor, id);
    }

    @Override
    public Slice<ResidentView> residents(Actor actor, GridCode grid, PageRequest page) {
        actor.require(Permission.READ_REGISTERS);
        PersonalData shown = Access.shownTo(actor);
        return registers.residentsOf(grid(actor, grid).code(), page).map(r -> ResidentView.of(r, shown));
    }

    @Override
    public ResidentView resident(Actor actor, ResidentId id) {
        actor.require(Permission.READ_REGISTERS);
        return ResidentView.of(loadResident(actor, id), Access.shownTo(actor));
    }

    @Override
    public Slice<Organisation> organisations(Actor actor, GridCode grid, PageRequest page) {
        actor.require(Permission.READ_REGISTERS);
        return registers.organisationsOf(grid(actor, grid).code(), page);
    }

    @Override
    public Organisation organisation(Actor actor, OrganisationId id) {
        actor.require(Permission.READ_REGISTERS);
        return registers.findOrganisation(id).filter(o -> actor.answersFor(o.grid().community()))
                .orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private Grid grid(Actor actor, GridCode code) {
        return grids.find(code).filter(g -> actor.answersFor(g.community()))
                .orElseThrow(() -> new NotFoundException("grid", code));
    }

    /**
     * Refuses adding {@code households} (and {@code dwellings}) to a grid if the grid or one above it would then break
     * a refusing rule of its city. Taking households away is never refused.
     */
    private void checkAdding(GridCode code, long households, long dwellings) {
        if (households <= 0) {
            return;
        }
        AreaCode community = code.community();
        Map<GridCode, RegisterCounts> own = new HashMap<>(registers.countsByGrid(community));
        own.merge(code, new RegisterCounts(dwellings, households, 0, 0), RegisterCounts::plus);
        GridRuleCheck check = new GridRuleCheck(grids.ofCommunity(community), own);
        for (Grid grid : check.upwardFrom(code)) {
            GridRuleCheck.enforce(rules, check.structure(grid));
        }
    }

    private Dwelling loadDwelling(Actor actor, DwellingId id) {
        return registers.findDwelling(id).filter(d -> actor.answersFor(d.grid().community()))
                .orElseThrow(() -> new NotFoundException("dwelling", id));
    }

    private Resident loadResident(Actor actor, ResidentId id) {
        return registers.findResident(id).filter(r -> actor.answersFor(r.grid().community()))
                .orElseThrow(() -> new NotFoundException("resident", id));
    }
}
