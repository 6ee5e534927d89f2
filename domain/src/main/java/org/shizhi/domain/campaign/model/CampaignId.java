package org.shizhi.domain.campaign.model;

import java.util.UUID;

/** Identifies a campaign (宣传教育活动). */
public record CampaignId(UUID value) {

    public CampaignId {
        Uuids.required("campaignId", value);
    }

    public static CampaignId random() {
        return new CampaignId(UUID.randomUUID());
    }

    public static CampaignId parse(String text) {
        return new CampaignId(Uuids.parse("campaignId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
