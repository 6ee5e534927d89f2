package org.shizhi.domain.grid.model;

import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a organisation. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        if (value == null) {
            throw new InvalidValueException("organisationId", "organisation id is required");
        }
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    public static OrganisationId parse(String text) {
        return new OrganisationId(Ids.uuid("organisationId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
