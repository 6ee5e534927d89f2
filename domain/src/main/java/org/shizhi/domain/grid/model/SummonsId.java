package org.shizhi.domain.grid.model;

import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a summons. */
public record SummonsId(UUID value) {

    public SummonsId {
        if (value == null) {
            throw new InvalidValueException("summonsId", "summons id is required");
        }
    }

    public static SummonsId random() {
        return new SummonsId(UUID.randomUUID());
    }

    public static SummonsId parse(String text) {
        return new SummonsId(Ids.uuid("summonsId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
