package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest extends WorkCalendarContract {

    private static final WorkCalendar OFFICIAL = new HolidayCalendar(OfficialCalendarYears.years2024To2026());

    @Override
    protected WorkCalendar calendar() {
        return OFFICIAL;
    }

    @Test
    void aGapBetweenCoveredYearsIsRefusedWhenCrossed() {
        List<CalendarYear> official = OfficialCalendarYears.years2024To2026();
        HolidayCalendar withGap = HolidayCalendar.of(official.get(0), official.get(2));
        assertThatThrownBy(() -> withGap.workingDaysBetween(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 6, 1)))
                .as("2025 lies between the dates and has no data")
                .isInstanceOf(MissingReferenceDataException.class)
                .hasMessageContaining("2025")
                .hasMessageContaining("2024, 2026");
    }

    @Test
    void aYearGivenTwiceIsRefused() {
        CalendarYear empty = new CalendarYear(2030, Set.of(), Set.of());
        assertThatThrownBy(() -> HolidayCalendar.of(empty, empty))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2030 is given more than once");
    }

    @Test
    void aCalendarWithoutAnyYearIsRefused() {
        assertThatThrownBy(() -> new HolidayCalendar(List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one calendar year");
    }

    @Test
    void aYearWithoutHolidaysIsJustMondayToFriday() {
        HolidayCalendar plain = HolidayCalendar.of(new CalendarYear(2030, Set.of(), Set.of()));
        assertThat(plain.workingDaysBetween(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)))
                .as("2030 has 261 weekdays, the first of them Tuesday 1 January, which the interval excludes")
                .isEqualTo(260);
    }

    @Test
    void aDayThatIsBothHolidayAndMakeUpWorkdayIsRefused() {
        LocalDate saturday = LocalDate.of(2025, 10, 11);
        assertThatThrownBy(() -> new CalendarYear(2025, Set.of(saturday), Set.of(saturday)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("both a holiday and a make-up workday")
                .hasMessageContaining("2025-10-11");
    }

    @Test
    void aDateOutsideItsYearIsRefused() {
        assertThatThrownBy(() -> new CalendarYear(2025, Set.of(LocalDate.of(2024, 10, 1)), Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("holiday 2024-10-01 is not in calendar year 2025");
    }

    @Test
    void aMakeUpWorkdayOnAWeekdayIsRefusedAsATypo() {
        assertThatThrownBy(() -> new CalendarYear(2025, Set.of(), Set.of(LocalDate.of(2025, 10, 13))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("make-up workday 2025-10-13 must be a Saturday or Sunday");
    }

    @Test
    void theYearsOfACalendarYearAreCopiedSoLaterChangesDoNotLeakIn() {
        Set<LocalDate> holidays = new java.util.HashSet<>(Set.of(LocalDate.of(2030, 1, 1)));
        CalendarYear year = new CalendarYear(2030, holidays, Set.of());
        holidays.add(LocalDate.of(2030, 1, 2));
        assertThat(year.holidays()).containsExactly(LocalDate.of(2030, 1, 1));
    }
}
