package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkCalendar} must do, checked against the State Council's real arrangements for
 * 2024–2026. Each adapter subclasses this with a calendar that holds at least those three years, so
 * that all calendars answer alike.
 */
public abstract class WorkCalendarContract {

    /** A calendar holding the official data for 2024, 2025 and 2026. */
    protected abstract WorkCalendar calendar();

    @Test
    void coversTheOfficialYears() {
        assertThat(calendar().coveredYears())
                .as("the calendar under test must hold the official arrangements for 2024 to 2026")
                .contains(2024, 2025, 2026);
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        LocalDate makeUp = LocalDate.of(2025, 10, 11);
        assertThat(makeUp.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar().isWorkingDay(makeUp))
                .as("2025-10-11 is a Saturday worked in exchange for the National Day holiday")
                .isTrue();
    }

    @Test
    void aMondayInsideTheNationalDayHolidayIsNotAWorkingDay() {
        assertThat(calendar().isWorkingDay(LocalDate.of(2025, 10, 6)))
                .as("2025-10-06 is a Monday inside the National Day and Mid-Autumn holiday (10-01 to 10-08)")
                .isFalse();
    }

    @Test
    void ordinaryWeekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
        WorkCalendar calendar = calendar();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 15))).as("an ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 16))).as("an ordinary Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 17))).as("an ordinary Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 14))).as("an ordinary Friday").isTrue();
    }

    @Test
    void oneWorkingDayAfterTheEveOfNationalDay2026IsTheThursdayAfterTheHoliday() {
        // 2026-09-30 is a Wednesday; 10-01 to 10-07 are off; 10-08 is a Thursday and worked.
        assertThat(calendar().addWorkingDays(LocalDate.of(2026, 9, 30), 1))
                .as("one working day after 2026-09-30 skips the whole National Day holiday")
                .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void addingWorkingDaysSkipsWeekendsAndDoesNotCountTheStart() {
        WorkCalendar calendar = calendar();
        LocalDate friday = LocalDate.of(2025, 3, 14);
        assertThat(calendar.addWorkingDays(friday, 1)).as("one working day after a Friday").isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(calendar.addWorkingDays(friday, 5)).as("five working days after a Friday").isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 15), 1))
                .as("one working day after a Saturday is the Monday").isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void addingZeroWorkingDaysLeavesTheStartAsItIs() {
        LocalDate sunday = LocalDate.of(2025, 3, 16);
        assertThat(calendar().addWorkingDays(sunday, 0)).as("zero working days after a Sunday").isEqualTo(sunday);
    }

    @Test
    void addingNegativeWorkingDaysIsRefused() {
        assertThatThrownBy(() -> calendar().addWorkingDays(LocalDate.of(2025, 3, 14), -1))
                .as("counting backwards is not what addWorkingDays means")
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void theSpringFestival2024IsCrossedToTheMakeUpSunday() {
        WorkCalendar calendar = calendar();
        // 2024-02-09 (Friday, 除夕) is worked; 02-10 to 02-17 are off; Sunday 02-18 is a make-up workday.
        LocalDate thursday = LocalDate.of(2024, 2, 8);
        assertThat(calendar.addWorkingDays(thursday, 1)).as("the eve is worked").isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(calendar.addWorkingDays(thursday, 2)).as("the make-up Sunday after the holiday")
                .isEqualTo(LocalDate.of(2024, 2, 18));
        assertThat(calendar.addWorkingDays(thursday, 3)).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).as("Sunday 2024-02-04 is a make-up workday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 14))).as("Wednesday 2024-02-14 is inside the holiday").isFalse();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 19)))
                .as("from the eve to the Monday after: the make-up Sunday and the Monday").isEqualTo(2);
    }

    @Test
    void countingCrossesTheTurnOfTheYearAndSkipsNewYearsDay() {
        WorkCalendar calendar = calendar();
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2)))
                .as("2024-12-31 and 2025-01-02 are worked, 2025-01-01 is not").isEqualTo(2);
    }

    @Test
    void workingDaysBetweenCountsMakeUpDaysAndNotHolidays() {
        // 2025-10-01 to 10-08 off, 10-09 (Thu) and 10-10 (Fri) worked, 10-11 (Sat) a make-up workday.
        assertThat(calendar().workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11))).isEqualTo(3);
    }

    @Test
    void workingDaysBetweenIsZeroForOneDayAndNegativeBackwards() {
        WorkCalendar calendar = calendar();
        LocalDate day = LocalDate.of(2025, 6, 10);
        assertThat(calendar.workingDaysBetween(day, day)).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 14)))
                .as("a week backwards is minus the working days of that week").isEqualTo(-5);
    }

    @Test
    void addingThenCountingGivesBackTheSameNumberEverywhereInTheCoveredYears() {
        WorkCalendar calendar = calendar();
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.isBefore(LocalDate.of(2026, 10, 1)); start = start.plusDays(3)) {
            for (int days = 0; days <= 45; days += 5) {
                LocalDate end = calendar.addWorkingDays(start, days);
                assertThat(calendar.workingDaysBetween(start, end))
                        .as("workingDaysBetween(%s, addWorkingDays(%s, %d) = %s)", start, start, days, end)
                        .isEqualTo(days);
                if (days > 0) {
                    assertThat(calendar.isWorkingDay(end)).as("%d working days after %s must land on a working day", days, start).isTrue();
                }
            }
        }
    }

    @Test
    void addingAgreesWithWalkingDayByDay() {
        WorkCalendar calendar = calendar();
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.isBefore(LocalDate.of(2026, 11, 1)); start = start.plusDays(11)) {
            LocalDate walked = start;
            for (int days = 1; days <= 30; days++) {
                do {
                    walked = walked.plusDays(1);
                } while (!calendar.isWorkingDay(walked));
                assertThat(calendar.addWorkingDays(start, days))
                        .as("%d working days after %s, counted one day at a time", days, start)
                        .isEqualTo(walked);
            }
        }
    }

    @Test
    void aYearWithoutDataIsAnExplicitRefusalNamingTheYear() {
        WorkCalendar calendar = calendar();
        int missing = Collections.max(calendar.coveredYears()) + 1;
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(missing, 3, 3)))
                .as("a day in %d, which the calendar has no data for, must not be guessed", missing)
                .isInstanceOf(MissingReferenceDataException.class)
                .hasMessageContaining(String.valueOf(missing))
                .hasMessageContaining("2024")
                .hasMessageContaining("2026");
    }

    @Test
    void countingIntoAYearWithoutDataIsRefusedRatherThanGuessed() {
        WorkCalendar calendar = calendar();
        int last = Collections.max(calendar.coveredYears());
        LocalDate lateInLastYear = LocalDate.of(last, 12, 20);
        assertThatThrownBy(() -> calendar.addWorkingDays(lateInLastYear, 30))
                .as("30 working days after %s run into %d", lateInLastYear, last + 1)
                .isInstanceOf(MissingReferenceDataException.class)
                .hasMessageContaining(String.valueOf(last + 1));
        assertThatThrownBy(() -> calendar.workingDaysBetween(lateInLastYear, LocalDate.of(last + 1, 1, 10)))
                .isInstanceOf(MissingReferenceDataException.class)
                .hasMessageContaining(String.valueOf(last + 1));
        int first = Collections.min(calendar.coveredYears());
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(first - 1, 12, 31), LocalDate.of(first, 1, 10)))
                .isInstanceOf(MissingReferenceDataException.class)
                .hasMessageContaining(String.valueOf(first - 1));
    }
}
