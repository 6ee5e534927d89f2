package org.shizhi.adapters.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.shizhi.domain.shared.CalendarYear;
import org.shizhi.domain.shared.MissingReferenceDataException;

/**
 * A year's public holidays as the statutory rules fix them (《全国年节及纪念日放假办法》, as revised in 2024, in force
 * from 2025): 元旦 1 January; 春节 the lunar new year's eve and the first three days of the first lunar month; 清明
 * the Qingming solar term; 劳动节 1–2 May; 端午 the fifth of the fifth lunar month; 中秋 the fifteenth of the eighth;
 * 国庆 1–3 October. The State Council's notice then adds bridging days off and make-up workdays, which no rule
 * predicts: a year made here is provisional, and has no make-up workdays.
 *
 * <p>The lunar festivals come from a table of the published almanac (中国科学院紫金山天文台), not from a computed
 * lunisolar calendar: ICU4J's {@code ChineseCalendar}, tried first, puts the 2027 and 2030 new years a day off, the
 * new moon falling within minutes of midnight in Beijing. A year missing from the table is refused.
 */
final class StatutoryHolidays {

    /** 春节 (正月初一), 端午, 中秋 by Gregorian date; 2025 and 2026 are checked against their notices in the tests. */
    private static final Map<Integer, MonthDay[]> LUNAR_FESTIVALS = Map.of(
            2025, new MonthDay[] {MonthDay.of(1, 29), MonthDay.of(5, 31), MonthDay.of(10, 6)},
            2026, new MonthDay[] {MonthDay.of(2, 17), MonthDay.of(6, 19), MonthDay.of(9, 25)},
            2027, new MonthDay[] {MonthDay.of(2, 6), MonthDay.of(6, 9), MonthDay.of(9, 15)},
            2028, new MonthDay[] {MonthDay.of(1, 26), MonthDay.of(5, 28), MonthDay.of(10, 3)});

    private StatutoryHolidays() {
    }

    /** True if the table knows the year's lunar festivals. */
    static boolean knows(int year) {
        return LUNAR_FESTIVALS.containsKey(year);
    }

    static CalendarYear of(int year) {
        MonthDay[] festivals = LUNAR_FESTIVALS.get(year);
        if (festivals == null) {
            throw new MissingReferenceDataException("the statutory holidays of " + year + " (its lunar festivals are known for "
                    + new java.util.TreeSet<>(LUNAR_FESTIVALS.keySet()) + "); load the State Council's notice for " + year);
        }
        Set<LocalDate> holidays = new HashSet<>();
        holidays.add(LocalDate.of(year, 1, 1));
        LocalDate newYear = festivals[0].atYear(year);
        for (int d = -1; d <= 2; d++) {
            holidays.add(newYear.plusDays(d));
        }
        holidays.add(qingming(year));
        holidays.add(LocalDate.of(year, 5, 1));
        holidays.add(LocalDate.of(year, 5, 2));
        holidays.add(festivals[1].atYear(year));
        holidays.add(festivals[2].atYear(year));
        holidays.add(LocalDate.of(year, 10, 1));
        holidays.add(LocalDate.of(year, 10, 2));
        holidays.add(LocalDate.of(year, 10, 3));
        return new CalendarYear(year, holidays, Set.of());
    }

    /**
     * The day of the Qingming solar term in April, by the usual approximation for 2001–2099 (the sun reaching 15° of
     * ecliptic longitude, Beijing time): ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋ with Y the year's last two digits.
     */
    static LocalDate qingming(int year) {
        int y = year % 100;
        return LocalDate.of(year, 4, (int) Math.floor(y * 0.2422 + 4.81) - y / 4);
    }
}
