package org.shizhi.domain.grid.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * One grid's place in its community's grid tree, as a city's grid rules see it: its tier, its parent's tier, how many
 * grids lie directly below it and what the registers hold on it and every grid below it. When a change is being
 * checked, this is the grid as it would stand after the change.
 *
 * @param parentTier the tier of the grid's parent; absent for a grid at the top of its community
 * @param subGrids   the grids directly below this one
 * @param counts     the registers' counts of this grid and every grid below it (households: the sum of its dwellings')
 * @param posts      the posts of the grid's own members, one entry per member (since SPI 1.3)
 */
@PublishedModel
public record GridStructure(GridCode code, GridTier tier, String name, Optional<GridTier> parentTier, int subGrids,
                            RegisterCounts counts, List<GridPost> posts) {

    /** A grid without members, as when it is created. */
    public GridStructure(GridCode code, GridTier tier, String name, Optional<GridTier> parentTier, int subGrids,
                         RegisterCounts counts) {
        this(code, tier, name, parentTier, subGrids, counts, List.of());
    }

    public GridStructure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentTier, "parentTier");
        Objects.requireNonNull(counts, "counts");
        posts = List.copyOf(posts);
        if (subGrids < 0) {
            throw new InvalidValueException("subGrids", "a grid's number of sub-grids is never negative");
        }
    }

    /** How many of the grid's members hold {@code post}. */
    public long holding(GridPost post) {
        return posts.stream().filter(p -> p == post).count();
    }

    public long households() {
        return counts.households();
    }
}
