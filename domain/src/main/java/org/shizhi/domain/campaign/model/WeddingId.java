package org.shizhi.domain.campaign.model;

import java.util.UUID;

/** Identifies a couple's registered wedding. */
public record WeddingId(UUID value) {

    public WeddingId {
        Uuids.required("weddingId", value);
    }

    public static WeddingId random() {
        return new WeddingId(UUID.randomUUID());
    }

    public static WeddingId parse(String text) {
        return new WeddingId(Uuids.parse("weddingId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
