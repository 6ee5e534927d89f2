package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies a party member (党员). */
public record PartyMemberId(UUID value) {

    public PartyMemberId {
        Ids.required("memberId", value);
    }

    public static PartyMemberId random() {
        return new PartyMemberId(UUID.randomUUID());
    }

    public static PartyMemberId parse(String text) {
        return new PartyMemberId(Ids.uuid("memberId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
