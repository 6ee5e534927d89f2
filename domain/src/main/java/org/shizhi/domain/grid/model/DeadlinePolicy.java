package org.shizhi.domain.grid.model;

import java.util.Map;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * How many working days an event has, by its grade and category: the severity (1–5) sets the days, and a category
 * may cap them (a safety hazard is never left a week). The same number applies again when an event is escalated or
 * reopened, counted from that day.
 *
 * @param workingDaysBySeverity days for each severity 1 to 5
 * @param categoryCaps          at most this many days for events of the category, whatever their severity
 */
public record DeadlinePolicy(Map<Integer, Integer> workingDaysBySeverity, Map<EventCategory, Integer> categoryCaps) {

    public static final int MAX_DAYS = 60;

    public DeadlinePolicy {
        if (workingDaysBySeverity == null || categoryCaps == null) {
            throw new InvalidValueException("deadlinePolicy", "a deadline policy needs days by severity and category caps");
        }
        for (int severity = 1; severity <= 5; severity++) {
            Integer days = workingDaysBySeverity.get(severity);
            if (days == null) {
                throw new InvalidValueException("deadlinePolicy", "a deadline policy needs working days for severity " + severity);
            }
            checkDays("severity " + severity, days);
        }
        if (workingDaysBySeverity.size() != 5) {
            throw new InvalidValueException("deadlinePolicy", "severities run from 1 to 5, got " + workingDaysBySeverity.keySet());
        }
        categoryCaps.forEach((category, days) -> checkDays("category " + category, days));
        workingDaysBySeverity = Map.copyOf(workingDaysBySeverity);
        categoryCaps = Map.copyOf(categoryCaps);
    }

    /**
     * The platform's default: severity 1 (handled by the community) 5 working days, 2 (the street) 3 days, 3 and
     * above (district, city) 1 day; safety hazards and public-security events at most 2 days.
     */
    public static DeadlinePolicy standard() {
        return new DeadlinePolicy(Map.of(1, 5, 2, 3, 3, 1, 4, 1, 5, 1),
                Map.of(EventCategory.SAFETY_HAZARD, 2, EventCategory.PUBLIC_SECURITY, 2));
    }

    public int workingDaysFor(EventGrade grade, EventCategory category) {
        int days = workingDaysBySeverity.get(grade.severity());
        Integer cap = categoryCaps.get(category);
        return cap == null ? days : Math.min(days, cap);
    }

    private static void checkDays(String what, Integer days) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new InvalidValueException("deadlinePolicy", "working days for " + what + " must be between 1 and " + MAX_DAYS
                    + ", got " + days);
        }
    }
}
