package org.shizhi.domain.campaign.model;

import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/** A public hall (公共礼堂) of an area where weddings are held; one wedding a day. */
public record PublicHall(HallId id, AreaCode area, String name, int capacity) {

    public PublicHall {
        Objects.requireNonNull(id, "id");
        if (area == null) {
            throw new InvalidValueException("areaCode", "a hall lies in an area (12-digit code)");
        }
        name = Texts.required("name", "the hall's name", name, 200);
        if (capacity < 1 || capacity > 10_000) {
            throw new InvalidValueException("capacity", "a hall seats 1 to 10000 guests, got " + capacity);
        }
    }
}
