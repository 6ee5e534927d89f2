package org.shizhi.adapters.plugins;

import java.util.List;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.StaffPlacement;

/** The narrow reads the plugins' indicators are lent, through the platform's repositories. */
public final class PluginAssessmentReads implements AssessmentReads {

    private final CityAreas cityAreas;
    private final GridEventRepository events;

    public PluginAssessmentReads(AreaRepository areas, GridRepository grids, GridEventRepository events) {
        this.cityAreas = new CityAreas(areas, grids);
        this.events = events;
    }

    @Override
    public List<GridStaffing> grids(AreaCode area) {
        return cityAreas.gridsWithin(area).stream().map(PluginAssessmentReads::staffing).toList();
    }

    @Override
    public List<GridEvent> events(AreaCode area, AssessmentPeriod period) {
        return events.forDigest(area, period.start(), period.end());
    }

    private static GridStaffing staffing(Grid grid) {
        return new GridStaffing(grid.code(), grid.tier(),
                grid.members().stream().map(m -> new StaffPlacement(grid.code(), grid.tier(), m.id(), m.post())).toList());
    }
}
