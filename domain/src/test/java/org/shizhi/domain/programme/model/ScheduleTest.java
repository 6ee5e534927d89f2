package org.shizhi.domain.programme.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;

class ScheduleTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Schedule TUESDAY_EVENINGS = Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(19, 30), CHINA);

    private static Instant china(int month, int day, int hour, int minute) {
        return LocalDate.of(2026, month, day).atTime(hour, minute).atZone(CHINA).toInstant();
    }

    @Test
    void aWeeklyScheduleIsDueOnItsDayAndTimeInItsZone() {
        assertThat(TUESDAY_EVENINGS.latestDueAtOrBefore(china(11, 17, 19, 30))).isEqualTo(china(11, 17, 19, 30));
        assertThat(TUESDAY_EVENINGS.latestDueAtOrBefore(china(11, 17, 19, 29))).as("a minute early: last week's").isEqualTo(china(11, 10, 19, 30));
        assertThat(TUESDAY_EVENINGS.latestDueAtOrBefore(china(11, 20, 8, 0))).isEqualTo(china(11, 17, 19, 30));
        assertThat(TUESDAY_EVENINGS.nextDueAfter(china(11, 17, 19, 30))).isEqualTo(china(11, 24, 19, 30));
        assertThat(TUESDAY_EVENINGS.nextDueAfter(china(11, 16, 23, 59))).isEqualTo(china(11, 17, 19, 30));
        assertThat(china(11, 17, 19, 30)).as("19:30 in China is 11:30 UTC").isEqualTo(Instant.parse("2026-11-17T11:30:00Z"));
    }

    @Test
    void aDailyScheduleIsDueEveryDay() {
        Schedule mornings = Schedule.daily(LocalTime.of(8, 0), CHINA);
        assertThat(mornings.latestDueAtOrBefore(china(11, 17, 7, 59))).isEqualTo(china(11, 16, 8, 0));
        assertThat(mornings.nextDueAfter(china(11, 17, 7, 59))).isEqualTo(china(11, 17, 8, 0));
        assertThat(mornings.toString()).isEqualTo("daily at 08:00 Asia/Shanghai");
    }

    @Test
    void exactlyAWeeklyScheduleNamesADay() {
        assertThatThrownBy(() -> new Schedule(Schedule.Frequency.DAILY, Optional.of(DayOfWeek.MONDAY), LocalTime.NOON, CHINA))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Schedule(Schedule.Frequency.WEEKLY, Optional.empty(), LocalTime.NOON, CHINA))
                .isInstanceOf(InvalidValueException.class);
    }
}
