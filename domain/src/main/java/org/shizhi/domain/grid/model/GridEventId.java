package org.shizhi.domain.grid.model;

import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a grid event. */
public record GridEventId(UUID value) {

    public GridEventId {
        if (value == null) {
            throw new InvalidValueException("gridEventId", "grid event id is required");
        }
    }

    public static GridEventId random() {
        return new GridEventId(UUID.randomUUID());
    }

    public static GridEventId parse(String text) {
        return new GridEventId(Ids.uuid("gridEventId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
