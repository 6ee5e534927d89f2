package org.shizhi.plugins.zhanjiang;

import java.util.List;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridRuleViolation.Enforcement;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.spi.GridRule;

/**
 * Zhanjiang's building sub-grids (seed 003, 金沙湾社区: 96幢楼宇划分为136个分片小网格, 选举出136名…"四有"人员担任正副"楼长"):
 * a building sub-grid is led by its building heads, a head and at most a deputy. A sub-grid without a head is reported
 * (a new one starts empty and the election follows); appointing heads beyond the maximum is refused.
 */
final class BuildingSubGrids {

    static final String HEADS = "zhanjiang.building-heads";

    private BuildingSubGrids() {
    }

    static GridRule heads(int max) {
        return grid -> {
            if (grid.tier() != GridTier.BUILDING) {
                return List.of();
            }
            long heads = grid.holding(GridPost.BUILDING_HEAD);
            if (heads > max) {
                return List.of(new GridRuleViolation(grid.code(), HEADS, Enforcement.REFUSE, "a Zhanjiang building sub-grid has at most "
                        + max + " building heads (正副楼长); " + grid.code() + " (" + grid.name() + ") would have " + heads));
            }
            if (heads == 0) {
                return List.of(new GridRuleViolation(grid.code(), HEADS, Enforcement.REPORT, "a Zhanjiang building sub-grid is led by"
                        + " its building head (楼长); " + grid.code() + " (" + grid.name() + ") has none"));
            }
            return List.of();
        };
    }
}
