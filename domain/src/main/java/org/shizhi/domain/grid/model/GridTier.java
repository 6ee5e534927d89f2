package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.PublishedModel;

/**
 * The tier of a grid (seed 001, Chengdu's three tiers 社区总网格、一般网格、微网格; seed 003, Zhanjiang Jinshawan's
 * 分片小网格). A grid's tier fixes where it may sit in its community's grid tree:
 * <ul>
 *   <li>{@link #TOTAL}: the community's total grid (社区总网格), at most one per community, no parent, serial 000;</li>
 *   <li>{@link #GENERAL}: a general grid (一般网格), under the community's total grid or top-level;</li>
 *   <li>{@link #MICRO}: a micro-grid (微网格) of 30–100 households or shops, under a total or general grid;</li>
 *   <li>{@link #BUILDING}: a building sub-grid ({@code BuildingGrid}, 分片小网格) led by building heads (楼长), under
 *       any grid that is not itself a building sub-grid; its code extends its parent's code.</li>
 * </ul>
 */
@PublishedModel
public enum GridTier {
    TOTAL,
    GENERAL,
    MICRO,
    BUILDING;

    /** True if a grid of this tier may have a parent grid of tier {@code parent}. */
    public boolean mayHaveParent(GridTier parent) {
        return switch (this) {
            case TOTAL -> false;
            case GENERAL -> parent == TOTAL;
            case MICRO -> parent == TOTAL || parent == GENERAL;
            case BUILDING -> parent != BUILDING;
        };
    }

    /** True if a grid of this tier cannot exist without a parent grid. */
    public boolean needsParent() {
        return this == MICRO || this == BUILDING;
    }
}
