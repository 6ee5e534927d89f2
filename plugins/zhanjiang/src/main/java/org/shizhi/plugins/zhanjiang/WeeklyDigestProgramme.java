package org.shizhi.plugins.zhanjiang;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.programme.model.Schedule;
import org.shizhi.domain.spi.ProgrammeContext;
import org.shizhi.domain.spi.RecurringProgramme;

/**
 * 一周一结 (seed 003: 建立"一周一结"社情民意网格联络员机制): every week, on the day and time set (Monday 08:00 by default),
 * the city's digest of the week that ended is produced and kept on record.
 */
final class WeeklyDigestProgramme implements RecurringProgramme {

    static final String ID = "zhanjiang.weekly-digest";

    private final Schedule schedule;

    WeeklyDigestProgramme(DayOfWeek day, LocalTime at) {
        this.schedule = Schedule.weekly(day, at, ZoneId.of("Asia/Shanghai"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "一周一结 (weekly digest)";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public String run(ProgrammeContext context) {
        DigestWeek week = DigestWeek.containing(context.dueOn().minusWeeks(1));
        WeeklyDigest digest = context.digests().produce(week);
        return "digest of week " + week.monday() + " to " + week.sunday() + ": " + digest.reported() + " reported, "
                + digest.newRiskSignals().size() + " new risk signals, " + digest.overdue() + " overdue, " + digest.closed() + " closed";
    }
}
