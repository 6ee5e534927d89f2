-- Lists page by keyset, (key, id) after the last item handed out. A community's disputes (newest first, ids ascending
-- on ties) and a day's visit tasks (by grid, then id) get the id into their index, so a page is an index range in
-- the list's order that stops at the limit, instead of every row of the key read and sorted.
DROP INDEX dispute_area;
CREATE INDEX dispute_area ON dispute (community_code, opened_at DESC, id);
DROP INDEX visit_task_day;
CREATE INDEX visit_task_day ON visit_task (visit_on, grid_code, id);
