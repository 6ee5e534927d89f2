package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies a regional party-building alliance (区域党建共同体). */
public record AllianceId(UUID value) {

    public AllianceId {
        Ids.required("allianceId", value);
    }

    public static AllianceId random() {
        return new AllianceId(UUID.randomUUID());
    }

    public static AllianceId parse(String text) {
        return new AllianceId(Ids.uuid("allianceId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
