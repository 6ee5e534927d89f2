package org.shizhi.domain.campaign.port.in;

import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignCoverage;
import org.shizhi.domain.campaign.model.CampaignId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * Reads of campaigns; every role; a campaign is visible when one of its target areas lies in the caller's jurisdiction
 * (else not found).
 */
public interface CampaignQuery {

    Campaign campaign(Actor actor, CampaignId id);

    /** Campaigns with a target area inside {@code area}, newest first. */
    Slice<Campaign> campaigns(Actor actor, AreaCode area, PageRequest page);

    /** The campaign's activities, latest day first. */
    Slice<Activity> activities(Actor actor, CampaignId id, PageRequest page);

    /** For each target area the venue kinds reached and remaining; complete when none remain anywhere. */
    CampaignCoverage coverage(Actor actor, CampaignId id);
}
