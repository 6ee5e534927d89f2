-- A case's party is a person (whose name is personal data, masked for readers without the privilege) or an
-- organisation (a company, a property management office), whose name is shown as it is. Parties recorded before
-- this were all taken for persons, which is what they stay.
ALTER TABLE case_party ADD COLUMN kind VARCHAR(20) DEFAULT 'PERSON' NOT NULL;
ALTER TABLE case_party ADD CONSTRAINT case_party_kind CHECK (kind IN ('PERSON', 'ORGANISATION'));
