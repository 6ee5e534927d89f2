package org.shizhi.domain.consultation.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a record of the consultation context: 三资台账条目. */
public record AssetId(UUID value) {

    public AssetId {
        if (value == null) {
            throw new InvalidValueException("assetId", "assetId is required");
        }
    }

    public static AssetId random() {
        return new AssetId(UUID.randomUUID());
    }

    /** Parses the canonical lower-case UUID text, refusing anything else by name. */
    public static AssetId parse(String text) {
        try {
            String stripped = text == null ? "" : text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new AssetId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("assetId", "assetId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
