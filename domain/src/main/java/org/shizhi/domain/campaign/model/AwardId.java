package org.shizhi.domain.campaign.model;

import java.util.UUID;

/** Identifies a Good Samaritan award (见义勇为奖励). */
public record AwardId(UUID value) {

    public AwardId {
        Uuids.required("awardId", value);
    }

    public static AwardId random() {
        return new AwardId(UUID.randomUUID());
    }

    public static AwardId parse(String text) {
        return new AwardId(Uuids.parse("awardId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
