package org.shizhi.adapters.persistence;

import java.util.Optional;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.shared.MissingReferenceDataException;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The working days a closed event took, from the day in China it was reported to the day it closed, as the platform's
 * work calendar counts them: stored with the closure ({@code grid_event.closed_working_days}, V270) for the median
 * working days to close. Unknown (null) without a calendar, for an event not closed, or for a day the calendar lacks; the
 * median then counts the event through {@code work_calendar_day}, which refuses such a day with its year named.
 */
final class WorkingDaysToClose {

    static final WorkingDaysToClose UNKNOWN = new WorkingDaysToClose(Optional.empty());

    private final Optional<WorkCalendar> calendar;

    WorkingDaysToClose(Optional<WorkCalendar> calendar) {
        this.calendar = calendar;
    }

    Integer of(GridEvent event) {
        if (calendar.isEmpty() || event.closedAt().isEmpty()) {
            return null;
        }
        try {
            return calendar.get().workingDaysBetween(WorkingTime.dateOf(event.reportedAt()), WorkingTime.dateOf(event.closedAt().get()));
        } catch (MissingReferenceDataException e) {
            return null;
        }
    }
}
