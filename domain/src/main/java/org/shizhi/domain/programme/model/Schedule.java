package org.shizhi.domain.programme.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * When a recurring programme runs, in its city's time zone: every day at a time, or every week on a day at a time
 * (平安夜访: Tuesdays 19:30 Asia/Shanghai). A time the zone skips (a daylight-saving gap) runs at the first instant
 * after it; China has none. Two forms cover the seeds' practices; a cron parser would add syntax and no meaning.
 *
 * @param day the day of the week, exactly for a {@link Frequency#WEEKLY} schedule
 */
@PublishedModel
public record Schedule(Frequency frequency, Optional<DayOfWeek> day, LocalTime at, ZoneId zone) {

    public enum Frequency { DAILY, WEEKLY }

    public Schedule {
        if (frequency == null || day == null || at == null || zone == null) {
            throw new InvalidValueException("schedule", "a schedule has a frequency, a time and a time zone");
        }
        if (day.isPresent() != (frequency == Frequency.WEEKLY)) {
            throw new InvalidValueException("schedule.day", "exactly a weekly schedule names a day of the week");
        }
    }

    public static Schedule weekly(DayOfWeek day, LocalTime at, ZoneId zone) {
        return new Schedule(Frequency.WEEKLY, Optional.of(day), at, zone);
    }

    public static Schedule daily(LocalTime at, ZoneId zone) {
        return new Schedule(Frequency.DAILY, Optional.empty(), at, zone);
    }

    /** The latest time the programme was due at or before {@code now}. */
    public Instant latestDueAtOrBefore(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = switch (frequency) {
            case DAILY -> local.with(at);
            case WEEKLY -> local.with(TemporalAdjusters.previousOrSame(day.orElseThrow())).with(at);
        };
        if (candidate.toInstant().isAfter(now)) {
            candidate = frequency == Frequency.DAILY ? candidate.minusDays(1).with(at) : candidate.minusWeeks(1).with(at);
        }
        return candidate.toInstant();
    }

    /** The first time the programme is due strictly after {@code now}. */
    public Instant nextDueAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = switch (frequency) {
            case DAILY -> local.with(at);
            case WEEKLY -> local.with(TemporalAdjusters.nextOrSame(day.orElseThrow())).with(at);
        };
        if (!candidate.toInstant().isAfter(now)) {
            candidate = frequency == Frequency.DAILY ? candidate.plusDays(1).with(at) : candidate.plusWeeks(1).with(at);
        }
        return candidate.toInstant();
    }

    @Override
    public String toString() {
        return (frequency == Frequency.DAILY ? "daily" : "weekly on " + day.orElseThrow()) + " at " + at + " " + zone;
    }
}
