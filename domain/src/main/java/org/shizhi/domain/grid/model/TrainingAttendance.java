package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A grid worker's attendance at a training course (网格员培训): who (a member holding a grid-worker post on the grid), which
 * course, on which day (in China), for how many hours, and who recorded it when. Hours count in tenths, so that the
 * assessment sums them in the database without rounding ({@link #tenths()}).
 */
public record TrainingAttendance(Id id, GridCode grid, MemberId worker, String course, LocalDate attendedOn, int tenths,
                                 Instant recordedAt, Acting recordedBy) {

    public static final int MAX_COURSE_LENGTH = 200;
    /** At most a day's hours on one record. */
    public static final int MAX_TENTHS = 240;

    public record Id(UUID value) {
        public Id {
            Objects.requireNonNull(value, "id");
        }

        public static Id random() {
            return new Id(UUID.randomUUID());
        }
    }

    public TrainingAttendance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(worker, "worker");
        course = Texts.required("course", "the course's name", course, MAX_COURSE_LENGTH);
        if (attendedOn == null) {
            throw new InvalidValueException("attendedOn", "the day of the training is required");
        }
        tenthsOfHours(tenths);
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** The hours attended, to one decimal place. */
    public double hours() {
        return tenths / 10.0;
    }

    /** Hours as tenths: more than 0 and at most 24, to one decimal place. */
    public static int tenthsOf(double hours) {
        double tenths = hours * 10;
        if (!Double.isFinite(hours) || Math.abs(tenths - Math.rint(tenths)) > 1e-6) {
            throw new InvalidValueException("hours", "hours are counted to one decimal place, e.g. 1.5, not " + hours);
        }
        return tenthsOfHours((int) Math.rint(tenths));
    }

    private static int tenthsOfHours(int tenths) {
        if (tenths < 1 || tenths > MAX_TENTHS) {
            throw new InvalidValueException("hours", "a training lasts more than 0 and at most 24 hours, got " + tenths / 10.0);
        }
        return tenths;
    }
}
