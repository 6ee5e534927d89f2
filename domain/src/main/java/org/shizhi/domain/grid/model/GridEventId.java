package org.shizhi.domain.grid.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.TimeOrderedUuids;

/** Identifies a grid event. */
public record GridEventId(UUID value) {

    public GridEventId {
        if (value == null) {
            throw new InvalidValueException("gridEventId", "grid event id is required");
        }
    }

    /** A new id, ordered by time ({@link TimeOrderedUuids}): events are the platform's most written table. */
    public static GridEventId random() {
        return new GridEventId(TimeOrderedUuids.next());
    }

    /**
     * The id of an event reported under a caller's own reference (a night visit's finding): the same reference gives
     * the same id, so reporting it again finds the event reported the first time instead of making another.
     */
    public static GridEventId ofReference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidValueException("reference", "a reference is required");
        }
        return new GridEventId(UUID.nameUUIDFromBytes(("grid-event:" + reference).getBytes(StandardCharsets.UTF_8)));
    }

    public static GridEventId parse(String text) {
        return new GridEventId(Ids.uuid("gridEventId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
