package org.shizhi.domain.party.model;

import java.util.UUID;

/** Identifies a party member's service record (志愿服务记录). */
public record ServiceRecordId(UUID value) {

    public ServiceRecordId {
        Ids.required("serviceRecordId", value);
    }

    public static ServiceRecordId random() {
        return new ServiceRecordId(UUID.randomUUID());
    }

    public static ServiceRecordId parse(String text) {
        return new ServiceRecordId(Ids.uuid("serviceRecordId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
