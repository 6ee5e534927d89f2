package org.shizhi.domain.campaign.model;

import java.util.UUID;

/** Identifies a public hall (公共礼堂). */
public record HallId(UUID value) {

    public HallId {
        Uuids.required("hallId", value);
    }

    public static HallId random() {
        return new HallId(UUID.randomUUID());
    }

    public static HallId parse(String text) {
        return new HallId(Uuids.parse("hallId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
