-- The list of notices (V221): newest drafted first, over the results of an area's range of codes, by scheme and period.
CREATE INDEX assessment_notice_drafted ON assessment_notice (drafted_at, id);
CREATE INDEX assessment_notice_result ON assessment_notice (result_id);
CREATE INDEX assessment_result_within ON assessment_result (within_code, scheme, period_text);
