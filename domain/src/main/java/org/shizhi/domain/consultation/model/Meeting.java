package org.shizhi.domain.consultation.model;

import java.time.LocalDate;
import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A meeting of a council, in person or on line, on a day.
 *
 * @param venue where it met: a place for an offline meeting, the platform or group for an online one
 * @param attendance how many people attended (members and residents alike; a courtyard meeting is open to all)
 */
public record Meeting(MeetingId id, CouncilId council, AreaCode area, MeetingMode mode, LocalDate heldOn, String venue,
                      int attendance) {

    public static final int MAX_ATTENDANCE = 100_000;

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(area, "area");
        if (mode == null) {
            throw new InvalidValueException("mode", "the mode is OFFLINE or ONLINE");
        }
        if (heldOn == null) {
            throw new InvalidValueException("heldOn", "the meeting's day is required");
        }
        venue = Texts.required("venue", mode == MeetingMode.ONLINE ? "the platform or group it met on" : "the place it met",
                venue, 200);
        if (attendance < 0 || attendance > MAX_ATTENDANCE) {
            throw new InvalidValueException("attendance", "attendance is 0 to " + MAX_ATTENDANCE + ", got " + attendance);
        }
    }
}
