-- The community of each event (the first 12 digits of its grid code), so that "the newest open events of this
-- community" is an ordered index scan that stops early: intake asks it on every report (duplicate suggestions).
ALTER TABLE grid_event ADD COLUMN community_code CHAR(12);
UPDATE grid_event SET community_code = SUBSTRING(grid_code, 1, 12);
ALTER TABLE grid_event ALTER COLUMN community_code SET NOT NULL;
CREATE INDEX grid_event_community_recent ON grid_event (community_code, reported_at DESC);
