package org.shizhi.domain.law.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a record of the law context: 普法活动. */
public record PublicityEventId(UUID value) {

    public PublicityEventId {
        if (value == null) {
            throw new InvalidValueException("publicityEventId", "publicityEventId is required");
        }
    }

    public static PublicityEventId random() {
        return new PublicityEventId(UUID.randomUUID());
    }

    /** Parses the canonical lower-case UUID text, refusing anything else by name. */
    public static PublicityEventId parse(String text) {
        try {
            String stripped = text == null ? "" : text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new PublicityEventId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("publicityEventId", "publicityEventId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
