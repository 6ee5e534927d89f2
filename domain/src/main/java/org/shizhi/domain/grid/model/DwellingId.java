package org.shizhi.domain.grid.model;

import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a dwelling. */
public record DwellingId(UUID value) {

    public DwellingId {
        if (value == null) {
            throw new InvalidValueException("dwellingId", "dwelling id is required");
        }
    }

    public static DwellingId random() {
        return new DwellingId(UUID.randomUUID());
    }

    public static DwellingId parse(String text) {
        return new DwellingId(Ids.uuid("dwellingId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
