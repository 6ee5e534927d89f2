package org.shizhi.domain.grid.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.shared.PublishedModel;

/** A week of the weekly digest (一周一结): Monday 00:00 to the next Monday 00:00 in China. */
@PublishedModel
public record DigestWeek(LocalDate monday) {

    public DigestWeek {
        if (monday == null) {
            throw new InvalidValueException("week", "a digest week is given by its Monday");
        }
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidValueException("week", "a digest week starts on a Monday; " + monday + " is a " + monday.getDayOfWeek());
        }
    }

    /** The week (Monday to Sunday) that contains the date. */
    public static DigestWeek containing(LocalDate date) {
        if (date == null) {
            throw new InvalidValueException("week", "a date is required");
        }
        return new DigestWeek(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** Monday 00:00 in China. */
    public Instant start() {
        return WorkingTime.startOf(monday);
    }

    /** The next Monday 00:00 in China: the end, exclusive. */
    public Instant end() {
        return WorkingTime.startOf(monday.plusDays(7));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
