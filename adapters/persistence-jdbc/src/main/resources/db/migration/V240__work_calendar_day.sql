-- The work calendar as the database sees it, for the assessment's median working days to close (bench assessment: at
-- community level, grouping closed events by their pairs of days made about as many groups as events). Each day of the
-- calendar's covered years in China, with its working-day ordinal: the
-- working days from a fixed origin up to and including it. The working days between two days (WorkCalendar.workingDaysBetween, the
-- first excluded) are the difference of their ordinals, so SQL groups the events by that difference: a few dozen values
-- per unit. Written by the platform from its WorkCalendar (JdbcIndicatorTallies, before its first median), never by hand;
-- one calendar for the whole platform, as WorkCalendar is. Conventions as in V3__grid.sql.
-- The day twice, as each engine finds it fastest from an instant: H2 by the fields of the instant in China (yyyymmdd, a
-- cast to DATE would take H2's session time zone), PostgreSQL by a cast to DATE of the instant in China (the fields'
-- numeric arithmetic made its median read three times slower).
CREATE TABLE work_calendar_day (
    day_number          INTEGER NOT NULL PRIMARY KEY,
    on_day              DATE    NOT NULL,
    working_day_ordinal INTEGER NOT NULL,
    CONSTRAINT work_calendar_day_on_day UNIQUE (on_day)
);
