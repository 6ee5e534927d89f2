package org.shizhi.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Dates and working time as the platform counts them: all of China keeps one civil time, so days begin and end in
 * {@value #ZONE_ID}, and working days come from the {@link WorkCalendar}.
 */
public final class WorkingTime {

    public static final String ZONE_ID = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private WorkingTime() {
    }

    /** The calendar date of an instant in China. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of a date in China. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    /**
     * The instant {@code hours} working hours after {@code start}: only time inside office hours on working days
     * counts. A start outside office hours counts from the next opening. For example with 08:30–17:30, two working
     * hours after Friday 16:30 before the National Day holiday is 09:30 on the first working day after it.
     */
    public static Instant addWorkingHours(WorkCalendar calendar, OfficeHours hours, Instant start, int workingHours) {
        if (workingHours < 0) {
            throw new InvalidValueException("hours", "working hours to add must not be negative, got " + workingHours);
        }
        LocalDateTime local = LocalDateTime.ofInstant(start, ZONE);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        long remaining = workingHours * 3600L;
        while (true) {
            if (!calendar.isWorkingDay(day) || !time.isBefore(hours.closes())) {
                day = calendar.addWorkingDays(day, 1);
                time = hours.opens();
                continue;
            }
            if (time.isBefore(hours.opens())) {
                time = hours.opens();
            }
            long available = Duration.between(time, hours.closes()).getSeconds();
            if (remaining <= available) {
                return day.atTime(time).plusSeconds(remaining).atZone(ZONE).toInstant();
            }
            remaining -= available;
            day = calendar.addWorkingDays(day, 1);
            time = hours.opens();
        }
    }

    /** Closing time on the day {@code days} working days after the date of {@code start}. */
    public static Instant addWorkingDays(WorkCalendar calendar, OfficeHours hours, Instant start, int days) {
        if (days < 1) {
            throw new InvalidValueException("days", "working days to add must be at least 1, got " + days);
        }
        return calendar.addWorkingDays(dateOf(start), days).atTime(hours.closes()).atZone(ZONE).toInstant();
    }
}
