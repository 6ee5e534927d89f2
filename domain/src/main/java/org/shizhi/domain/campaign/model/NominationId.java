package org.shizhi.domain.campaign.model;

import java.util.UUID;

/** Identifies a nomination for Safety Star. */
public record NominationId(UUID value) {

    public NominationId {
        Uuids.required("nominationId", value);
    }

    public static NominationId random() {
        return new NominationId(UUID.randomUUID());
    }

    public static NominationId parse(String text) {
        return new NominationId(Uuids.parse("nominationId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
