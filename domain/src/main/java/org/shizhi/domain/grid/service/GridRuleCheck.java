package org.shizhi.domain.grid.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.port.out.GridRules;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;

/** The grids of one community as the city's grid rules see them: tiers, parents' tiers, sub-grids, rolled-up counts. */
final class GridRuleCheck {

    private final Map<GridCode, Grid> byCode = new HashMap<>();
    private final Map<GridCode, Integer> subGrids = new HashMap<>();
    private final Map<GridCode, RegisterCounts> counts;

    /** @param own each grid's own register counts, as they stand or would stand after a change */
    GridRuleCheck(List<Grid> community, Map<GridCode, RegisterCounts> own) {
        for (Grid grid : community) {
            byCode.put(grid.code(), grid);
            grid.parent().ifPresent(p -> subGrids.merge(p, 1, Integer::sum));
        }
        this.counts = GridService.rolledUp(community, own);
    }

    GridStructure structure(Grid grid) {
        return new GridStructure(grid.code(), grid.tier(), grid.name(),
                grid.parent().map(byCode::get).map(Grid::tier), subGrids.getOrDefault(grid.code(), 0),
                counts.getOrDefault(grid.code(), RegisterCounts.NONE), grid.members().stream().map(GridMember::post).toList());
    }

    /** The grid and every grid above it, nearest first. */
    List<Grid> upwardFrom(GridCode code) {
        List<Grid> chain = new ArrayList<>();
        Optional<Grid> at = Optional.ofNullable(byCode.get(code));
        while (at.isPresent() && chain.size() <= byCode.size()) {
            chain.add(at.get());
            at = at.get().parent().map(byCode::get);
        }
        return chain;
    }

    /**
     * Refuses a change of a grid's members if the rules answer a refusing violation for the grid after it that they did
     * not answer before: a grid that already broke a rule (its limit was lowered) can still be staffed.
     */
    static void enforceChange(GridRules rules, GridStructure before, GridStructure after) {
        AreaCode city = after.code().community().cityCode();
        java.util.Set<String> broken = new java.util.HashSet<>();
        rules.check(city, before).stream().filter(GridRuleViolation::refuses).forEach(v -> broken.add(v.rule()));
        for (GridRuleViolation violation : rules.check(city, after)) {
            if (violation.refuses() && !broken.contains(violation.rule())) {
                throw new ConflictException("gridRules", violation.message() + " (rule " + violation.rule() + ")");
            }
        }
    }

    /** Refuses the change if the rules answer a refusing violation for the grid. */
    static void enforce(GridRules rules, GridStructure structure) {
        for (GridRuleViolation violation : rules.check(structure.code().community().cityCode(), structure)) {
            if (violation.refuses()) {
                throw new ConflictException("gridRules", violation.message() + " (rule " + violation.rule() + ")");
            }
        }
    }
}
