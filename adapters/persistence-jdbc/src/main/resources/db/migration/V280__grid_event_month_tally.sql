-- What the area indicators over grid events count, kept per community and month as each change commits, so that an
-- assessment of a city sums some tens of thousands of rows per level instead of reading every event of the period
-- (bench assessment: 1,000,000 events, read three times per level). One row per (community, measure, in_month, detail):
--  * DUE: events due in the month (deadline_passes_at), neither rejected nor merged; detail = the month they closed
--    (yyyymm) or 0 while open; hits unused. The closure rate of a month-aligned period counts those closed before its end.
--  * CLOSED: events closed in the month, not merged; detail = the working days they took (closed_working_days, -1
--    where unknown); hits = those closed by their deadline. The median working days to close and the on-time rate.
--  * VERDICT: verdicts with a satisfaction recorded in the month; detail 0; hits = satisfied (4 or 5).
-- Months (in_month, and a DUE row's detail) are those in China, as yyyymm. Written by the grid store in the change's own transaction (GridEventMonthTally)
-- and rebuilt from grid_event when a row of grid_event_month_tally_rebuild asks for it: this migration asks, as must
-- any tool that writes grid_event without the platform (the platform rebuilds at its start).
CREATE TABLE grid_event_month_tally (
    community_code CHAR(12)    NOT NULL,
    measure        VARCHAR(8)  NOT NULL,
    in_month       INTEGER     NOT NULL,
    detail         INTEGER     NOT NULL,
    events         BIGINT      NOT NULL,
    hits           BIGINT      NOT NULL,
    CONSTRAINT grid_event_month_tally_key PRIMARY KEY (community_code, measure, in_month, detail),
    CONSTRAINT grid_event_month_tally_measure_known CHECK (measure IN ('DUE', 'CLOSED', 'VERDICT'))
);
-- The indicators read one measure over a period's months for every community inside an area.
CREATE INDEX grid_event_month_tally_read ON grid_event_month_tally (measure, in_month, community_code, detail, events, hits);

CREATE TABLE grid_event_month_tally_rebuild (
    requested_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason       VARCHAR(200)                NOT NULL
);
INSERT INTO grid_event_month_tally_rebuild (requested_at, reason) VALUES (CURRENT_TIMESTAMP, 'V280 created the tally');
