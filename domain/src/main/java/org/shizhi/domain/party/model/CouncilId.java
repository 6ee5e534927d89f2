package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies a five-in-one council (五位一体议事会). */
public record CouncilId(UUID value) {

    public CouncilId {
        Ids.required("councilId", value);
    }

    public static CouncilId random() {
        return new CouncilId(UUID.randomUUID());
    }

    public static CouncilId parse(String text) {
        return new CouncilId(Ids.uuid("councilId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
