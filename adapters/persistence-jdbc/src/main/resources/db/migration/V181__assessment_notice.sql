-- 通报 (V181): a notice drafted from one stored version of a result, naming units of it as evidence (the result's rows,
-- which never change); published once, after which nothing of it is written again (the adapter updates a draft only).

CREATE TABLE assessment_notice (
    id             UUID                        NOT NULL PRIMARY KEY,
    result_id      UUID                        NOT NULL REFERENCES assessment_result (id),
    drafted_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    drafted_by     VARCHAR(200)                NOT NULL,
    published_at   TIMESTAMP(6) WITH TIME ZONE,
    published_by   VARCHAR(200),
    CONSTRAINT assessment_notice_published_whole CHECK ((published_at IS NULL) = (published_by IS NULL))
);

CREATE TABLE assessment_notice_entry (
    notice_id UUID        NOT NULL REFERENCES assessment_notice (id),
    seq       INTEGER     NOT NULL,
    kind      VARCHAR(12) NOT NULL,
    place     INTEGER     NOT NULL,
    PRIMARY KEY (notice_id, seq),
    CONSTRAINT assessment_notice_entry_kind_known CHECK (kind IN ('CRITICISE', 'COMMEND'))
);
