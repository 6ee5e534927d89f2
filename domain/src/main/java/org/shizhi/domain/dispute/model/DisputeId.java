package org.shizhi.domain.dispute.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/** Identifies a dispute (矛盾纠纷). */
@PublishedModel
public record DisputeId(UUID value) {

    public DisputeId {
        if (value == null) {
            throw new InvalidValueException("disputeId", "dispute id is required");
        }
    }

    public static DisputeId random() {
        return new DisputeId(UUID.randomUUID());
    }

    public static DisputeId parse(String text) {
        if (text == null) {
            throw new InvalidValueException("disputeId", "disputeId is required");
        }
        try {
            String stripped = text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new DisputeId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("disputeId", "disputeId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
