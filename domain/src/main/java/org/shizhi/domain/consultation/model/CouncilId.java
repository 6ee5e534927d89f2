package org.shizhi.domain.consultation.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a record of the consultation context: 议事会. */
public record CouncilId(UUID value) {

    public CouncilId {
        if (value == null) {
            throw new InvalidValueException("councilId", "councilId is required");
        }
    }

    public static CouncilId random() {
        return new CouncilId(UUID.randomUUID());
    }

    /** Parses the canonical lower-case UUID text, refusing anything else by name. */
    public static CouncilId parse(String text) {
        try {
            String stripped = text == null ? "" : text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new CouncilId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("councilId", "councilId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
