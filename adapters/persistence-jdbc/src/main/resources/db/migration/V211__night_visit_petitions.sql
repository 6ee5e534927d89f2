-- A night-visit finding may become a petition (信访) received by the law context. As for a dispute (V40), the two
-- writes share no transaction: the petition is received under an id derived from the task and the finding's key, so
-- repeating the finding finds it. The petition names the task it was filed from.
ALTER TABLE visit_finding ADD COLUMN petition_id UUID;
ALTER TABLE visit_finding DROP CONSTRAINT visit_finding_became_one;
ALTER TABLE visit_finding ADD CONSTRAINT visit_finding_became_one CHECK (
    (CASE WHEN event_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN dispute_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN petition_id IS NULL THEN 0 ELSE 1 END) = 1);
ALTER TABLE visit_finding ADD CONSTRAINT visit_finding_petition_of_kind CHECK ((petition_id IS NULL) = (kind <> 'PETITION'));
ALTER TABLE visit_finding DROP CONSTRAINT visit_finding_kind_known;
ALTER TABLE visit_finding ADD CONSTRAINT visit_finding_kind_known CHECK (kind IN ('GRID_EVENT', 'DISPUTE', 'PETITION'));

ALTER TABLE petition ADD COLUMN visit_task_id UUID;
ALTER TABLE petition ADD CONSTRAINT petition_visit_task_by_visit CHECK (visit_task_id IS NULL OR channel = 'VISIT');
