package org.shizhi.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
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

    JdbcIndicatorTallies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<AreaCode, Reading> byArea(BuiltInIndicator indicator, AreaCode within, AdminLevel level, AssessmentPeriod period,
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
            range.bind(h.createQuery("SELECT e.resolved_by AS worker, SUM(" + tally[0] + ") AS n, COUNT(*) AS d FROM grid_event e WHERE "
                            + range.on("e.community_code") + " AND e.resolved_by_role = 'GRID_WORKER' AND " + tally[1]
                            + " GROUP BY e.resolved_by"))
                    .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                    .map((rs, ctx) -> {
                        out.put(rs.getString("worker"), Reading.share(rs.getLong("n"), rs.getLong("d")));
                        return 0;
                    }).list();
            return out;
        });
    }

    /**
     * The counts of a worker's own work: events reported through intake (the report's entry in the timeline names the
     * worker; the event came by the grid-worker channel) or resolved in the period, rejected and merged ones aside for
     * the finds and merged ones for the handling. One aggregate per indicator.
     */
    private Map<String, Reading> countsByWorker(BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period) {
        AreaRange range = AreaRange.of(within);
        String sql = indicator == BuiltInIndicator.WORKER_EVENTS_FOUND
                ? "SELECT t.actor AS worker, COUNT(*) AS n FROM grid_event e JOIN grid_event_timeline t ON t.event_id = e.id "
                        + "AND t.kind = 'REPORTED' AND t.actor_role = 'GRID_WORKER' WHERE " + range.on("e.community_code")
                        + " AND e.reported_at >= :start AND e.reported_at < :end AND e.channel = 'GRID_WORKER' "
                        + "AND e.state <> 'REJECTED' AND e.merged_into IS NULL GROUP BY t.actor"
                : "SELECT e.resolved_by AS worker, COUNT(*) AS n FROM grid_event e WHERE " + range.on("e.community_code")
                        + " AND e.resolved_by_role = 'GRID_WORKER' AND e.resolved_at >= :start AND e.resolved_at < :end "
                        + "AND e.merged_into IS NULL GROUP BY e.resolved_by";
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

    @Override
    public Map<String, SummonsAnswers> summonsAnswers(AreaCode within, AssessmentPeriod period, Instant asOf) {
        AreaRange range = AreaRange.of(within);
        return jdbi.withHandle(h -> {
            Map<String, SummonsAnswers> out = new HashMap<>();
            range.bind(h.createQuery("SELECT d.department, "
                                    + "SUM(CASE WHEN a.summons_id IS NOT NULL OR (s.due_at < :end AND s.due_at < :now) THEN 1 ELSE 0 END) AS due, "
                                    + "COUNT(a.summons_id) AS answered, "
                                    + "SUM(CASE WHEN a.summons_id IS NOT NULL AND a.late_by_nanos = 0 THEN 1 ELSE 0 END) AS on_time, "
                                    + "SUM(CASE WHEN a.kind = 'ARRIVED' THEN 1 ELSE 0 END) AS arrived "
                                    + "FROM grid_event_summons s JOIN grid_event e ON e.id = s.event_id "
                                    + "JOIN grid_event_summons_department d ON d.summons_id = s.id "
                                    + "LEFT JOIN grid_event_summons_answer a ON a.summons_id = d.summons_id AND a.department = d.department "
                                    + "WHERE " + range.on("e.community_code") + " AND s.summoned_at >= :start AND s.summoned_at < :end "
                                    + "GROUP BY d.department"))
                    .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                    .bind("now", SqlValues.instant(asOf))
                    .map((rs, ctx) -> {
                        out.put(rs.getString("department"), new SummonsAnswers(rs.getLong("due"), rs.getLong("answered"),
                                rs.getLong("on_time"), rs.getLong("arrived")));
                        return 0;
                    }).list();
            return out;
        });
    }

    @Override
    public Map<String, Reading> byDepartment(BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period, Instant asOf) {
        if (indicator != BuiltInIndicator.SUMMONS_LATENESS) {
            throw new IllegalArgumentException(indicator + " is not counted by department in the store");
        }
        AreaRange range = AreaRange.of(within);
        return jdbi.withHandle(h -> {
            Map<String, Reading> out = new HashMap<>();
            range.bind(h.createQuery("SELECT d.department, COUNT(*) AS d, SUM(CASE WHEN a.summons_id IS NULL "
                                    + "THEN CASE WHEN s.due_at < :end AND s.due_at < :now THEN 1 ELSE 0 END "
                                    + "WHEN a.late_by_nanos > 0 THEN 1 ELSE 0 END) AS n "
                                    + "FROM grid_event_summons s JOIN grid_event e ON e.id = s.event_id "
                                    + "JOIN grid_event_summons_department d ON d.summons_id = s.id "
                                    + "LEFT JOIN grid_event_summons_answer a ON a.summons_id = d.summons_id AND a.department = d.department "
                                    + "WHERE " + range.on("e.community_code") + " AND s.summoned_at >= :start AND s.summoned_at < :end "
                                    + "GROUP BY d.department"))
                    .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                    .bind("now", SqlValues.instant(asOf))
                    .map((rs, ctx) -> {
                        out.put(rs.getString("department"), Reading.share(rs.getLong("n"), rs.getLong("d")));
                        return 0;
                    }).list();
            return out;
        });
    }

    @Override
    public List<ClosingDays> closingDays(AreaCode within, AdminLevel level, AssessmentPeriod period) {
        AreaRange range = AreaRange.of(within);
        String unit = "SUBSTRING(e.community_code FROM 1 FOR " + level.significantDigits() + ")";
        String reported = chinaDay("e.reported_at");
        String closed = chinaDay("e.closed_at");
        return jdbi.withHandle(h -> range.bind(h.createQuery("SELECT " + unit + " AS unit, " + reported + " AS reported_day, " + closed
                                + " AS closed_day, COUNT(*) AS events FROM grid_event e WHERE " + range.on("e.community_code")
                                + " AND e.closed_at >= :start AND e.closed_at < :end AND e.merged_into IS NULL GROUP BY " + unit + ", "
                                + reported + ", " + closed))
                .bind("start", SqlValues.instant(period.start())).bind("end", SqlValues.instant(period.end()))
                .map((rs, ctx) -> new ClosingDays(unit(rs.getString("unit")), day(rs.getInt("reported_day")),
                        day(rs.getInt("closed_day")), rs.getLong("events")))
                .list());
    }

    /**
     * The date in China of an instant column as the number yyyymmdd, from the fields of the instant in China, which
     * both engines extract alike (a cast to DATE would take H2's session time zone). Not epoch arithmetic: on H2 that is
     * a decimal division per row, which made this query most of a whole city's assessment (bench assessment).
     */
    private static String chinaDay(String column) {
        String inChina = "(" + column + " AT TIME ZONE '" + WorkingTime.ZONE_ID + "')";
        return "(EXTRACT(YEAR FROM " + inChina + ") * 10000 + EXTRACT(MONTH FROM " + inChina + ") * 100 + EXTRACT(DAY FROM " + inChina + "))";
    }

    private static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }
}
