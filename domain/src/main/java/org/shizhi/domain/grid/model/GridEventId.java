package org.shizhi.domain.grid.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.TimeOrderedUuids;
import org.shizhi.domain.shared.PublishedModel;

/** Identifies a grid event. */
@PublishedModel
public record GridEventId(UUID value) {

    public GridEventId {
        if (value == null) {
            throw new InvalidValueException("gridEventId", "grid event id is required");
        }
    }

    /**
     * The id of an event reported at {@code at}, ordered by that time ({@link TimeOrderedUuids}): events are the
     * platform's most written table.
     */
    public static GridEventId reportedAt(Instant at) {
        return new GridEventId(TimeOrderedUuids.at(at));
    }

    /** A random id, for an event whose time does not matter. */
    public static GridEventId random() {
        return new GridEventId(UUID.randomUUID());
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
