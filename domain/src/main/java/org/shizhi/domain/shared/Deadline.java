package org.shizhi.domain.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * By when an event must be handled: {@code workingDays} working days after the day it was set, due by the end of
 * {@code dueOn} in China; it has passed from {@code passesAt}, the first instant of the next day.
 */
public record Deadline(int workingDays, LocalDate dueOn, Instant passesAt) {

    public Deadline {
        if (workingDays < 1) {
            throw new InvalidValueException("deadline.workingDays", "a deadline is at least 1 working day, got " + workingDays);
        }
        if (dueOn == null || passesAt == null) {
            throw new InvalidValueException("deadline", "a deadline needs its due date and the instant it passes");
        }
        if (!passesAt.equals(WorkingTime.startOf(dueOn.plusDays(1)))) {
            throw new InvalidValueException("deadline.passesAt", "a deadline passes when its due date ends in China");
        }
    }

    /** The deadline {@code workingDays} working days after the date of {@code from} in China. */
    public static Deadline after(WorkCalendar calendar, Instant from, int workingDays) {
        LocalDate dueOn = calendar.addWorkingDays(WorkingTime.dateOf(from), workingDays);
        return new Deadline(workingDays, dueOn, WorkingTime.startOf(dueOn.plusDays(1)));
    }

    public boolean hasPassed(Instant now) {
        return !now.isBefore(passesAt);
    }
}
