package org.shizhi.domain.law.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a record of the law context: 执法监督投诉. */
public record ComplaintId(UUID value) {

    public ComplaintId {
        if (value == null) {
            throw new InvalidValueException("complaintId", "complaintId is required");
        }
    }

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID());
    }

    /** Parses the canonical lower-case UUID text, refusing anything else by name. */
    public static ComplaintId parse(String text) {
        try {
            String stripped = text == null ? "" : text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new ComplaintId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("complaintId", "complaintId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
