-- A night-visit finding becomes a grid event or a dispute. The two contexts cannot share a transaction, so each
-- finding has a key (unique on its task) and a dispute opened for it carries an intake reference naming that key
-- (unique among disputes): repeating the finding finds both instead of writing either twice.
ALTER TABLE dispute ADD COLUMN intake_reference VARCHAR(300);
ALTER TABLE dispute ADD CONSTRAINT dispute_intake_reference_once UNIQUE (intake_reference);

ALTER TABLE visit_finding ADD COLUMN finding_key VARCHAR(200);
UPDATE visit_finding SET finding_key = CONCAT('seq-', CAST(seq AS VARCHAR(10)));
ALTER TABLE visit_finding ALTER COLUMN finding_key SET NOT NULL;
ALTER TABLE visit_finding ADD CONSTRAINT visit_finding_key_once UNIQUE (task_id, finding_key);
ALTER TABLE visit_finding ALTER COLUMN event_id DROP NOT NULL;
ALTER TABLE visit_finding ADD COLUMN dispute_id UUID;
ALTER TABLE visit_finding ADD CONSTRAINT visit_finding_became_one CHECK ((event_id IS NULL) <> (dispute_id IS NULL));
-- DISPUTE findings recorded before V40 became grid events of category DISPUTE and keep their event.
ALTER TABLE visit_finding ADD CONSTRAINT visit_finding_dispute_of_kind CHECK (dispute_id IS NULL OR kind = 'DISPUTE');
