package org.shizhi.adapters.plugins;

import java.util.List;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.spi.CampaignTemplate;
import org.shizhi.domain.spi.CityCatalogue;

/**
 * The campaign templates of the plugins each city enables. The plugins' indicators and schemes are the assessment
 * context's to evaluate ({@code AreaAssessmentQuery}): the registry answers its {@code CityMeasures}, and
 * {@link PluginAssessmentReads} what the indicators may read.
 */
public final class PluginCatalogue implements CityCatalogue {

    private final PluginRegistry registry;

    public PluginCatalogue(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<CampaignTemplate> campaignTemplates(Actor actor, AreaCode city) {
        actor.require(Permission.READ_CAMPAIGN_TEMPLATES);
        if (!actor.city().equals(city.cityCode())) {
            throw new NotFoundException("city", city);
        }
        return registry.campaignTemplates(city);
    }
}
