-- Reads of personal data are audited too: the purpose a reader states, and which entries name a record (a resident, a
-- grid member, an event, a dispute, a case), so that an auditor lists who saw one person's data without scanning the log.
-- Entries written before this migration are not in audit_record.
ALTER TABLE audit_entry ADD COLUMN purpose VARCHAR(500) DEFAULT '' NOT NULL;

CREATE TABLE audit_record (
    record_id VARCHAR(200) NOT NULL,
    -- No foreign key: the chain, not this index, is what verification trusts.
    sequence  BIGINT       NOT NULL,
    PRIMARY KEY (record_id, sequence)
);
