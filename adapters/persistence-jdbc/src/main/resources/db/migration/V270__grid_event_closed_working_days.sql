-- The working days a closed event took from the day it was reported to the day it closed (days in China, on the
-- platform's work calendar): written with the closure, so that the median working days to close reads one column
-- instead of looking up two calendar days per event. NULL where it is not known (an open event, a row written before
-- this migration or by a tool without the calendar, a day the calendar lacks): the median counts those through
-- work_calendar_day as before.
ALTER TABLE grid_event ADD COLUMN closed_working_days INTEGER;

-- Emptied so that the first instance to copy the calendar in again recomputes the column of the events already
-- closed (WorkCalendarDays): a changed calendar recomputes it the same way.
DELETE FROM work_calendar_day;

-- The median's read of a period's closures stays within the index (H2 reads an index's own columns without the row):
-- the stored working days join it; reported_at stays for the events without them.
DROP INDEX grid_event_closed_tally;
CREATE INDEX grid_event_closed_tally ON grid_event (closed_at, community_code, merged_into, deadline_passes_at, closed_working_days,
    reported_at);
