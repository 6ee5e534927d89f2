-- Grid workers are assessed (V245): a result of a GRID_WORKER scheme stores its units as any other. V180's check knew
-- areas and departments only, so a grid-worker scheme's run could not be stored.
ALTER TABLE assessment_unit DROP CONSTRAINT assessment_unit_subject_known;
ALTER TABLE assessment_unit ADD CONSTRAINT assessment_unit_subject_known CHECK (subject IN ('AREA', 'DEPARTMENT', 'GRID_WORKER'));
