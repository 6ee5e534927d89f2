package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.util.Locale;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.OfficeHours;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.shared.PublishedModel;

/**
 * How long a summoned department has to report: so many working hours (inside {@link OfficeHours} on working
 * days) or so many working days (by closing time on the last of them).
 */
@PublishedModel
public record ReportWithin(int amount, Unit unit) {

    public enum Unit {
        WORKING_HOURS(72),
        WORKING_DAYS(30);

        private final int max;

        Unit(int max) {
            this.max = max;
        }
    }

    public ReportWithin {
        if (unit == null) {
            throw new InvalidValueException("within.unit", "a summons deadline is in WORKING_HOURS or WORKING_DAYS");
        }
        if (amount < 1 || amount > unit.max) {
            throw new InvalidValueException("within.amount", "a summons deadline is 1 to " + unit.max + " "
                    + unit.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", got " + amount);
        }
    }

    public static ReportWithin workingHours(int hours) {
        return new ReportWithin(hours, Unit.WORKING_HOURS);
    }

    public static ReportWithin workingDays(int days) {
        return new ReportWithin(days, Unit.WORKING_DAYS);
    }

    /** The instant by which a department summoned at {@code summonedAt} must have reported. */
    public Instant dueAt(WorkCalendar calendar, OfficeHours hours, Instant summonedAt) {
        return unit == Unit.WORKING_HOURS
                ? WorkingTime.addWorkingHours(calendar, hours, summonedAt, amount)
                : WorkingTime.addWorkingDays(calendar, hours, summonedAt, amount);
    }

    @Override
    public String toString() {
        return amount + (unit == Unit.WORKING_HOURS ? " working hour" : " working day") + (amount == 1 ? "" : "s");
    }
}
