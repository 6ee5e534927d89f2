package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies a residential estate (小区). */
public record EstateId(UUID value) {

    public EstateId {
        Ids.required("estateId", value);
    }

    public static EstateId random() {
        return new EstateId(UUID.randomUUID());
    }

    public static EstateId parse(String text) {
        return new EstateId(Ids.uuid("estateId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
