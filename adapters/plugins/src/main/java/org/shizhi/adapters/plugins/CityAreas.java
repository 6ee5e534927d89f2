package org.shizhi.adapters.plugins;

import java.util.ArrayList;
import java.util.List;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/** The grids inside an area, found through the area tree: programmes and indicators read a city at a time, weekly or monthly. */
final class CityAreas {

    private final AreaRepository areas;
    private final GridRepository grids;

    CityAreas(AreaRepository areas, GridRepository grids) {
        this.areas = areas;
        this.grids = grids;
    }

    List<Grid> gridsWithin(AreaCode area) {
        List<Grid> found = new ArrayList<>();
        for (AreaCode community : communitiesWithin(area)) {
            found.addAll(grids.ofCommunity(community));
        }
        return found;
    }

    private List<AreaCode> communitiesWithin(AreaCode area) {
        if (area.level() == AdminLevel.COMMUNITY) {
            return List.of(area);
        }
        List<AreaCode> found = new ArrayList<>();
        for (Area child : areas.children(area)) {
            found.addAll(communitiesWithin(child.code()));
        }
        return found;
    }
}
