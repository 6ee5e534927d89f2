package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.WorkCalendar;

/** The working-day ordinals copied into work_calendar_day answer what the work calendar answers. */
class WorkCalendarDaysTest {

    private final WorkCalendar calendar = SampleEvents.calendar();
    private final Map<Integer, Integer> ordinals = WorkCalendarDays.ordinals(calendar);

    private int between(LocalDate from, LocalDate to) {
        return ordinals.get(WorkCalendarDays.yyyymmdd(to)) - ordinals.get(WorkCalendarDays.yyyymmdd(from));
    }

    @Test
    void theDifferenceOfTwoOrdinalsIsTheCalendarsWorkingDaysBetweenThemEitherWayRound() {
        // The National Day holiday with its worked weekend days, and the turn of the year 2024 → 2025.
        for (LocalDate start : new LocalDate[] {LocalDate.of(2025, 9, 20), LocalDate.of(2024, 12, 20)}) {
            for (int i = 0; i < 40; i++) {
                for (int j = 0; j < 40; j++) {
                    LocalDate from = start.plusDays(i);
                    LocalDate to = start.plusDays(j);
                    assertThat(between(from, to)).as("from %s to %s", from, to).isEqualTo(calendar.workingDaysBetween(from, to));
                }
            }
        }
    }

    @Test
    void everyDayOfTheCoveredYearsIsThereAndNoOther() {
        assertThat(ordinals).hasSize((int) (LocalDate.of(2027, 1, 1).toEpochDay() - LocalDate.of(2024, 1, 1).toEpochDay()));
        assertThat(ordinals).containsKeys(20240101, 20261231).doesNotContainKeys(20231231, 20270101);
    }
}
