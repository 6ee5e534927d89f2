package org.shizhi.domain.grid.model;

import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/** Identifies one person's post on one grid. */
@PublishedModel
public record MemberId(UUID value) {

    public MemberId {
        if (value == null) {
            throw new InvalidValueException("memberId", "member id is required");
        }
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    public static MemberId parse(String text) {
        return new MemberId(Ids.uuid("memberId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
