package org.shizhi.domain.campaign.model;

import java.util.UUID;

/** Identifies an entry on one of the wedding-reform registers (folk master, alliance business, counselling session). */
public record RegisterEntryId(UUID value) {

    public RegisterEntryId {
        Uuids.required("entryId", value);
    }

    public static RegisterEntryId random() {
        return new RegisterEntryId(UUID.randomUUID());
    }

    public static RegisterEntryId parse(String text) {
        return new RegisterEntryId(Uuids.parse("entryId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
