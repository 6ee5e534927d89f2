package org.shizhi.domain.consultation.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a record of the consultation context: 公开事项. */
public record DisclosureId(UUID value) {

    public DisclosureId {
        if (value == null) {
            throw new InvalidValueException("disclosureId", "disclosureId is required");
        }
    }

    public static DisclosureId random() {
        return new DisclosureId(UUID.randomUUID());
    }

    /** Parses the canonical lower-case UUID text, refusing anything else by name. */
    public static DisclosureId parse(String text) {
        try {
            String stripped = text == null ? "" : text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new DisclosureId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("disclosureId", "disclosureId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
