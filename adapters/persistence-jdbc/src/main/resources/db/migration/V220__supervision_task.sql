-- 督查督办 (V220-V224 are the supervision block): a task opened from a published notice's criticism of a unit, the
-- rectification reported round by round with its evidence, the supervisor's verdict on each round (accepted, or sent
-- back with a reason and a new deadline), and the one escalation of a task left overdue. The unit is the notice's own
-- evidence (its breakdown stays in assessment_line); a department's task is placed in the notice's area.
-- Conventions as in V3__grid.sql: one script for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE supervision_task (
    id                UUID                        NOT NULL PRIMARY KEY,
    version           BIGINT                      NOT NULL,
    notice_id         UUID                        NOT NULL REFERENCES assessment_notice (id),
    subject           VARCHAR(12)                 NOT NULL,
    unit_key          VARCHAR(64)                 NOT NULL,
    unit_name         VARCHAR(400)                NOT NULL,
    area_code         CHAR(12)                    NOT NULL, -- the unit's area, or a department's notice's area
    issue             VARCHAR(4000)               NOT NULL,
    opened_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    opened_by         VARCHAR(200)                NOT NULL,
    deadline_days     INTEGER                     NOT NULL, -- the deadline running now, in working days
    due_on            DATE                        NOT NULL,
    passes_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state             VARCHAR(12)                 NOT NULL,
    escalated_at      TIMESTAMP(6) WITH TIME ZONE,
    escalated_to      CHAR(12),
    escalation_reason VARCHAR(1000),
    CONSTRAINT supervision_task_version_positive CHECK (version >= 1),
    CONSTRAINT supervision_task_subject_known CHECK (subject IN ('AREA', 'DEPARTMENT')),
    CONSTRAINT supervision_task_state_known CHECK (state IN ('OPEN', 'REPORTED', 'SENT_BACK', 'ACCEPTED')),
    CONSTRAINT supervision_task_escalated_whole CHECK ((escalated_at IS NULL) = (escalated_to IS NULL))
);

-- Lists: newest opened first (over a range of area codes, sorted after the keyset bound), and the overdue by deadline.
CREATE INDEX supervision_task_opened ON supervision_task (opened_at, id);
CREATE INDEX supervision_task_area ON supervision_task (area_code, opened_at);
CREATE INDEX supervision_task_due ON supervision_task (state, passes_at, id);
CREATE INDEX supervision_task_notice ON supervision_task (notice_id);

CREATE TABLE supervision_task_indicator (
    task_id   UUID        NOT NULL REFERENCES supervision_task (id),
    seq       INTEGER     NOT NULL,
    indicator VARCHAR(64) NOT NULL,
    PRIMARY KEY (task_id, seq)
);

CREATE TABLE supervision_report (
    task_id     UUID                        NOT NULL REFERENCES supervision_task (id),
    round       INTEGER                     NOT NULL,
    account     VARCHAR(8000)               NOT NULL,
    reported_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reported_by VARCHAR(200)                NOT NULL,
    late        BOOLEAN                     NOT NULL,
    PRIMARY KEY (task_id, round),
    CONSTRAINT supervision_report_round_positive CHECK (round >= 1)
);

CREATE TABLE supervision_evidence (
    task_id     UUID         NOT NULL,
    round       INTEGER      NOT NULL,
    seq         INTEGER      NOT NULL,
    description VARCHAR(800) NOT NULL,
    reference   VARCHAR(800),
    PRIMARY KEY (task_id, round, seq),
    CONSTRAINT supervision_evidence_report FOREIGN KEY (task_id, round) REFERENCES supervision_report (task_id, round)
);

CREATE TABLE supervision_verification (
    task_id       UUID                        NOT NULL,
    round         INTEGER                     NOT NULL,
    verdict       VARCHAR(12)                 NOT NULL,
    reason        VARCHAR(4000),
    new_days      INTEGER,
    new_due_on    DATE,
    new_passes_at TIMESTAMP(6) WITH TIME ZONE,
    verified_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    verified_by   VARCHAR(200)                NOT NULL,
    PRIMARY KEY (task_id, round),
    CONSTRAINT supervision_verification_report FOREIGN KEY (task_id, round) REFERENCES supervision_report (task_id, round),
    CONSTRAINT supervision_verification_verdict_known CHECK (verdict IN ('ACCEPTED', 'SENT_BACK')),
    CONSTRAINT supervision_verification_sent_back_whole CHECK ((verdict = 'SENT_BACK') = (new_due_on IS NOT NULL))
);
