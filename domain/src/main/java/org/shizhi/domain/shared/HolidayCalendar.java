package org.shizhi.domain.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The {@link WorkCalendar} computed from official {@link CalendarYear}s, with no I/O: adapters only
 * read the data and hand it over, so every source of holiday data answers by the same rule.
 *
 * <p>Each year is indexed once into a running count of working days by day of year. Counting between two
 * dates is then a few subtractions per year crossed, and adding working days is a binary search in the
 * year where the count is reached: no day-by-day walk, whatever the distance.
 */
public final class HolidayCalendar implements WorkCalendar {

    private final Map<Integer, YearIndex> years;
    private final Set<Integer> coveredYears;
    private final Set<Integer> provisionalYears;
    private final List<CalendarYear> official;
    private final List<CalendarYear> provisional;

    public HolidayCalendar(Collection<CalendarYear> calendarYears) {
        this(calendarYears, List.of());
    }

    /**
     * @param official    years as the State Council's notices arrange them
     * @param provisional years counted on the statutory holidays alone until their notice is loaded (see
     *                    {@link WorkCalendar#provisionalYears()})
     */
    public HolidayCalendar(Collection<CalendarYear> official, Collection<CalendarYear> provisional) {
        if (official == null || official.isEmpty()) {
            throw new InvalidValueException("years", "a work calendar needs at least one calendar year");
        }
        TreeMap<Integer, YearIndex> indexed = new TreeMap<>();
        for (CalendarYear year : official) {
            if (indexed.put(year.year(), new YearIndex(year)) != null) {
                throw new InvalidValueException("years", "calendar year " + year.year() + " is given more than once");
            }
        }
        for (CalendarYear year : provisional) {
            if (indexed.put(year.year(), new YearIndex(year)) != null) {
                throw new InvalidValueException("years", "calendar year " + year.year() + " is official; it cannot also be provisional");
            }
        }
        this.years = indexed;
        this.coveredYears = Set.copyOf(indexed.keySet());
        this.provisionalYears = provisional.stream().map(CalendarYear::year).collect(Collectors.toUnmodifiableSet());
        this.official = List.copyOf(official);
        this.provisional = List.copyOf(provisional);
    }

    /** This calendar with one more year, counted provisionally. */
    public HolidayCalendar withProvisional(CalendarYear year) {
        List<CalendarYear> more = new java.util.ArrayList<>(provisional);
        more.add(year);
        return new HolidayCalendar(official, more);
    }

    public static HolidayCalendar of(CalendarYear... calendarYears) {
        return new HolidayCalendar(List.of(calendarYears));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        YearIndex year = yearOf(date);
        int day = date.getDayOfYear();
        return year.countThrough[day] > year.countThrough[day - 1];
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new InvalidValueException("days", "working days to add must not be negative, got " + days);
        }
        YearIndex year = yearOf(start);
        if (days == 0) {
            return start;
        }
        // The target's rank among the working days of start's year; carried into later years as needed.
        long target = (long) year.countThrough[start.getDayOfYear()] + days;
        while (target > year.total()) {
            target -= year.total();
            year = index(year.year + 1);
        }
        return LocalDate.ofYearDay(year.year, year.firstDayReaching((int) target));
    }

    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        YearIndex from = yearOf(fromExclusive);
        YearIndex to = yearOf(toInclusive);
        int count = to.countThrough[toInclusive.getDayOfYear()] - from.countThrough[fromExclusive.getDayOfYear()];
        for (int y = from.year; y < to.year; y++) {
            count += index(y).total();
        }
        return count;
    }

    @Override
    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    @Override
    public Set<Integer> provisionalYears() {
        return provisionalYears;
    }

    private YearIndex yearOf(LocalDate date) {
        if (date == null) {
            throw new InvalidValueException("date", "date is required");
        }
        return index(date.getYear());
    }

    private YearIndex index(int year) {
        YearIndex index = years.get(year);
        if (index == null) {
            throw new MissingReferenceDataException("the work calendar has no holiday data for " + year
                    + "; years covered: " + years.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return index;
    }

    /** Working days of one year as a running count: countThrough[d] = working days on day-of-year 1..d. */
    private static final class YearIndex {
        final int year;
        final int[] countThrough;

        YearIndex(CalendarYear calendarYear) {
            this.year = calendarYear.year();
            int length = LocalDate.of(year, 1, 1).lengthOfYear();
            this.countThrough = new int[length + 1];
            LocalDate day = LocalDate.of(year, 1, 1);
            for (int d = 1; d <= length; d++, day = day.plusDays(1)) {
                countThrough[d] = countThrough[d - 1] + (calendarYear.isWorkingDay(day) ? 1 : 0);
            }
        }

        int total() {
            return countThrough[countThrough.length - 1];
        }

        /** The first day of year whose running count reaches {@code rank} (1 <= rank <= total). */
        int firstDayReaching(int rank) {
            int low = 1;
            int high = countThrough.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (countThrough[mid] >= rank) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }
    }
}
