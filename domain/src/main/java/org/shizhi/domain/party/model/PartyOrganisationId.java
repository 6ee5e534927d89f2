package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies a party organisation (党组织). */
public record PartyOrganisationId(UUID value) {

    public PartyOrganisationId {
        Ids.required("organisationId", value);
    }

    public static PartyOrganisationId random() {
        return new PartyOrganisationId(UUID.randomUUID());
    }

    public static PartyOrganisationId parse(String text) {
        return new PartyOrganisationId(Ids.uuid("organisationId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
