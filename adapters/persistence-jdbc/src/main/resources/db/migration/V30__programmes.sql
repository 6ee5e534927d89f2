-- City plugins (SPI 1.3): the five responsibles as grid posts, recurring programmes' runs, the visit tasks they plan
-- and the weekly digests they record.
ALTER TABLE grid_member DROP CONSTRAINT grid_member_post_known;
ALTER TABLE grid_member ADD CONSTRAINT grid_member_post_known CHECK (post IN ('RESPONSIBLE_WORKER', 'ASSISTANT_WORKER',
    'PARTY_INSTRUCTOR', 'BUILDING_HEAD', 'COUNTY_LEADER', 'TOWN_LEADER', 'DEPARTMENT_HEAD', 'RESIDENT_CADRE'));

-- One row per programme, city and due time: the primary key is the claim, so each due time runs once across instances.
CREATE TABLE programme_run (
    programme   VARCHAR(100)  NOT NULL,
    city        CHAR(12)      NOT NULL,
    due_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    finished_at TIMESTAMP(6) WITH TIME ZONE,
    summary     VARCHAR(2000) NOT NULL DEFAULT '',
    PRIMARY KEY (programme, city, due_at),
    CONSTRAINT programme_run_status_known CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    CONSTRAINT programme_run_finished CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);
CREATE INDEX programme_run_city ON programme_run (city, due_at);

CREATE TABLE visit_task (
    id         UUID         PRIMARY KEY,
    programme  VARCHAR(100) NOT NULL,
    grid_code  VARCHAR(19)  NOT NULL REFERENCES grid (code),
    member_id  UUID         NOT NULL,
    post       VARCHAR(20)  NOT NULL,
    visit_on   DATE         NOT NULL,
    planned_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT visit_task_once UNIQUE (programme, grid_code, member_id, visit_on)
);
CREATE INDEX visit_task_day ON visit_task (visit_on, grid_code);

CREATE TABLE visit_finding (
    task_id     UUID        NOT NULL REFERENCES visit_task (id),
    seq         INTEGER     NOT NULL,
    kind        VARCHAR(12) NOT NULL,
    category    VARCHAR(20) NOT NULL,
    event_id    UUID        NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, seq),
    CONSTRAINT visit_finding_kind_known CHECK (kind IN ('GRID_EVENT', 'DISPUTE'))
);

CREATE TABLE weekly_digest_record (
    area             CHAR(12)  NOT NULL,
    week_monday      DATE      NOT NULL,
    as_of            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reported         BIGINT    NOT NULL,
    new_risk_signals BIGINT    NOT NULL,
    overdue          BIGINT    NOT NULL,
    closed           BIGINT    NOT NULL,
    verdicts         BIGINT    NOT NULL,
    PRIMARY KEY (area, week_monday)
);
