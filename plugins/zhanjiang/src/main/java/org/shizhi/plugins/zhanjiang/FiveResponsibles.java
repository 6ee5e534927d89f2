package org.shizhi.plugins.zhanjiang;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.IndicatorValue;
import org.shizhi.domain.spi.StaffPlacement;

/**
 * 五者同责 coverage (seed 003: 挂点的县领导、镇领导、县直单位主要领导、驻村干部以及村、社区网格员等"五者"共同承担所挂点村、社区
 * 社会矛盾综合治理工作责任): the share of grids (building sub-grids aside, their building heads lead them) for which all five
 * are present. The five are held as grid posts: COUNTY_LEADER, TOWN_LEADER, DEPARTMENT_HEAD, RESIDENT_CADRE and the
 * RESPONSIBLE_WORKER. The four cadres are linked to a village or community, not to a grid, so a cadre on the
 * community's total grid covers every grid of the community; the grid worker must be on the grid itself. Computed on
 * the registers as they stand when asked: the platform keeps no history of who was on a grid, so the period does not
 * change the value (a gap, stated in the explanation).
 */
final class FiveResponsibles implements Indicator {

    static final String ID = "zhanjiang.five-responsibles";
    static final Set<GridPost> CADRES = EnumSet.of(GridPost.COUNTY_LEADER, GridPost.TOWN_LEADER, GridPost.DEPARTMENT_HEAD,
            GridPost.RESIDENT_CADRE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "五者同责 coverage: grids with all five responsibles";
    }

    @Override
    public IndicatorValue evaluate(AreaCode area, AssessmentPeriod period, AssessmentReads reads) {
        List<AssessmentReads.GridStaffing> grids = reads.grids(area);
        Map<AreaCode, Set<GridPost>> community = new HashMap<>();
        for (AssessmentReads.GridStaffing grid : grids) {
            if (grid.tier() == GridTier.TOTAL) {
                community.put(grid.code().community(), posts(grid));
            }
        }
        List<AssessmentReads.GridStaffing> counted = grids.stream().filter(g -> g.tier() != GridTier.BUILDING).toList();
        long covered = counted.stream().filter(g -> {
            Set<GridPost> held = EnumSet.noneOf(GridPost.class);
            held.addAll(posts(g));
            Set<GridPost> cadres = EnumSet.noneOf(GridPost.class);
            cadres.addAll(held);
            cadres.addAll(community.getOrDefault(g.code().community(), Set.of()));
            return held.contains(GridPost.RESPONSIBLE_WORKER) && cadres.containsAll(CADRES);
        }).count();
        return new IndicatorValue(ID, area, period, covered, counted.size(), covered + " of " + counted.size()
                + " grids have all five responsibles (as the registers stand now; the platform keeps no staffing history)");
    }

    private static Set<GridPost> posts(AssessmentReads.GridStaffing grid) {
        return grid.staff().stream().map(StaffPlacement::post).collect(Collectors.toSet());
    }
}
