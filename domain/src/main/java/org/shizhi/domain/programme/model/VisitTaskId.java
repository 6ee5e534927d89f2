package org.shizhi.domain.programme.model;

import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** The id of a visit task. */
public record VisitTaskId(UUID value) {

    public VisitTaskId {
        if (value == null) {
            throw new InvalidValueException("visitTask", "a visit task id is required");
        }
    }

    public static VisitTaskId random() {
        return new VisitTaskId(UUID.randomUUID());
    }

    public static VisitTaskId parse(String text) {
        try {
            return new VisitTaskId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("visitTask", "a visit task id is a UUID, not '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
