package org.shizhi.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.port.out.IndicatorTallies;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The built-in indicators over grid events and summonses: one {@code GROUP BY} per indicator for all units at once, the
 * unit being the leading digits of a community code (areas select their data by code prefix, as {@link AreaRange}
 * does). Reads the grid context's tables and writes none. "Due" and "past due" count only what is due before the
 * caller's {@code asOf} (the service clock, bound as {@code :now}), so that a period still running is not charged with
 * deadlines yet to come.
 */
final class JdbcIndicatorTallies implements IndicatorTallies {

    private final Jdbi jdbi;
    private final boolean postgres;
    private final WorkCalendar calendar;
    private final WorkCalendarDays calendarDays;
    private final GridEventMonthTally monthTally;

    /** {@code calendar}: the platform's work calendar, which the median's working days are counted on. */
    JdbcIndicatorTallies(Jdbi jdbi, boolean postgres, WorkCalendar calendar) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.calendar = calendar;
        this.calendarDays = new WorkCalendarDays(jdbi, postgres, calendar);
        this.monthTally = new GridEventMonthTally(postgres);
    }

    /**
     * The area indicators over grid events, from the month tally (V280) where it can answer: a period of whole months
     * (every {@link AssessmentPeriod} the platform makes is one) and, for the closure rate, one that has ended by
     * {@code asOf} (a running period counts only what fell due before that instant, which months cannot say); otherwise
     * from the events themselves ({@link #byAreaFromEvents}).
     */
    @Override
    public Map<AreaCode, Reading> byArea(BuiltInIndicator indicator, AreaCode within, AdminLevel level, AssessmentPeriod period,
                                         Instant asOf) {
        if (wholeMonths(period) && (indicator != BuiltInIndicator.EVENT_CLOSURE_RATE || !asOf.isBefore(period.end()))) {
            String[] measure = switch (indicator) {
                case EVENT_CLOSURE_RATE -> new String[] {"DUE", "CASE WHEN t.detail <> 0 AND t.detail < :end_month THEN t.events ELSE 0 END"};
                case EVENT_ON_TIME_CLOSURE_RATE -> new String[] {"CLOSED", "t.hits"};
                case RESIDENT_SATISFACTION -> new String[] {"VERDICT", "t.hits"};
                default -> throw new IllegalArgumentException(indicator + " is not counted by area in the store");
            };
            Map<AreaCode, Reading> out = new HashMap<>();
            monthTally(within, level, period, measure[0], "SUM(" + measure[1] + ") AS n, SUM(t.events) AS d", false,
                    rs -> out.put(AreaGroups.area(rs.getString("unit")), Reading.share(rs.getLong("n"), rs.getLong("d"))));
            return out;
        }
        return byAreaFromEvents(indicator, within, level, period, asOf);
    }

    private static boolean wholeMonths(AssessmentPeriod period) {
        return period.from().getDayOfMonth() == 1 && period.until().getDayOfMonth() == 1;
    }

    /**
     * One measure of the month tally summed by unit (and by its detail, the working days of CLOSED, where
     * {@code byDetail}) over the period's months, groups whose counts moved away to nothing left out (as units without
     * anything to count are).
     */
    private void monthTally(AreaCode within, AdminLevel level, AssessmentPeriod period, String measure, String sums, boolean byDetail,
                            Row row) {
        monthTally.rebuildIfAsked(jdbi);
        AreaRange range = AreaRange.of(within);
        String unit = AreaGroups.unit("t.community_code", level);
        String grouped = unit + (byDetail ? ", t.detail" : "");
        jdbi.useHandle(h -> range.bind(h.createQuery("SELECT " + unit + " AS unit" + (byDetail ? ", t.detail" : "") + ", " + sums
                                + " FROM grid_event_month_tally t WHERE t.measure = :measure AND t.in_month >= :start_month"
                                + " AND t.in_month < :end_month AND " + range.on("t.community_code")
                                + " GROUP BY " + grouped + " HAVING SUM(t.events) > 0"))
                .bind("measure", measure)
                .bind("start_month", GridEventMonthTally.month(period.from()))
                .bind("end_month", GridEventMonthTally.month(period.until()))
                .map((rs, ctx) -> {
                    row.read(rs);
                    return 0;
                }).list());
    }

    @FunctionalInterface
    private interface Row {
        void read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** {@link #byArea} counted from the events of the period. */
    Map<AreaCode, Reading> byAreaFromEvents(BuiltInIndicator indicator, AreaCode within, AdminLevel level, AssessmentPeriod period,
                                            Instant asOf) {
        Tally tally = switch (indicator) {
            case EVENT_CLOSURE_RATE -> share("e.community_code", level,
                    "CASE WHEN e.closed_at IS NOT NULL AND e.closed_at < :end THEN 1 ELSE 0 END", "1",
                    "grid_event e", "e.deadline_passes_at >= :start AND e.deadline_passes_at < :end "
                            + "AND e.deadline_passes_at < :now AND e.state <> 'REJECTED' AND e.merged_into IS NULL");
            case EVENT_ON_TIME_CLOSURE_RATE -> share("e.community_code", level,
                    "CASE WHEN e.closed_at <= e.deadline_passes_at THEN 1 ELSE 0 END", "1",
                    "grid_event e", "e.closed_at >= :start AND e.closed_at < :end AND e.merged_into IS NULL");
            case RESIDENT_SATISFACTION -> share("e.community_code", level,
                    "CASE WHEN e.verdict_satisfaction >= 4 THEN 1 ELSE 0 END", "1",
                    "grid_event e", "e.verdict_at >= :start AND e.verdict_at < :end AND e.verdict_satisfaction IS NOT NULL");
            default -> throw new IllegalArgumentException(indicator + " is not counted by area in the store");
        };
        AreaRange range = AreaRange.of(within);
        String sql = tally.sql(range);
        return jdbi.withHandle(h -> {
            Query query = range.bind(h.createQuery(sql));
            bindPeriod(query, sql, period, asOf);
            Map<AreaCode, Reading> out = new HashMap<>();
            query.map((rs, ctx) -> {
                out.put(unit(rs.getString("unit")), Reading.share(rs.getLong("n"), rs.getLong("d")));
                return 0;
            }).list();
            return out;
        });
    }

    /** A share counted per unit: numerator and denominator summed over {@code from} where {@code where}, inside an area. */
    private record Tally(String column, AdminLevel level, String numerator, String denominator, String from, String where) {

        /** {@code SELECT unit, n, d}, the unit being the leading digits of {@code column}. */
        String sql(AreaRange range) {
            String unit = "SUBSTRING(" + column + " FROM 1 FOR " + level.significantDigits() + ")";
            return "SELECT " + unit + " AS unit, SUM(" + numerator + ") AS n, SUM(" + denominator + ") AS d FROM " + from
                    + " WHERE " + range.on(column) + " AND " + where + " GROUP BY " + unit;
        }
    }

    private static Tally share(String column, AdminLevel level, String numerator, String denominator, String from, String where) {
        return new Tally(column, level, numerator, denominator, from, where);
    }

    private static void bindPeriod(Query query, String sql, AssessmentPeriod period, Instant asOf) {
        if (sql.contains(":start")) {
            query.bind("start", SqlValues.instant(period.start()));
        }
        if (sql.contains(":end")) {
            query.bind("end", SqlValues.instant(period.end()));
        }
        if (sql.contains(":now")) {
            query.bind("now", SqlValues.instant(asOf));
        }
    }

    private static AreaCode unit(String prefix) {
        return AreaCode.of(prefix + "0".repeat(12 - prefix.length()));
    }

    @Override
    public Map<String, Reading> byWorker(BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period) {
        if (indicator == BuiltInIndicator.WORKER_EVENTS_FOUND || indicator == BuiltInIndicator.WORKER_EVENTS_HANDLED) {
            return countsByWorker(indicator, within, period);
        }
        String[] tally = switch (indicator) {
            case WORKER_ON_TIME_RESOLUTION -> new String[] {"CASE WHEN e.closed_at <= e.deadline_passes_at THEN 1 ELSE 0 END",
                    "e.closed_at >= :start AND e.closed_at < :end AND e.merged_into IS NULL"};
            case WORKER_SATISFACTION -> new String[] {"CASE WHEN e.verdict_satisfaction >= 4 THEN 1 ELSE 0 END",
                    "e.verdict_at >= :start AND e.verdict_at < :end AND e.verdict_satisfaction IS NOT NULL"};
            default -> throw new IllegalArgumentException(indicator + " is not counted by grid worker in the store");
        };
        AreaRange range = AreaRange.of(within);
        return jdbi.withHandle(h -> {
            Map<String, Reading> out = new HashMap<>();
            range.bind(h.createQuery("SELECT e.resolved_by_member AS worker, SUM(" + tally[0] + ") AS n, COUNT(*) AS d FROM grid_event e WHERE "
                            + range.on("e.community_code") + " AND e.resolved_by_member IS NOT NULL AND " + tally[1]
                            + " GROUP BY e.resolved_by_member"))
                    .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                    .map((rs, ctx) -> {
                        out.put(rs.getString("worker"), Reading.share(rs.getLong("n"), rs.getLong("d")));
                        return 0;
                    }).list();
            return out;
        });
    }

    /**
     * The counts of a worker's own work: events reported through intake (by the grid-worker channel, by a grid worker)
     * or resolved in the period, rejected and merged ones aside for the finds and merged ones for the handling, by the
     * grid member id the worker acted as (V253), the id their visits and training are counted under. One aggregate per
     * indicator.
     */
    private Map<String, Reading> countsByWorker(BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period) {
        AreaRange range = AreaRange.of(within);
        String sql = indicator == BuiltInIndicator.WORKER_EVENTS_FOUND
                ? "SELECT e.reported_by_member AS worker, COUNT(*) AS n FROM grid_event e WHERE " + range.on("e.community_code")
                        + " AND e.reported_at >= :start AND e.reported_at < :end AND e.channel = 'GRID_WORKER' "
                        + "AND e.reported_by_member IS NOT NULL AND e.state <> 'REJECTED' AND e.merged_into IS NULL "
                        + "GROUP BY e.reported_by_member"
                : "SELECT e.resolved_by_member AS worker, COUNT(*) AS n FROM grid_event e WHERE " + range.on("e.community_code")
                        + " AND e.resolved_by_member IS NOT NULL AND e.resolved_at >= :start AND e.resolved_at < :end "
                        + "AND e.merged_into IS NULL GROUP BY e.resolved_by_member";
        return jdbi.withHandle(h -> {
            Map<String, Reading> out = new HashMap<>();
            range.bind(h.createQuery(sql)).bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                    .map((rs, ctx) -> {
                        out.put(rs.getString("worker"), Reading.count(rs.getLong("n")));
                        return 0;
                    }).list();
            return out;
        });
    }

    /**
     * Every department summoned in the period inside the range, with its answer if any ({@code s} the summons, {@code e}
     * its event, {@code d} the department, {@code a} the answer), grouped by department.
     */
    private static String summonedDepartments(AreaRange range) {
        return "FROM grid_event_summons s JOIN grid_event e ON e.id = s.event_id "
                + "JOIN grid_event_summons_department d ON d.summons_id = s.id "
                + "LEFT JOIN grid_event_summons_answer a ON a.summons_id = d.summons_id AND a.department = d.department "
                + "WHERE " + range.on("e.community_code") + " AND s.summoned_at >= :start AND s.summoned_at < :end "
                + "GROUP BY d.department";
    }

    @Override
    public Map<String, SummonsAnswers> summonsAnswers(AreaCode within, AssessmentPeriod period, Instant asOf) {
        AreaRange range = AreaRange.of(within);
        return jdbi.withHandle(h -> {
            Map<String, SummonsAnswers> out = new HashMap<>();
            range.bind(h.createQuery("SELECT d.department, COUNT(*) AS summoned, "
                                    + "SUM(CASE WHEN a.summons_id IS NOT NULL OR (s.due_at < :end AND s.due_at < :now) THEN 1 ELSE 0 END) AS due, "
                                    + "COUNT(a.summons_id) AS answered, "
                                    + "SUM(CASE WHEN a.summons_id IS NOT NULL AND a.late_by_nanos = 0 THEN 1 ELSE 0 END) AS on_time, "
                                    + "SUM(CASE WHEN a.kind = 'ARRIVED' THEN 1 ELSE 0 END) AS arrived "
                                    + summonedDepartments(range)))
                    .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                    .bind("now", SqlValues.instant(asOf))
                    .map((rs, ctx) -> {
                        out.put(rs.getString("department"), new SummonsAnswers(rs.getLong("summoned"), rs.getLong("due"), rs.getLong("answered"),
                                rs.getLong("on_time"), rs.getLong("arrived")));
                        return 0;
                    }).list();
            return out;
        });
    }

    /**
     * From the month tally for a period of whole months whose closures all have their working days stored; otherwise
     * from the events ({@link #closingsFromEvents}).
     */
    @Override
    public List<Closings> closings(AreaCode within, AdminLevel level, AssessmentPeriod period) {
        calendarDays.write();
        if (wholeMonths(period)) {
            List<Closings> out = new ArrayList<>();
            boolean[] unknown = {false};
            monthTally(within, level, period, "CLOSED", "SUM(t.events) AS events, SUM(t.hits) AS on_time", true, rs -> {
                if (rs.getInt("detail") < 0) {
                    unknown[0] = true;
                } else {
                    out.add(new Closings(AreaGroups.area(rs.getString("unit")), rs.getInt("detail"), rs.getLong("events"),
                            rs.getLong("on_time")));
                }
            });
            if (!unknown[0]) {
                return out;
            }
        }
        return closingsFromEvents(within, level, period);
    }

    /** {@link #closings} counted from the events closed in the period. */
    List<Closings> closingsFromEvents(AreaCode within, AdminLevel level, AssessmentPeriod period) {
        calendarDays.write();
        AreaRange range = AreaRange.of(within);
        String unit = AreaGroups.unit("e.community_code", level);
        String onTime = "SUM(CASE WHEN e.closed_at <= e.deadline_passes_at THEN 1 ELSE 0 END) AS on_time";
        String closedInPeriod = " FROM grid_event e WHERE " + range.on("e.community_code")
                + " AND e.closed_at >= :start AND e.closed_at < :end AND e.merged_into IS NULL";
        return jdbi.withHandle(h -> {
            // The working days stored with the closure (V270), grouped as they are: (unit, working days), a few dozen
            // groups per unit. Events without them (closed before V270, written by a tool without the calendar, on a day
            // the calendar lacks) come back as a group without days, counted again below.
            List<Closings> out = new ArrayList<>();
            boolean[] unstored = {false};
            range.bind(h.createQuery("SELECT " + unit + " AS unit, e.closed_working_days AS days, COUNT(*) AS events, " + onTime
                            + closedInPeriod + " GROUP BY " + unit + ", e.closed_working_days"))
                    .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                    .map((rs, ctx) -> {
                        int n = rs.getInt("days");
                        if (rs.wasNull()) {
                            unstored[0] = true;
                        } else {
                            out.add(new Closings(AreaGroups.area(rs.getString("unit")), n, rs.getLong("events"), rs.getLong("on_time")));
                        }
                        return 0;
                    }).list();
            if (!unstored[0]) {
                return out;
            }
            // One group per (unit, working days), whichever way its events were counted.
            Map<Map.Entry<AreaCode, Integer>, Closings> merged = new java.util.LinkedHashMap<>();
            for (Closings c : out) {
                merged.put(Map.entry(c.unit(), c.workingDays()), c);
            }
            for (Closings c : closingsCountedOnTheCalendar(h, range, unit, onTime, closedInPeriod, period)) {
                merged.merge(Map.entry(c.unit(), c.workingDays()), c, (a, b) -> new Closings(a.unit(), a.workingDays(),
                        a.events() + b.events(), a.onTime() + b.onTime()));
            }
            return List.copyOf(merged.values());
        });
    }

    /**
     * The period's closures without stored working days, counted through the calendar's copy: the two days of each event
     * looked up by key (a hash join on PostgreSQL). A day the copy lacks is refused as the calendar refuses it.
     */
    private List<Closings> closingsCountedOnTheCalendar(org.jdbi.v3.core.Handle h, AreaRange range, String unit, String onTime,
                                                        String closedInPeriod, AssessmentPeriod period) {
        String days = "(c.working_day_ordinal - r.working_day_ordinal)";
        String from = " FROM grid_event e LEFT JOIN work_calendar_day r ON " + WorkCalendarDays.day(postgres, "r", "e.reported_at")
                + " LEFT JOIN work_calendar_day c ON " + WorkCalendarDays.day(postgres, "c", "e.closed_at")
                + closedInPeriod.substring(" FROM grid_event e".length()) + " AND e.closed_working_days IS NULL";
        List<Closings> out = new ArrayList<>();
        boolean[] missing = {false};
        range.bind(h.createQuery("SELECT " + unit + " AS unit, " + days + " AS days, COUNT(*) AS events, " + onTime + from
                        + " GROUP BY " + unit + ", " + days))
                .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                .map((rs, ctx) -> {
                    int n = rs.getInt("days");
                    if (rs.wasNull()) {
                        missing[0] = true;
                    } else {
                        out.add(new Closings(AreaGroups.area(rs.getString("unit")), n, rs.getLong("events"), rs.getLong("on_time")));
                    }
                    return 0;
                }).list();
        if (missing[0]) {
            // A day outside the calendar's years: the calendar itself refuses it, naming the year and those it covers.
            range.bind(h.createQuery("SELECT MIN(" + chinaDay("e.reported_at") + ") AS first_day, MAX(" + chinaDay("e.closed_at")
                            + ") AS last_day" + from))
                    .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                    .map((rs, ctx) -> calendar.workingDaysBetween(day(rs.getInt("first_day")), day(rs.getInt("last_day")))).one();
            throw new IllegalStateException("work_calendar_day lacks days of the years the work calendar covers");
        }
        return out;
    }

    /**
     * The date in China of an instant column as the number yyyymmdd, from the fields of the instant in China, which both
     * engines extract alike: only for naming the days a calendar lacks, after the median's read.
     */
    private static String chinaDay(String column) {
        String inChina = "(" + column + " AT TIME ZONE '" + WorkingTime.ZONE_ID + "')";
        return "CAST(EXTRACT(YEAR FROM " + inChina + ") * 10000 + EXTRACT(MONTH FROM " + inChina + ") * 100"
                + " + EXTRACT(DAY FROM " + inChina + ") AS INTEGER)";
    }

    private static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }
}
