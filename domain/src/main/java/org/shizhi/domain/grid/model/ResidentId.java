package org.shizhi.domain.grid.model;

import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a resident. */
public record ResidentId(UUID value) {

    public ResidentId {
        if (value == null) {
            throw new InvalidValueException("residentId", "resident id is required");
        }
    }

    public static ResidentId random() {
        return new ResidentId(UUID.randomUUID());
    }

    public static ResidentId parse(String text) {
        return new ResidentId(Ids.uuid("residentId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
