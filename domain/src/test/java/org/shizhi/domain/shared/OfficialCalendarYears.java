package org.shizhi.domain.shared;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The State Council's holiday arrangements for 2024–2026, typed in from the notices so that the domain's
 * own calendar can run {@link WorkCalendarContract} without any adapter.
 */
public final class OfficialCalendarYears {

    private OfficialCalendarYears() {
    }

    public static List<CalendarYear> years2024To2026() {
        return List.of(
                new CalendarYear(2024,
                        days("2024-01-01", "2024-01-01", "2024-02-10", "2024-02-17", "2024-04-04", "2024-04-06",
                                "2024-05-01", "2024-05-05", "2024-06-10", "2024-06-10", "2024-09-15", "2024-09-17",
                                "2024-10-01", "2024-10-07"),
                        dates("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                                "2024-09-29", "2024-10-12")),
                new CalendarYear(2025,
                        days("2025-01-01", "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-04-06",
                                "2025-05-01", "2025-05-05", "2025-05-31", "2025-06-02", "2025-10-01", "2025-10-08"),
                        dates("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")),
                new CalendarYear(2026,
                        days("2026-01-01", "2026-01-03", "2026-02-15", "2026-02-23", "2026-04-04", "2026-04-06",
                                "2026-05-01", "2026-05-05", "2026-06-19", "2026-06-21", "2026-09-25", "2026-09-27",
                                "2026-10-01", "2026-10-07"),
                        dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")));
    }

    /** Every day of the inclusive ranges given as pairs of first and last day. */
    private static Set<LocalDate> days(String... firstLastPairs) {
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < firstLastPairs.length; i += 2) {
            LocalDate last = LocalDate.parse(firstLastPairs[i + 1]);
            for (LocalDate d = LocalDate.parse(firstLastPairs[i]); !d.isAfter(last); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    private static Set<LocalDate> dates(String... isoDates) {
        Set<LocalDate> dates = new HashSet<>();
        for (String iso : isoDates) {
            dates.add(LocalDate.parse(iso));
        }
        return dates;
    }
}
