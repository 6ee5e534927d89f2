-- The assessment's median working days to close looks up two days of the work calendar for every event closed in the
-- period (bench assessment: about 750,000 per level). Found by the day's date in China (V240), each lookup cost a time
-- zone conversion of the instant: on PostgreSQL the two conversions and their joins were about two thirds of the
-- query. The day's number from 1970-01-01 (Java's LocalDate.toEpochDay) is found by integer arithmetic on the instant
-- (JdbcIndicatorTallies.calendarDay). The platform rewrites the table from its work calendar before its first median
-- (WorkCalendarDays), so the rows are emptied here rather than filled by SQL. Conventions as in V3__grid.sql.
DELETE FROM work_calendar_day;
ALTER TABLE work_calendar_day ADD COLUMN epoch_day INTEGER NOT NULL;
ALTER TABLE work_calendar_day ADD CONSTRAINT work_calendar_day_epoch_day UNIQUE (epoch_day);
