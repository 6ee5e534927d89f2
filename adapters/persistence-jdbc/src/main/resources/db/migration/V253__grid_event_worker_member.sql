-- One identity for a grid worker (V253). A worker's visits and training are recorded under their grid member id (the
-- token's grid_member claim, else its subject: Actor.gridMemberId), while the events they reported and resolved named
-- only the token's subject; a token with both was two workers in the assessment. The event now keeps the grid member id
-- a grid worker reported it as and resolved it as, and the worker indicators count by these. The timeline and
-- resolved_by keep the subject, as before.
ALTER TABLE grid_event ADD COLUMN reported_by_member VARCHAR(200);
ALTER TABLE grid_event ADD COLUMN resolved_by_member VARCHAR(200);

-- Events stored before keep the identity they were counted under: the subject, which was the member id for every token
-- without a grid_member claim.
UPDATE grid_event SET resolved_by_member = resolved_by WHERE resolved_by_role = 'GRID_WORKER';
UPDATE grid_event SET reported_by_member = (
    SELECT t.actor FROM grid_event_timeline t
    WHERE t.event_id = grid_event.id AND t.kind = 'REPORTED' AND t.actor_role = 'GRID_WORKER')
WHERE channel = 'GRID_WORKER';
