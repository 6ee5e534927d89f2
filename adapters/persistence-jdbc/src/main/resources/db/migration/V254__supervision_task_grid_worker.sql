-- A grid worker criticised in a published notice is supervised like an area or a department (V254): the task lies in
-- the community of the worker's grid (area_code) and names the worker by grid member id (unit_key). V220's check knew
-- areas and departments only.
ALTER TABLE supervision_task DROP CONSTRAINT supervision_task_subject_known;
ALTER TABLE supervision_task ADD CONSTRAINT supervision_task_subject_known CHECK (subject IN ('AREA', 'DEPARTMENT', 'GRID_WORKER'));
-- A worker's own tasks, newest opened first.
CREATE INDEX supervision_task_unit ON supervision_task (unit_key, opened_at);
