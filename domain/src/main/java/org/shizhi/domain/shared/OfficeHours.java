package org.shizhi.domain.shared;

import java.time.LocalTime;

/**
 * The daily span that counts as working hours for a summons deadline. One span without a lunch break: a department
 * summoned to a scene is expected to come over lunch too.
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

    /** 08:30 to 17:30, the usual hours of street offices. */
    public static final OfficeHours STANDARD = new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30));

    public OfficeHours {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new InvalidValueException("officeHours", "office hours open before they close, got " + opens + "–" + closes);
        }
    }
}
