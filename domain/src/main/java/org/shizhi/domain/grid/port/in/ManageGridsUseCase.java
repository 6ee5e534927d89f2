package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.Optional;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Draws the grids of a community. Permission: {@link Permission#MANAGE_GRIDS}; the community must lie in the
 * caller's jurisdiction (else 404).
 */
public interface ManageGridsUseCase {

    /**
     * Creates a grid in a registered community, its code derived from the community and the next free serial (000
     * for the total grid; for a building sub-grid, the parent's code + B + the next serial under that parent).
     * Refused: an unknown community or parent (404), a second total grid, a parent of the wrong tier (409).
     */
    GridCreated createGrid(Actor actor, CreateGridCommand command);

    /** Draws, redraws or (with an empty boundary) removes a grid's outline. */
    GridChanged redrawBoundary(Actor actor, RedrawBoundaryCommand command);

    record CreateGridCommand(AreaCode community, GridTier tier, String name, Optional<GridCode> parent,
                             Optional<Boundary> boundary) {
        public CreateGridCommand {
            if (community == null) {
                throw new InvalidValueException("community", "a grid is created in a community");
            }
            if (community.level() != AdminLevel.COMMUNITY) {
                throw new InvalidValueException("community", "grids belong to a community, and " + community + " is a "
                        + community.level() + " code");
            }
            if (tier == null) {
                throw new InvalidValueException("tier", "a grid's tier is required (TOTAL, GENERAL, MICRO or BUILDING)");
            }
            name = Texts.required("name", "a grid's name", name, Grid.MAX_NAME_LENGTH);
            parent = parent == null ? Optional.empty() : parent;
            if (tier.needsParent() && parent.isEmpty()) {
                throw new InvalidValueException("parent", "a " + tier + " grid needs a parent grid");
            }
            if (tier == GridTier.TOTAL && parent.isPresent()) {
                throw new InvalidValueException("parent", "a total grid is the top of its community and has no parent");
            }
            boundary = boundary == null ? Optional.empty() : boundary;
            if (parent.isPresent() && !parent.get().community().equals(community)) {
                throw new InvalidValueException("parent", "parent grid " + parent.get() + " is not in community " + community);
            }
        }
    }

    record RedrawBoundaryCommand(GridCode grid, long expectedVersion, Optional<Boundary> boundary) {
        public RedrawBoundaryCommand {
            if (grid == null) {
                throw new InvalidValueException("grid", "which grid is required");
            }
            Versions.check(expectedVersion);
            boundary = boundary == null ? Optional.empty() : boundary;
        }
    }

    record GridCreated(GridCode code, GridTier tier, long version) {
    }

    record GridChanged(GridCode code, long version) {
    }
}
