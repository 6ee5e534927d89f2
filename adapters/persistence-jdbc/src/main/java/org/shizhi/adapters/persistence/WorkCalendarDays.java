package org.shizhi.adapters.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The platform's work calendar in the table {@code work_calendar_day} (V240), for SQL that counts working days: each day
 * of the calendar's latest run of consecutive covered years (as yyyymmdd and as a date) with its working-day ordinal, the
 * working days from the day before that run up to and including the day. {@code ordinal(b) - ordinal(a)} is then
 * {@link WorkCalendar#workingDaysBetween}{@code (a, b)} for any two days of the run, either way round. A day the table lacks
 * is one the calendar refuses too.
 *
 * <p>Written once per instance, at the platform's start ({@link Database#alignWorkCalendar}) or before the first query
 * that needs it: rows that differ from the calendar the platform
 * started with (a new calendar file, a provisional year's notice loaded) are rewritten and rows of years no longer covered
 * deleted, so the table follows the calendar from one start to the next. Instances started with the same calendar write
 * the same values (an upsert, safe when two start at once).
 */
final class WorkCalendarDays {

    /**
     * The first year written: China has kept UTC+8 without summer time since 1992, so from then on an instant's day in
     * China is its whole days since 1970-01-01 08:00 UTC, which PostgreSQL finds by integer arithmetic
     * (JdbcIndicatorTallies). A day before it is missing from the table, which the median refuses, as for any other year.
     */
    static final int FIRST_YEAR = 1992;

    private final Jdbi jdbi;
    private final boolean postgres;
    private final WorkCalendar calendar;
    private volatile boolean written;

    WorkCalendarDays(Jdbi jdbi, boolean postgres, WorkCalendar calendar) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.calendar = calendar;
    }

    /** Brings the table in line with the calendar, the first time only. */
    void write() {
        if (written) {
            return;
        }
        synchronized (this) {
            if (written) {
                return;
            }
            Map<Integer, Integer> wanted = ordinals(calendar);
            jdbi.useTransaction(h -> {
                Map<Integer, Integer> present = new HashMap<>();
                h.createQuery("SELECT day_number, working_day_ordinal FROM work_calendar_day")
                        .map((rs, ctx) -> present.put(rs.getInt("day_number"), rs.getInt("working_day_ordinal"))).list();
                List<Integer> gone = present.keySet().stream().filter(day -> !wanted.containsKey(day)).toList();
                if (!gone.isEmpty()) {
                    PreparedBatch delete = h.prepareBatch("DELETE FROM work_calendar_day WHERE day_number = :day");
                    gone.forEach(day -> delete.bind("day", day).add());
                    delete.execute();
                }
                PreparedBatch upsert = h.prepareBatch(postgres
                        ? "INSERT INTO work_calendar_day (day_number, on_day, epoch_day, working_day_ordinal)"
                                + " VALUES (:day, :on_day, :epoch_day, :ordinal)"
                                + " ON CONFLICT (day_number) DO UPDATE SET working_day_ordinal = EXCLUDED.working_day_ordinal"
                        : "MERGE INTO work_calendar_day (day_number, on_day, epoch_day, working_day_ordinal) KEY (day_number)"
                                + " VALUES (:day, :on_day, :epoch_day, :ordinal)");
                wanted.forEach((day, ordinal) -> {
                    if (!ordinal.equals(present.get(day))) {
                        upsert.bind("day", day).bind("on_day", SqlValues.date(date(day)))
                                .bind("epoch_day", (int) date(day).toEpochDay()).bind("ordinal", ordinal).add();
                    }
                });
                boolean changed = !gone.isEmpty() || upsert.size() > 0;
                if (upsert.size() > 0) {
                    upsert.execute();
                }
                if (changed) {
                    // The days changed (or were copied in for the first time since V270): the working days stored with
                    // the closed events follow them, counted as the median counts an event without them.
                    h.createUpdate("UPDATE grid_event e SET closed_working_days = (SELECT c.working_day_ordinal - r.working_day_ordinal"
                            + " FROM work_calendar_day r, work_calendar_day c WHERE " + day(postgres, "r", "e.reported_at") + " AND "
                            + day(postgres, "c", "e.closed_at") + ") WHERE e.closed_at IS NOT NULL").execute();
                    // The month tally counts closures by those days.
                    GridEventMonthTally.ask(h, "the work calendar changed the working days to close");
                }
            });
            written = true;
        }
    }

    /**
     * The condition that the row of {@code work_calendar_day} aliased {@code alias} is the day in China of an instant
     * column, by its number of days from 1970-01-01 ({@code epoch_day}, V250). PostgreSQL counts the whole days since
     * midnight of 1970-01-01 in China at UTC+8 (an interval's day field: integer arithmetic, exact for the calendar's days,
     * all from {@link #FIRST_YEAR} on); converting each instant to the zone and casting it to a date was twice as slow. H2
     * counts the day boundaries between that midnight and the instant in China (its DATEDIFF compares the local dates).
     */
    static String day(boolean postgres, String alias, String column) {
        return postgres
                ? alias + ".epoch_day = CAST(date_part('day', " + column + " - TIMESTAMPTZ '1970-01-01 00:00:00+08') AS INTEGER)"
                : alias + ".epoch_day = CAST(DATEDIFF(DAY, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+08', " + column
                        + " AT TIME ZONE '" + WorkingTime.ZONE_ID + "') AS INTEGER)";
    }

    /** Each day of the latest run of consecutive covered years, as yyyymmdd, with its working-day ordinal. */
    static Map<Integer, Integer> ordinals(WorkCalendar calendar) {
        Set<Integer> years = calendar.coveredYears();
        int last = years.stream().mapToInt(Integer::intValue).max().orElseThrow(() -> new IllegalStateException("a calendar without years"));
        int first = last;
        while (years.contains(first - 1) && first - 1 >= FIRST_YEAR) {
            first--;
        }
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int ordinal = 0;
        for (LocalDate day = LocalDate.of(first, 1, 1); day.getYear() <= last; day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                ordinal++;
            }
            out.put(yyyymmdd(day), ordinal);
        }
        return out;
    }

    static LocalDate date(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    static int yyyymmdd(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
