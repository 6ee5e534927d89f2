package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies a model post (党员示范岗). */
public record ModelPostId(UUID value) {

    public ModelPostId {
        Ids.required("modelPostId", value);
    }

    public static ModelPostId random() {
        return new ModelPostId(UUID.randomUUID());
    }

    public static ModelPostId parse(String text) {
        return new ModelPostId(Ids.uuid("modelPostId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
