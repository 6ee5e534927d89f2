package org.shizhi.domain.grid.service;

import org.shizhi.domain.shared.Permission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.GridWorkerPlacesQuery;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.port.out.GridRules;
import org.shizhi.domain.grid.port.out.RegisterRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.NotFoundException;

/** Grids, their people and their counts. Roles per method: see the use-case interfaces. */
public final class GridService implements ManageGridsUseCase, StaffGridsUseCase, GridQuery, GridWorkerPlacesQuery {

    private final AreaRepository areas;
    private final GridRepository grids;
    private final RegisterRepository registers;
    private final GridRules rules;

    /** Without city grid rules ({@link GridRules#NONE}). */
    public GridService(AreaRepository areas, GridRepository grids, RegisterRepository registers, GridRules rules) {
        this.areas = Objects.requireNonNull(areas);
        this.grids = Objects.requireNonNull(grids);
        this.registers = Objects.requireNonNull(registers);
        this.rules = Objects.requireNonNull(rules);
    }

    @Override
    public GridCreated createGrid(Actor actor, CreateGridCommand command) {
        actor.require(Permission.MANAGE_GRIDS);
        AreaCode community = command.community();
        actor.requireJurisdiction(community, "community", community);
        areas.find(community).orElseThrow(() -> new NotFoundException("community", community));
        List<Grid> existing = grids.ofCommunity(community);
        Optional<Grid> parent = command.parent().map(code -> existing.stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("grid", code)));
        GridTier tier = command.tier();
        parent.ifPresent(p -> {
            if (!tier.mayHaveParent(p.tier())) {
                throw new ConflictException("parent", "a " + tier + " grid cannot lie under grid " + p.code() + ", a " + p.tier() + " grid");
            }
        });
        GridCode code = switch (tier) {
            case TOTAL -> {
                existing.stream().filter(g -> g.tier() == GridTier.TOTAL).findFirst().ifPresent(total -> {
                    throw new ConflictException("tier", "community " + community + " already has its total grid " + total.code());
                });
                yield GridCode.of(community, 0);
            }
            case BUILDING -> {
                GridCode enclosing = parent.orElseThrow().code();
                int last = existing.stream().map(Grid::code).filter(c -> c.enclosingGrid().filter(enclosing::equals).isPresent())
                        .mapToInt(GridCode::serial).max().orElse(0);
                if (last >= GridCode.MAX_SERIAL) {
                    throw new ConflictException("parent", "grid " + enclosing + " already has " + GridCode.MAX_SERIAL + " building sub-grids");
                }
                yield enclosing.building(last + 1);
            }
            default -> {
                int last = existing.stream().map(Grid::code).filter(c -> !c.isBuilding()).mapToInt(GridCode::serial).max().orElse(0);
                if (last >= GridCode.MAX_SERIAL) {
                    throw new ConflictException("community", "community " + community + " already has " + GridCode.MAX_SERIAL + " grids");
                }
                yield GridCode.of(community, last + 1);
            }
        };
        Grid grid = Grid.create(code, tier, command.name(), command.parent(), command.boundary());
        GridRuleCheck.enforce(rules, new GridStructure(grid.code(), tier, grid.name(), parent.map(Grid::tier), 0, RegisterCounts.NONE));
        grids.add(grid);
        return new GridCreated(grid.code(), grid.tier(), grid.version());
    }

    @Override
    public GridChanged redrawBoundary(Actor actor, RedrawBoundaryCommand command) {
        actor.require(Permission.MANAGE_GRIDS);
        Grid grid = load(actor, command.grid());
        Access.requireVersion("grid", grid.code(), grid.version(), command.expectedVersion());
        Grid redrawn = grid.withBoundary(command.boundary());
        grids.update(redrawn, grid.version());
        return new GridChanged(redrawn.code(), redrawn.version());
    }

    @Override
    public MemberAssigned assign(Actor actor, AssignMemberCommand command) {
        actor.require(Permission.STAFF_GRIDS);
        Grid grid = load(actor, command.grid());
        Access.requireVersion("grid", grid.code(), grid.version(), command.expectedVersion());
        GridMember member = new GridMember(MemberId.random(), command.post(), command.name(), command.contact());
        Grid.Staffed staffed = grid.assign(member);
        enforceOnStaffing(grid, staffed.grid());
        grids.update(staffed.grid(), grid.version());
        return new MemberAssigned(grid.code(), member.id(), staffed.replaced().map(GridMember::id), staffed.grid().version());
    }

    @Override
    public MemberReleased release(Actor actor, ReleaseMemberCommand command) {
        actor.require(Permission.STAFF_GRIDS);
        Grid grid = load(actor, command.grid());
        Access.requireVersion("grid", grid.code(), grid.version(), command.expectedVersion());
        Grid released = grid.release(command.member());
        enforceOnStaffing(grid, released);
        grids.update(released, grid.version());
        return new MemberReleased(grid.code(), command.member(), released.lacksResponsibleWorker(), released.version());
    }

    @Override
    public List<GridCode> gridsOf(Actor actor, org.shizhi.domain.grid.model.MemberId member) {
        return grids.gridsOf(member).stream().filter(g -> actor.answersFor(g.community())).toList();
    }

    @Override
    public GridView grid(Actor actor, GridCode code) {
        actor.require(Permission.READ_GRIDS);
        Grid grid = load(actor, code);
        List<Grid> community = grids.ofCommunity(grid.community());
        Map<GridCode, RegisterCounts> counts = rolledUp(community, registers.countsByGrid(grid.community()));
        return GridView.of(grid, counts.getOrDefault(code, RegisterCounts.NONE), Access.shownTo(actor));
    }

    @Override
    public Slice<GridView> gridsOfCommunity(Actor actor, AreaCode community, PageRequest page) {
        actor.require(Permission.READ_GRIDS);
        actor.requireJurisdiction(community, "community", community);
        Slice<Grid> grids = this.grids.ofCommunity(community, page);
        if (grids.items().isEmpty()) {
            return Slice.empty();
        }
        // Counts roll up the grids below, which may lie on other pages: the community's tree is read for them.
        Map<GridCode, RegisterCounts> counts = rolledUp(this.grids.ofCommunity(community), registers.countsByGrid(community));
        PersonalData shown = Access.shownTo(actor);
        return grids.map(g -> GridView.of(g, counts.getOrDefault(g.code(), RegisterCounts.NONE), shown));
    }

    /** Counts are rolled up per community on the page: one pair of queries for each distinct community. */
    @Override
    public Slice<GridView> withoutResponsibleWorker(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_GRIDS);
        actor.requireJurisdiction(area, "area", area);
        Slice<Grid> gaps = grids.withoutResponsibleWorker(area, page);
        Map<AreaCode, Map<GridCode, RegisterCounts>> byCommunity = new LinkedHashMap<>();
        for (Grid grid : gaps.items()) {
            byCommunity.computeIfAbsent(grid.community(),
                    c -> rolledUp(grids.ofCommunity(c), registers.countsByGrid(c)));
        }
        PersonalData shown = Access.shownTo(actor);
        return gaps.map(g -> GridView.of(g, byCommunity.get(g.community()).getOrDefault(g.code(), RegisterCounts.NONE), shown));
    }

    @Override
    public List<GridRuleViolation> ruleViolations(Actor actor, AreaCode community) {
        actor.require(Permission.READ_GRIDS);
        actor.requireJurisdiction(community, "community", community);
        List<Grid> all = grids.ofCommunity(community);
        GridRuleCheck check = new GridRuleCheck(all, registers.countsByGrid(community));
        return all.stream().flatMap(g -> rules.check(community.cityCode(), check.structure(g)).stream()).toList();
    }

    /** The grid if it exists and lies in the caller's jurisdiction; otherwise not found, either way. */
    private Grid load(Actor actor, GridCode code) {
        return grids.find(code).filter(g -> actor.answersFor(g.community()))
                .orElseThrow(() -> new NotFoundException("grid", code));
    }

    /** Each grid's own counts plus those of every grid below it. */
    static Map<GridCode, RegisterCounts> rolledUp(List<Grid> grids, Map<GridCode, RegisterCounts> own) {
        Map<GridCode, List<GridCode>> children = new HashMap<>();
        for (Grid grid : grids) {
            grid.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(grid.code()));
        }
        Map<GridCode, RegisterCounts> total = new HashMap<>();
        for (Grid grid : grids) {
            total(grid.code(), children, own, total, new HashSet<>());
        }
        return total;
    }

    private static RegisterCounts total(GridCode code, Map<GridCode, List<GridCode>> children, Map<GridCode, RegisterCounts> own,
                                        Map<GridCode, RegisterCounts> done, Set<GridCode> visiting) {
        RegisterCounts known = done.get(code);
        if (known != null) {
            return known;
        }
        if (!visiting.add(code)) {
            throw new IllegalStateException("grid " + code + " lies below itself in the stored grid tree");
        }
        RegisterCounts sum = own.getOrDefault(code, RegisterCounts.NONE);
        for (GridCode child : children.getOrDefault(code, List.of())) {
            sum = sum.plus(total(child, children, own, done, visiting));
        }
        done.put(code, sum);
        return sum;
    }

    /** The city's rules on a change of members (e.g. how many building heads a building sub-grid has); none by default. */
    private void enforceOnStaffing(Grid before, Grid after) {
        if (rules == GridRules.NONE) {
            return;
        }
        List<Grid> community = grids.ofCommunity(before.community());
        List<Grid> changed = community.stream().map(g -> g.code().equals(after.code()) ? after : g).toList();
        Map<GridCode, RegisterCounts> counts = registers.countsByGrid(before.community());
        GridRuleCheck.enforceChange(rules, new GridRuleCheck(community, counts).structure(before),
                new GridRuleCheck(changed, counts).structure(after));
    }
}
