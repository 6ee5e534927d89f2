package org.shizhi.domain.campaign.model;

import java.util.UUID;

/** Identifies a Safety Star voting round (平安之星评选). */
public record RoundId(UUID value) {

    public RoundId {
        Uuids.required("roundId", value);
    }

    public static RoundId random() {
        return new RoundId(UUID.randomUUID());
    }

    public static RoundId parse(String text) {
        return new RoundId(Uuids.parse("roundId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
