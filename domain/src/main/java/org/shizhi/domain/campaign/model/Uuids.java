package org.shizhi.domain.campaign.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Parsing of the context's ids: a canonical UUID, refused by field name otherwise. */
final class Uuids {

    private Uuids() {
    }

    static UUID required(String field, UUID value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    static UUID parse(String field, String text) {
        if (text == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        try {
            String stripped = text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, field + " must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }
}
