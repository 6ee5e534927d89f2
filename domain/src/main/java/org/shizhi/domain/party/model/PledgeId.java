package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies an alliance member's pledge (共建承诺). */
public record PledgeId(UUID value) {

    public PledgeId {
        Ids.required("pledgeId", value);
    }

    public static PledgeId random() {
        return new PledgeId(UUID.randomUUID());
    }

    public static PledgeId parse(String text) {
        return new PledgeId(Ids.uuid("pledgeId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
