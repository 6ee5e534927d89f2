package org.shizhi.domain.campaign.model;

import java.time.LocalDate;
import org.shizhi.domain.shared.InvalidValueException;

/** Days in China from {@code start} to {@code end}, both included. */
public record Period(LocalDate start, LocalDate end) {

    /** The longest a campaign or a voting round may run: five years. */
    public static final int MAX_DAYS = 1_830;

    public Period {
        if (start == null) {
            throw new InvalidValueException("period.start", "a period needs its first day");
        }
        if (end == null) {
            throw new InvalidValueException("period.end", "a period needs its last day");
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("period.end", "a period ends on or after its first day " + start + ", not on " + end);
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidValueException("period.end", "a period lasts at most " + MAX_DAYS + " days");
        }
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
