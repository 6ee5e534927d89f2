package org.shizhi.domain.archive.model;

import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** A saved search's id. */
public record SavedSearchId(UUID value) {

    public SavedSearchId {
        if (value == null) {
            throw new InvalidValueException("savedSearchId", "a saved search needs its id");
        }
    }

    public static SavedSearchId parse(String text) {
        try {
            return new SavedSearchId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("savedSearchId", "a saved search id is a UUID, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
