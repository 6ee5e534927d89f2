package org.shizhi.adapters.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shizhi.domain.shared.CalendarYear;
import org.shizhi.domain.shared.MissingReferenceDataException;
import org.shizhi.domain.shared.WorkCalendar;

class StatutoryHolidaysTest {

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void everyStatutoryHolidayIsAHolidayOfThatYearsOfficialNotice(int year) {
        WorkCalendar official = JsonWorkCalendars.fromClasspath();

        CalendarYear statutory = StatutoryHolidays.of(year);

        assertThat(statutory.holidays()).as("the notice gives every statutory day off, and bridging days besides")
                .hasSize(13).allMatch(day -> !official.isWorkingDay(day));
    }

    @Test
    void year2027HasItsLunarFestivalsOnTheDatesTheLunisolarCalendarGives() {
        CalendarYear year = StatutoryHolidays.of(2027);

        assertThat(year.holidays()).as("除夕 and 春节 (lunar new year 6 February 2027), 清明, 端午, 中秋")
                .contains(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8),
                        LocalDate.of(2027, 4, 5), LocalDate.of(2027, 6, 9), LocalDate.of(2027, 9, 15))
                .contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2),
                        LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2), LocalDate.of(2027, 10, 3))
                .hasSize(13);
        assertThat(year.makeUpWorkdays()).as("no rule predicts make-up workdays").isEmpty();
    }

    @Test
    void theYearAfterTheLastNoticeIsCountedProvisionallyOnlyWhenTheOperatorAllowsIt() {
        WorkCalendar strict = JsonWorkCalendars.fromClasspath(JsonWorkCalendars.BeyondNotice.REFUSE);
        WorkCalendar lenient = JsonWorkCalendars.fromClasspath(JsonWorkCalendars.BeyondNotice.STATUTORY);
        LocalDate friday = LocalDate.of(2026, 12, 25);

        assertThatThrownBy(() -> strict.addWorkingDays(friday, 30)).isInstanceOf(MissingReferenceDataException.class);
        assertThat(lenient.addWorkingDays(friday, 30)).as("30 working days: 1 January, 除夕 (Friday 5 February) and 初三 (Monday 8 February) off")
                .isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(lenient.provisionalYears()).containsExactly(2027);
        assertThat(lenient.coveredYears()).contains(2024, 2025, 2026, 2027);
        assertThatThrownBy(() -> lenient.addWorkingDays(friday, 300)).as("one year ahead, no further")
                .isInstanceOf(MissingReferenceDataException.class);
    }
}
