-- The names of persons in the law and consultation contexts become personal data at rest like members' and speakers'
-- names (V160): applicants, petitioners, complainants, the leaders who take a petition on, legal-aid lawyers and the
-- approvers of stability-risk mitigation plans are stored only encrypted, bound to their column. VARCHAR(1000) holds
-- the cipher's form of a 100-character name. A name stored in clear before is marked 'clear:' here (an encrypted value
-- starts 'v1:'); the platform encrypts the marked values as it opens the database, before anything reads them.

ALTER TABLE legal_aid_application ALTER COLUMN applicant_name SET DATA TYPE VARCHAR(1000);
ALTER TABLE legal_aid_lawyer ALTER COLUMN name SET DATA TYPE VARCHAR(1000);
ALTER TABLE petition ALTER COLUMN petitioner_name SET DATA TYPE VARCHAR(1000);
ALTER TABLE petition ALTER COLUMN leader SET DATA TYPE VARCHAR(1000);
ALTER TABLE supervision_complaint ALTER COLUMN complainant_name SET DATA TYPE VARCHAR(1000);
ALTER TABLE stability_risk_assessment ALTER COLUMN approver SET DATA TYPE VARCHAR(1000);

UPDATE legal_aid_application SET applicant_name = 'clear:' || applicant_name;
UPDATE legal_aid_lawyer SET name = 'clear:' || name;
UPDATE petition SET petitioner_name = 'clear:' || petitioner_name;
UPDATE petition SET leader = 'clear:' || leader WHERE leader IS NOT NULL;
UPDATE supervision_complaint SET complainant_name = 'clear:' || complainant_name;
UPDATE stability_risk_assessment SET approver = 'clear:' || approver WHERE approver IS NOT NULL;
