package org.shizhi.domain.consultation.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a record of the consultation context: 议事会会议. */
public record MeetingId(UUID value) {

    public MeetingId {
        if (value == null) {
            throw new InvalidValueException("meetingId", "meetingId is required");
        }
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    /** Parses the canonical lower-case UUID text, refusing anything else by name. */
    public static MeetingId parse(String text) {
        try {
            String stripped = text == null ? "" : text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new MeetingId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("meetingId", "meetingId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
