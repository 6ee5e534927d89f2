package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies an alliance's joint activity (共建活动). */
public record JointActivityId(UUID value) {

    public JointActivityId {
        Ids.required("activityId", value);
    }

    public static JointActivityId random() {
        return new JointActivityId(UUID.randomUUID());
    }

    public static JointActivityId parse(String text) {
        return new JointActivityId(Ids.uuid("activityId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
