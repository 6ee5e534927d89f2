package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies a council's meeting. */
public record MeetingId(UUID value) {

    public MeetingId {
        Ids.required("meetingId", value);
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId parse(String text) {
        return new MeetingId(Ids.uuid("meetingId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
