package org.shizhi.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year of official holiday arrangements: the public holidays (放假) and the weekend days worked
 * instead (调休上班). A year is all or nothing: a calendar either has the State Council's notice for it
 * or does not cover it.
 *
 * @param year           the calendar year
 * @param holidays       days off, weekdays or not (a holiday on a Saturday is harmless and keeps the notice's list whole)
 * @param makeUpWorkdays Saturdays and Sundays that are worked
 */
public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

    public CalendarYear {
        if (year < 1900 || year > 9999) {
            throw new InvalidValueException("year", "calendar year must be between 1900 and 9999, got " + year);
        }
        if (holidays == null) {
            throw new InvalidValueException("holidays", "holidays are required (an empty set if there are none)");
        }
        if (makeUpWorkdays == null) {
            throw new InvalidValueException("makeUpWorkdays", "make-up workdays are required (an empty set if there are none)");
        }
        for (LocalDate day : holidays) {
            requireInYear("holidays", "holiday", day, year);
        }
        for (LocalDate day : makeUpWorkdays) {
            requireInYear("makeUpWorkdays", "make-up workday", day, year);
            // A weekday "make-up" changes nothing, so it can only be a typo in the source data.
            if (!isWeekend(day)) {
                throw new InvalidValueException("makeUpWorkdays", "make-up workday " + day + " must be a Saturday or Sunday, but is a "
                        + day.getDayOfWeek());
            }
        }
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        TreeSet<LocalDate> both = new TreeSet<>(holidays);
        both.retainAll(makeUpWorkdays);
        if (!both.isEmpty()) {
            throw new InvalidValueException("makeUpWorkdays",
                    "a day cannot be both a holiday and a make-up workday: " + both);
        }
    }

    /** The rule of the calendar for a day of this year. */
    public boolean isWorkingDay(LocalDate date) {
        requireInYear("date", "date", date, year);
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !holidays.contains(date);
    }

    private static void requireInYear(String field, String what, LocalDate day, int year) {
        if (day == null) {
            throw new InvalidValueException(field, what + " must not be null");
        }
        if (day.getYear() != year) {
            throw new InvalidValueException(field, what + " " + day + " is not in calendar year " + year);
        }
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
