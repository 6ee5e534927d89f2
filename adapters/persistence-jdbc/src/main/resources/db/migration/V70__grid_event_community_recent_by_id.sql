-- Duplicate suggestions read a community's newest open events in (reported_at DESC, id) order and stop at 100. With id
-- in the index the whole order comes from it, so the read stops there instead of sorting every event of the week.
DROP INDEX grid_event_community_recent;
CREATE INDEX grid_event_community_recent ON grid_event (community_code, reported_at DESC, id);
