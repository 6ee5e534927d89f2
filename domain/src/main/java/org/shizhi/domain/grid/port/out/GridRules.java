package org.shizhi.domain.grid.port.out;

import java.util.List;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.shared.AreaCode;

/**
 * A city's own rules for the structure of its grids (tier sizes, which tier lies under which), beyond what the domain
 * itself requires of every grid ({@code Grid}, {@code GridTier.mayHaveParent}). The application implements it with the
 * per-city plugin registry (the {@code GridRule}s of every plugin the city enables; none by default); the grid
 * context does not know the plugin SPI, which depends on it. Must be thread-safe.
 *
 * <p>The grid services ask it when a grid is created (the new grid: no sub-grids, empty registers) and when the
 * registers would add households to a grid (that grid and each grid above it, with counts as they would stand);
 * a {@link GridRuleViolation.Enforcement#REFUSE REFUSE} answer refuses the change. Changes that take households away
 * are not checked: they never make a grid fuller. {@code GridQuery.ruleViolations} lists every violation of the
 * stored grids, refusing or reported. Contract: {@code GridRulesContract}.
 */
@FunctionalInterface
public interface GridRules {

    /** No rules beyond the domain's own: what a city gets that enables no plugin with grid rules. */
    GridRules NONE = (city, structure) -> List.of();

    /** The rules of {@code city} that {@code structure} breaks; empty if none. */
    List<GridRuleViolation> check(AreaCode city, GridStructure structure);
}
