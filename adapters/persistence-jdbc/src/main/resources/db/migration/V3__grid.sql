-- The grid context: grids and their members, the base registers (dwellings, residents, organisations), grid events
-- with their timelines and summonses, escalation claims, and the case-archive outbox.
-- One script for H2 (PostgreSQL mode) and PostgreSQL: keep to the SQL both speak.
--
-- Conventions
--  * Instants are TIMESTAMP(6) WITH TIME ZONE, written in UTC with microseconds (the adapter truncates anything finer,
--    so both engines store the same value).
--  * A text the domain bounds to n characters gets VARCHAR(2n): H2 counts UTF-16 units, in which a character outside
--    the BMP (an emoji) takes two; the domain enforces the real limit. Texts the domain does not bound are VARCHAR.
--  * "Inside an area" is a prefix of the grid code. The queries select it as a range of codes (from the prefix up to
--    the next prefix), which a plain B-tree index serves under any collation; LIKE 'prefix%' would need the C
--    collation (or varchar_pattern_ops, which H2 does not know) to use an index on PostgreSQL.
--  * Personal data (ID numbers, mobiles) is stored only as PersonalDataCipher values, v1:<key id>:<base64>, each
--    bound to its column (<table>.<column>); an ID number is found by its blind index (HMAC-SHA256, 64 hex digits).
--  * Grid codes are not foreign keys: registers and events name grids that the grid table may not hold (yet).

-- Grids ---------------------------------------------------------------------------------------------------------------

CREATE TABLE grid (
    code           VARCHAR(19)  NOT NULL PRIMARY KEY,
    community_code CHAR(12)     NOT NULL,
    tier           VARCHAR(8)   NOT NULL,
    name           VARCHAR(200) NOT NULL,
    parent_code    VARCHAR(19),
    boundary       TEXT,         -- a GeoJSON Polygon (exterior ring only, WGS-84, longitude first), or NULL if not drawn
    version        BIGINT       NOT NULL,
    CONSTRAINT grid_tier_known CHECK (tier IN ('TOTAL', 'GENERAL', 'MICRO', 'BUILDING')),
    CONSTRAINT grid_community_is_code_prefix CHECK (SUBSTRING(code FROM 1 FOR 12) = community_code),
    CONSTRAINT grid_version_positive CHECK (version >= 1)
);

CREATE INDEX grid_community ON grid (community_code, code);

-- The people on a grid, in the grid's order (seq). Members' mobiles are personal data.
CREATE TABLE grid_member (
    grid_code VARCHAR(19)  NOT NULL REFERENCES grid (code),
    member_id UUID         NOT NULL,
    seq       INTEGER      NOT NULL,
    post      VARCHAR(20)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    contact   VARCHAR(200) NOT NULL, -- encrypted mobile
    PRIMARY KEY (grid_code, member_id),
    CONSTRAINT grid_member_seq_once UNIQUE (grid_code, seq),
    CONSTRAINT grid_member_post_known CHECK (post IN ('RESPONSIBLE_WORKER', 'ASSISTANT_WORKER', 'PARTY_INSTRUCTOR', 'BUILDING_HEAD'))
);

CREATE INDEX grid_member_post ON grid_member (post, grid_code);

-- Registers (人口、房屋、单位) -------------------------------------------------------------------------------------------

CREATE TABLE dwelling (
    id         UUID         NOT NULL PRIMARY KEY,
    grid_code  VARCHAR(19)  NOT NULL,
    address    VARCHAR(400) NOT NULL,
    households INTEGER      NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT dwelling_households_range CHECK (households BETWEEN 0 AND 10000),
    CONSTRAINT dwelling_version_positive CHECK (version >= 1)
);

CREATE INDEX dwelling_grid ON dwelling (grid_code, address, id);

-- A resident's ID number is unique within a city (the first 4 digits of the grid code), found by its blind index.
CREATE TABLE resident (
    id              UUID         NOT NULL PRIMARY KEY,
    dwelling_id     UUID         NOT NULL REFERENCES dwelling (id),
    grid_code       VARCHAR(19)  NOT NULL,
    city_prefix     CHAR(4)      NOT NULL,
    name            VARCHAR(100) NOT NULL,
    id_number       VARCHAR(200) NOT NULL, -- encrypted
    id_number_index CHAR(64)     NOT NULL, -- blind index of the ID number
    mobile          VARCHAR(200),          -- encrypted, NULL if none was given
    CONSTRAINT resident_city_is_grid_prefix CHECK (SUBSTRING(grid_code FROM 1 FOR 4) = city_prefix),
    CONSTRAINT resident_id_number_once_per_city UNIQUE (city_prefix, id_number_index)
);

CREATE INDEX resident_grid ON resident (grid_code, name, id);
CREATE INDEX resident_dwelling ON resident (dwelling_id);

CREATE TABLE organisation (
    id          UUID         NOT NULL PRIMARY KEY,
    grid_code   VARCHAR(19)  NOT NULL,
    city_prefix CHAR(4)      NOT NULL,
    name        VARCHAR(400) NOT NULL,
    credit_code CHAR(18)     NOT NULL, -- identifies an organisation, not a person: not personal data
    kind        VARCHAR(24)  NOT NULL,
    address     VARCHAR(400) NOT NULL,
    CONSTRAINT organisation_city_is_grid_prefix CHECK (SUBSTRING(grid_code FROM 1 FOR 4) = city_prefix),
    CONSTRAINT organisation_credit_code_once_per_city UNIQUE (city_prefix, credit_code),
    CONSTRAINT organisation_kind_known CHECK (kind IN ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'SOCIAL_ORGANISATION',
                                                       'PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY', 'OTHER'))
);

CREATE INDEX organisation_grid ON organisation (grid_code, name, id);

-- Grid events ---------------------------------------------------------------------------------------------------------

-- One row per event, replaced by each change under an optimistic version check (UPDATE ... WHERE version = expected).
-- claimed_by / claimed_until: an escalation claim (a lease), ended by the next save.
CREATE TABLE grid_event (
    id                    UUID                        NOT NULL PRIMARY KEY,
    grid_code             VARCHAR(19)                 NOT NULL,
    category              VARCHAR(20)                 NOT NULL,
    text                  VARCHAR(20000)              NOT NULL,
    channel               VARCHAR(16)                 NOT NULL,
    reporter_name         VARCHAR(100)                NOT NULL,
    reporter_mobile       VARCHAR(200),                        -- encrypted, NULL if none was given
    location_lon          DOUBLE PRECISION,
    location_lat          DOUBLE PRECISION,
    grade_code            VARCHAR                     NOT NULL,
    grade_label           VARCHAR                     NOT NULL,
    grade_severity        SMALLINT                    NOT NULL,
    grade_level           VARCHAR(12)                 NOT NULL, -- the grade's level; handling_level rises with escalations
    handling_level        VARCHAR(12)                 NOT NULL,
    state                 VARCHAR(12)                 NOT NULL,
    deadline_working_days INTEGER                     NOT NULL,
    deadline_due_on       DATE                        NOT NULL,
    deadline_passes_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reported_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolution_text       VARCHAR(4000),
    resolved_at           TIMESTAMP(6) WITH TIME ZONE,
    resolved_by           VARCHAR,
    resolved_by_role      VARCHAR(20),
    verdict_satisfaction  SMALLINT,
    verdict_comment       VARCHAR(2000),
    verdict_at            TIMESTAMP(6) WITH TIME ZONE,
    verdict_by            VARCHAR,
    verdict_by_role       VARCHAR(20),
    rejection_reason      VARCHAR(4000),
    merged_into           UUID,
    closed_at             TIMESTAMP(6) WITH TIME ZONE,
    escalations           INTEGER                     NOT NULL,
    version               BIGINT                      NOT NULL,
    claimed_by            VARCHAR(64),
    claimed_until         TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT grid_event_state_known CHECK (state IN ('REPORTED', 'ACCEPTED', 'CALLED', 'DISPATCHED', 'IN_PROGRESS',
                                                       'RESOLVED', 'CLOSED', 'REOPENED', 'REJECTED')),
    CONSTRAINT grid_event_category_known CHECK (category IN ('DISPUTE', 'SAFETY_HAZARD', 'SERVICE_REQUEST', 'PUBLIC_OPINION',
                                                             'PUBLIC_SECURITY', 'ENVIRONMENT', 'OTHER')),
    CONSTRAINT grid_event_channel_known CHECK (channel IN ('GRID_WORKER', 'RESIDENT', 'HOTLINE_12345')),
    CONSTRAINT grid_event_levels_known CHECK (grade_level IN ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY')
                                              AND handling_level IN ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY')),
    CONSTRAINT grid_event_severity_range CHECK (grade_severity BETWEEN 1 AND 5),
    CONSTRAINT grid_event_satisfaction_range CHECK (verdict_satisfaction BETWEEN 1 AND 5),
    CONSTRAINT grid_event_closed_at_iff_closed CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)),
    CONSTRAINT grid_event_claim_whole CHECK ((claimed_by IS NULL) = (claimed_until IS NULL)),
    CONSTRAINT grid_event_version_positive CHECK (version >= 1 AND escalations >= 0)
);

-- within(area, state?): the area's range of grid codes, newest report first.
CREATE INDEX grid_event_area ON grid_event (grid_code, reported_at);
CREATE INDEX grid_event_state_area ON grid_event (state, grid_code, reported_at);
-- overdue / claimOverdue: states that await handling, deadline passed at or before now, earliest first.
CREATE INDEX grid_event_state_deadline ON grid_event (state, deadline_passes_at);

-- The grade's reasons, in the grader's order; written with the event, never changed.
CREATE TABLE grid_event_grade_reason (
    event_id UUID    NOT NULL REFERENCES grid_event (id),
    seq      INTEGER NOT NULL,
    reason   VARCHAR NOT NULL,
    PRIMARY KEY (event_id, seq)
);

-- Metadata of the files attached on intake; written with the event, never changed.
CREATE TABLE grid_event_attachment (
    event_id   UUID         NOT NULL REFERENCES grid_event (id),
    seq        INTEGER      NOT NULL,
    file_name  VARCHAR(510) NOT NULL,
    media_type VARCHAR(255) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    PRIMARY KEY (event_id, seq)
);

-- The departments the event is dispatched to (集中派单), in order; replaced when it is dispatched again.
CREATE TABLE grid_event_department (
    event_id   UUID        NOT NULL REFERENCES grid_event (id),
    seq        INTEGER     NOT NULL,
    department VARCHAR(64) NOT NULL,
    PRIMARY KEY (event_id, seq)
);

-- 吹哨: a street's summons of departments, in the order made. Summonses and their answers are only ever added.
CREATE TABLE grid_event_summons (
    id               UUID                        NOT NULL PRIMARY KEY,
    event_id         UUID                        NOT NULL REFERENCES grid_event (id),
    seq              INTEGER                     NOT NULL,
    summoned_by      VARCHAR                     NOT NULL,
    summoned_by_role VARCHAR(20)                 NOT NULL,
    summoned_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    within_amount    INTEGER                     NOT NULL,
    within_unit      VARCHAR(16)                 NOT NULL,
    due_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT grid_event_summons_seq_once UNIQUE (event_id, seq),
    CONSTRAINT grid_event_summons_unit_known CHECK (within_unit IN ('WORKING_HOURS', 'WORKING_DAYS'))
);

CREATE TABLE grid_event_summons_department (
    summons_id UUID        NOT NULL REFERENCES grid_event_summons (id),
    seq        INTEGER     NOT NULL,
    department VARCHAR(64) NOT NULL,
    PRIMARY KEY (summons_id, seq),
    CONSTRAINT grid_event_summons_department_once UNIQUE (summons_id, department)
);

-- 报到: one answer per summoned department; seq is the order the answers came in.
CREATE TABLE grid_event_summons_answer (
    summons_id       UUID                        NOT NULL,
    department       VARCHAR(64)                 NOT NULL,
    seq              INTEGER                     NOT NULL,
    kind             VARCHAR(12)                 NOT NULL,
    answered_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    answered_by      VARCHAR                     NOT NULL,
    answered_by_role VARCHAR(20)                 NOT NULL,
    note             VARCHAR(2000)               NOT NULL,
    late_by_nanos    BIGINT                      NOT NULL,
    PRIMARY KEY (summons_id, department),
    CONSTRAINT grid_event_summons_answer_seq_once UNIQUE (summons_id, seq),
    CONSTRAINT grid_event_summons_answer_summoned FOREIGN KEY (summons_id, department)
        REFERENCES grid_event_summons_department (summons_id, department),
    CONSTRAINT grid_event_summons_answer_kind_known CHECK (kind IN ('ARRIVED', 'RESPONDED')),
    CONSTRAINT grid_event_summons_answer_lateness CHECK (late_by_nanos >= 0)
);

-- The event's history, append-only: the adapter inserts entries and never updates or deletes them. Each change moves
-- the event one version on and appends one entry, so the version the change produced is the entry's place.
CREATE TABLE grid_event_timeline (
    event_id   UUID                        NOT NULL REFERENCES grid_event (id),
    version    BIGINT                      NOT NULL,
    at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor      VARCHAR                     NOT NULL,
    actor_role VARCHAR(20)                 NOT NULL,
    kind       VARCHAR(20)                 NOT NULL,
    from_state VARCHAR(12),
    to_state   VARCHAR(12)                 NOT NULL,
    note       VARCHAR(8000)               NOT NULL,
    PRIMARY KEY (event_id, version)
);

-- The case-archive outbox: what a close leaves for the archive, written in the close's transaction, deleted once
-- delivered. No personal data of the reporter.
CREATE TABLE case_archive_outbox (
    event_id       UUID                        NOT NULL PRIMARY KEY REFERENCES grid_event (id),
    grid_code      VARCHAR(19)                 NOT NULL,
    community_code CHAR(12)                    NOT NULL,
    category       VARCHAR(20)                 NOT NULL,
    grade_code     VARCHAR                     NOT NULL,
    grade_label    VARCHAR                     NOT NULL,
    handling_level VARCHAR(12)                 NOT NULL,
    channel        VARCHAR(16)                 NOT NULL,
    text           VARCHAR(20000)              NOT NULL,
    reported_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolution     VARCHAR(4000),
    satisfaction   SMALLINT,
    comment        VARCHAR(2000),
    merged_into    UUID,
    escalations    INTEGER                     NOT NULL,
    version        BIGINT                      NOT NULL
);

CREATE INDEX case_archive_outbox_closed ON case_archive_outbox (closed_at, event_id);
