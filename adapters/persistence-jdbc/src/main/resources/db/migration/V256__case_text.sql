-- A case's four long texts in their own table: a page of search hits reads only the headings of case_record, and a
-- row store (H2) decodes a whole row to read any of it, long texts included (a judgment's run to 100,000 characters).
CREATE TABLE case_text (
    case_id   VARCHAR(40)     NOT NULL PRIMARY KEY REFERENCES case_record (id),
    facts     VARCHAR(100000) NOT NULL,
    reasoning VARCHAR(100000) NOT NULL,
    outcome   VARCHAR(100000) NOT NULL,
    full_text VARCHAR(100000) NOT NULL
);

INSERT INTO case_text (case_id, facts, reasoning, outcome, full_text)
SELECT id, facts, reasoning, outcome, full_text FROM case_record;

ALTER TABLE case_record DROP COLUMN facts;
ALTER TABLE case_record DROP COLUMN reasoning;
ALTER TABLE case_record DROP COLUMN outcome;
ALTER TABLE case_record DROP COLUMN full_text;
