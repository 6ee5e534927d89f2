package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.grid.model.SampleEvents.china;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.SampleEvents;

/** Deadlines on the official 2025 calendar: National Day and Mid-Autumn 10-01 to 10-08, make-up Sunday 09-28 and Saturday 10-11. */
class WorkingTimeTest {

    private final WorkCalendar calendar = SampleEvents.calendar();

    @Test
    void threeWorkingDaysFromTheFridayBeforeTheHolidayCountTheMakeUpSundayAndEndOnTheEve() {
        Deadline deadline = Deadline.after(calendar, china("2025-09-26T10:00"), 3);

        assertThat(deadline.dueOn()).as("09-28 (make-up Sunday), 09-29, 09-30").isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(deadline.passesAt()).isEqualTo(china("2025-10-01T00:00"));
        assertThat(deadline.hasPassed(china("2025-09-30T23:59"))).isFalse();
        assertThat(deadline.hasPassed(china("2025-10-01T00:00"))).isTrue();
    }

    @Test
    void threeWorkingDaysFromTheFirstHolidayMorningSkipTheHolidayAndCountTheMakeUpSaturday() {
        assertThat(Deadline.after(calendar, china("2025-10-01T09:00"), 3).dueOn())
                .as("10-09, 10-10, 10-11 (make-up Saturday)").isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void twoWorkingHoursOnTheEveOfTheHolidayEndTheMorningAfterIt() {
        assertThat(WorkingTime.addWorkingHours(calendar, OfficeHours.STANDARD, china("2025-09-30T16:30"), 2))
                .as("16:30–17:30 on the eve, then 08:30–09:30 on 10-09").isEqualTo(china("2025-10-09T09:30"));
    }

    @Test
    void workingHoursStartingBeforeOpeningOrOnAWeekendCountFromTheNextOpening() {
        assertThat(WorkingTime.addWorkingHours(calendar, OfficeHours.STANDARD, china("2025-09-29T06:00"), 1))
                .isEqualTo(china("2025-09-29T09:30"));
        assertThat(WorkingTime.addWorkingHours(calendar, OfficeHours.STANDARD, china("2025-09-27T15:00"), 1))
                .as("Saturday 09-27 is off; Sunday 09-28 is worked").isEqualTo(china("2025-09-28T09:30"));
        assertThat(WorkingTime.addWorkingHours(calendar, OfficeHours.STANDARD, china("2025-09-29T17:00"), 10))
                .as("half an hour on 09-29, nine on 09-30, half an hour after the holiday").isEqualTo(china("2025-10-09T09:00"));
    }

    @Test
    void oneWorkingDaySummonsIsDueAtClosingOnTheNextWorkingDay() {
        assertThat(ReportWithin.workingDays(1).dueAt(calendar, OfficeHours.STANDARD, china("2025-09-26T11:00")))
                .isEqualTo(china("2025-09-28T17:30"));
    }
}
