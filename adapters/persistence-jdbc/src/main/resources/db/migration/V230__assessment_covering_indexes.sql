-- The assessment's aggregates over a whole city (bench assessment: 1,000,000 events) read every event of a period. A
-- plain index on the community found them but made the database fetch each event's whole row (its texts with it) to
-- test a state or a time: on H2 that read was nearly all of an assessment's time. Each index below leads with the
-- period's column and carries every other column its aggregate reads, so the aggregate is a range of one index and
-- touches no row (H2 reads a column from the index entry when the index has it; PostgreSQL scans index-only once the
-- table is vacuumed). Conventions as in V3__grid.sql.

-- Event closure rate: events due in the period, neither rejected nor merged; closed before its end.
CREATE INDEX grid_event_due_tally ON grid_event (deadline_passes_at, community_code, state, merged_into, closed_at);
-- On-time closure and the median working days to close: events closed in the period, with deadline and report time.
CREATE INDEX grid_event_closed_tally ON grid_event (closed_at, community_code, merged_into, deadline_passes_at, reported_at);
-- Resident satisfaction: verdicts recorded in the period.
CREATE INDEX grid_event_verdict_tally ON grid_event (verdict_at, community_code, verdict_satisfaction);
-- The two above serve what V180's index on (community_code, closed_at) was made for, and every index costs intake a write.
DROP INDEX grid_event_closed_by_community;
-- Dispute resolution, follow-up coverage and relapse: disputes opened in the period, their outcome, relapses and id (the
-- follow-up test looks the id up in dispute_follow_up's key).
CREATE INDEX dispute_opened_tally ON dispute (opened_at, community_code, outcome_kind, relapses, id);
