-- The assessment context (V180-V199): results of a scheme run over the units inside an area for a period, each run a
-- new version; the breakdown of every unit line by line, as computed (a period once assessed does not change when data
-- is corrected later). The indicators themselves are aggregates over other contexts' tables and store nothing.
-- Conventions as in V3__grid.sql: one script for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE assessment_result (
    id          UUID                        NOT NULL PRIMARY KEY,
    scheme      VARCHAR(64)                 NOT NULL,
    scheme_name VARCHAR(400)                NOT NULL,
    within_code CHAR(12)                    NOT NULL,
    period_text VARCHAR(8)                  NOT NULL, -- 2026-11, 2026-Q4, 2026-H2
    version     INTEGER                     NOT NULL,
    ran_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ran_by      VARCHAR(200)                NOT NULL,
    CONSTRAINT assessment_result_version_once UNIQUE (scheme, within_code, period_text, version),
    CONSTRAINT assessment_result_version_positive CHECK (version >= 1)
);

CREATE TABLE assessment_unit (
    result_id      UUID             NOT NULL REFERENCES assessment_result (id),
    place          INTEGER          NOT NULL, -- the rank, 1 is best, none shared
    subject        VARCHAR(12)      NOT NULL,
    unit_key       VARCHAR(64)      NOT NULL,
    unit_name      VARCHAR(400)     NOT NULL,
    score          DOUBLE PRECISION,          -- NULL: no item had a value
    previous_place INTEGER,
    previous_score DOUBLE PRECISION,
    PRIMARY KEY (result_id, place),
    CONSTRAINT assessment_unit_once UNIQUE (result_id, unit_key),
    CONSTRAINT assessment_unit_subject_known CHECK (subject IN ('AREA', 'DEPARTMENT'))
);

CREATE TABLE assessment_line (
    result_id   UUID             NOT NULL,
    place       INTEGER          NOT NULL,
    seq         INTEGER          NOT NULL,
    indicator   VARCHAR(64)      NOT NULL,
    numerator   BIGINT           NOT NULL,
    denominator BIGINT           NOT NULL,
    raw_value   DOUBLE PRECISION,            -- NULL: nothing to divide by
    adjusted    DOUBLE PRECISION,
    floor_value DOUBLE PRECISION NOT NULL,
    target      DOUBLE PRECISION NOT NULL,
    weight      INTEGER          NOT NULL,
    points      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (result_id, place, seq),
    CONSTRAINT assessment_line_unit FOREIGN KEY (result_id, place) REFERENCES assessment_unit (result_id, place)
);

-- The indicators' aggregates select grid events by range of community code and by closure time, which no grid index
-- serves (disputes have dispute_area on (community_code, opened_at)).
CREATE INDEX grid_event_closed_by_community ON grid_event (community_code, closed_at);
