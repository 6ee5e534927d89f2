package org.shizhi.adapters.plugins;

import java.util.List;
import org.shizhi.domain.assessment.service.AssessmentService;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.CampaignTemplate;
import org.shizhi.domain.spi.CityCatalogue;
import org.shizhi.domain.spi.StaffPlacement;

/** Campaign templates and assessments of the plugins each city enables, read through the platform's repositories. */
public final class PluginCatalogue implements CityCatalogue {

    private final PluginRegistry registry;
    private final AssessmentReads reads;
    private final AssessmentService assessments;

    public PluginCatalogue(PluginRegistry registry, AreaRepository areas, GridRepository grids, GridEventRepository events) {
        this.registry = registry;
        CityAreas cityAreas = new CityAreas(areas, grids);
        this.reads = new AssessmentReads() {
            @Override
            public List<GridStaffing> grids(AreaCode area) {
                return cityAreas.gridsWithin(area).stream().map(PluginCatalogue::staffing).toList();
            }

            @Override
            public List<GridEvent> events(AreaCode area, AssessmentPeriod period) {
                return events.forDigest(area, period.start(), period.end());
            }
        };
        this.assessments = new AssessmentService(registry, reads);
    }

    /** The reads lent to indicators. */
    public AssessmentReads reads() {
        return reads;
    }

    private static AssessmentReads.GridStaffing staffing(Grid grid) {
        return new AssessmentReads.GridStaffing(grid.code(), grid.tier(),
                grid.members().stream().map(m -> new StaffPlacement(grid.code(), grid.tier(), m.id(), m.post())).toList());
    }

    @Override
    public List<CampaignTemplate> campaignTemplates(Actor actor, AreaCode city) {
        actor.require(Permission.READ_CAMPAIGN_TEMPLATES);
        if (!actor.city().equals(city.cityCode())) {
            throw new NotFoundException("city", city);
        }
        return registry.campaignTemplates(city);
    }

    @Override
    public Assessment assess(Actor actor, AreaCode area, AssessmentPeriod period) {
        return assessments.assess(actor, area, period);
    }
}
