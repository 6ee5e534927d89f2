package org.shizhi.domain.law.model;

import java.time.LocalDate;
import java.util.Objects;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/** A law-publicity event (普法活动): topic, audience, place, date and how many people it reached. */
public record PublicityEvent(PublicityEventId id, AreaCode area, String topic, AudienceKind audience, String place,
                             LocalDate heldOn, int reach) {

    public static final int MAX_REACH = 1_000_000;

    public PublicityEvent {
        Objects.requireNonNull(id, "id");
        if (area == null || area.level() == AdminLevel.PROVINCE) {
            throw new InvalidValueException("area", "an event is held in a city, district, street or community");
        }
        topic = Texts.required("topic", "the topic", topic, 200);
        if (audience == null) {
            throw new InvalidValueException("audience", "the audience kind is required");
        }
        place = Texts.required("place", "the place", place, 200);
        if (heldOn == null) {
            throw new InvalidValueException("heldOn", "the date is required");
        }
        if (reach < 0 || reach > MAX_REACH) {
            throw new InvalidValueException("reach", "reach is 0 to " + MAX_REACH + " people, got " + reach);
        }
    }
}
