package org.shizhi.domain.campaign.port.out;

import java.util.List;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.CampaignTemplate;

/** The campaign templates a city's plugins offer (the plugin host answers it). */
@FunctionalInterface
public interface CampaignTemplates {

    List<CampaignTemplate> campaignTemplates(AreaCode city);
}
