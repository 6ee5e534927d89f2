package org.shizhi.domain.campaign.model;

import java.util.UUID;

/** Identifies an activity held in a campaign. */
public record ActivityId(UUID value) {

    public ActivityId {
        Uuids.required("activityId", value);
    }

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    public static ActivityId parse(String text) {
        return new ActivityId(Uuids.parse("activityId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
