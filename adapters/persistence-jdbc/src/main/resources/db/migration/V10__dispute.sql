-- The dispute context: mediation centres (one per area, four levels) with their mediators and types, disputes with
-- their parties (personal data encrypted like residents'), sessions, joint consultation (3+N) and opinions, outcome,
-- follow-ups, the append-only timeline, escalation claims, and the dispute archive outbox.
-- One script for H2 (PostgreSQL mode) and PostgreSQL; the conventions of V3__grid.sql apply.

CREATE TABLE mediation_centre (
    area_code CHAR(12)     NOT NULL PRIMARY KEY,
    level     VARCHAR(12)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    CONSTRAINT mediation_centre_level_known CHECK (level IN ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY'))
);

CREATE TABLE mediation_centre_mediator (
    area_code   CHAR(12)     NOT NULL REFERENCES mediation_centre (area_code),
    seq         INTEGER      NOT NULL,
    mediator_id VARCHAR(200) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    PRIMARY KEY (area_code, seq),
    CONSTRAINT mediation_centre_mediator_once UNIQUE (area_code, mediator_id)
);

-- The types a centre takes; none listed: every type.
CREATE TABLE mediation_centre_type (
    area_code CHAR(12)    NOT NULL REFERENCES mediation_centre (area_code),
    type_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (area_code, type_code)
);

-- One row per dispute, replaced by each change under an optimistic version check (UPDATE ... WHERE version = expected).
-- The consultation (at most one at a time) and the outcome are columns here; their lists are child tables.
CREATE TABLE dispute (
    id                        UUID                        NOT NULL PRIMARY KEY,
    source                    VARCHAR(16)                 NOT NULL,
    grid_event_id             UUID,
    community_code            CHAR(12)                    NOT NULL,
    type_code                 VARCHAR(40)                 NOT NULL,
    type_label                VARCHAR(100)                NOT NULL,
    facts                     VARCHAR(40000)              NOT NULL,
    claims                    VARCHAR(8000)               NOT NULL,
    amount                    NUMERIC(14, 2),
    people_involved           INTEGER                     NOT NULL,
    risk_level                VARCHAR(8)                  NOT NULL,
    petition_backlog          BOOLEAN                     NOT NULL,
    channel                   VARCHAR(16)                 NOT NULL,
    centre_code               CHAR(12)                    NOT NULL,
    state                     VARCHAR(12)                 NOT NULL,
    opened_at                 TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deadline_working_days     INTEGER                     NOT NULL,
    deadline_due_on           DATE                        NOT NULL,
    deadline_passes_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    consultation_convened_at  TIMESTAMP(6) WITH TIME ZONE,
    consultation_conclusion   VARCHAR(8000),
    consultation_concluded_at TIMESTAMP(6) WITH TIME ZONE,
    outcome_kind              VARCHAR(12),
    outcome_text              VARCHAR(16000), -- agreement terms, failure reason or withdrawal reason
    outcome_confirmation      VARCHAR(12),
    outcome_referral          VARCHAR(12),
    outcome_referral_body     VARCHAR(400),
    outcome_referral_on       DATE,
    concluded_at              TIMESTAMP(6) WITH TIME ZONE,
    follow_up_due             DATE,
    closed_at                 TIMESTAMP(6) WITH TIME ZONE,
    escalations               INTEGER                     NOT NULL,
    relapses                  INTEGER                     NOT NULL,
    version                   BIGINT                      NOT NULL,
    claimed_by                VARCHAR(64),
    claimed_until             TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT dispute_grid_event_once UNIQUE (grid_event_id),
    CONSTRAINT dispute_source_known CHECK (source IN ('GRID_EVENT', 'WALK_IN', 'HOTLINE', 'COURT_REFERRAL', 'PETITION', 'NIGHT_VISIT')),
    CONSTRAINT dispute_grid_event_iff_source CHECK ((source = 'GRID_EVENT') = (grid_event_id IS NOT NULL)),
    CONSTRAINT dispute_risk_known CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    CONSTRAINT dispute_channel_known CHECK (channel IN ('PEOPLE', 'ADMINISTRATIVE', 'JUDICIAL')),
    CONSTRAINT dispute_state_known CHECK (state IN ('OPENED', 'ACCEPTED', 'IN_MEDIATION', 'CONCLUDED', 'CLOSED', 'REOPENED')),
    CONSTRAINT dispute_outcome_known CHECK (outcome_kind IN ('AGREEMENT', 'FAILURE', 'WITHDRAWAL')),
    CONSTRAINT dispute_closed_has_outcome CHECK (state NOT IN ('CONCLUDED', 'CLOSED') OR outcome_kind IS NOT NULL),
    CONSTRAINT dispute_closed_at_iff_closed CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)),
    CONSTRAINT dispute_claim_whole CHECK ((claimed_by IS NULL) = (claimed_until IS NULL)),
    CONSTRAINT dispute_counts CHECK (version >= 1 AND escalations >= 0 AND relapses >= 0 AND people_involved >= 1)
);

CREATE INDEX dispute_area ON dispute (community_code, opened_at);
CREATE INDEX dispute_state_deadline ON dispute (state, deadline_passes_at);

CREATE TABLE dispute_risk_reason (
    dispute_id UUID          NOT NULL REFERENCES dispute (id),
    seq        INTEGER       NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (dispute_id, seq)
);

-- Parties: a person's ID number and mobile, an organisation's contact mobile, are personal data, encrypted.
CREATE TABLE dispute_party (
    dispute_id  UUID         NOT NULL REFERENCES dispute (id),
    seq         INTEGER      NOT NULL,
    kind        VARCHAR(12)  NOT NULL,
    role        VARCHAR(12)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    id_number   VARCHAR(200),          -- encrypted
    mobile      VARCHAR(200),          -- encrypted
    credit_code CHAR(18),
    PRIMARY KEY (dispute_id, seq),
    CONSTRAINT dispute_party_kind_known CHECK (kind IN ('PERSON', 'ORGANISATION')),
    CONSTRAINT dispute_party_role_known CHECK (role IN ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY'))
);

CREATE TABLE dispute_session (
    dispute_id UUID           NOT NULL REFERENCES dispute (id),
    seq        INTEGER        NOT NULL,
    held_on    DATE           NOT NULL,
    notes      VARCHAR(16000) NOT NULL,
    PRIMARY KEY (dispute_id, seq)
);

-- Mediators (kind 'M') and attendees (kind 'A') of a session, in order.
CREATE TABLE dispute_session_person (
    dispute_id  UUID         NOT NULL,
    session_seq INTEGER      NOT NULL,
    kind        CHAR(1)      NOT NULL,
    seq         INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (dispute_id, session_seq, kind, seq),
    FOREIGN KEY (dispute_id, session_seq) REFERENCES dispute_session (dispute_id, seq),
    CONSTRAINT dispute_session_person_kind CHECK (kind IN ('M', 'A'))
);

CREATE TABLE dispute_consultation_body (
    dispute_id UUID        NOT NULL REFERENCES dispute (id),
    body       VARCHAR(24) NOT NULL,
    PRIMARY KEY (dispute_id, body)
);

CREATE TABLE dispute_consultation_opinion (
    dispute_id UUID                        NOT NULL REFERENCES dispute (id),
    seq        INTEGER                     NOT NULL,
    body       VARCHAR(24)                 NOT NULL,
    opinion    VARCHAR(8000)               NOT NULL,
    given_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    given_by   VARCHAR(200)                NOT NULL,
    PRIMARY KEY (dispute_id, seq),
    CONSTRAINT dispute_consultation_opinion_once UNIQUE (dispute_id, body)
);

CREATE TABLE dispute_obligation (
    dispute_id  UUID          NOT NULL REFERENCES dispute (id),
    seq         INTEGER       NOT NULL,
    description VARCHAR(2000) NOT NULL,
    amount      NUMERIC(14, 2),
    due_on      DATE,
    PRIMARY KEY (dispute_id, seq)
);

CREATE TABLE dispute_signatory (
    dispute_id UUID         NOT NULL REFERENCES dispute (id),
    seq        INTEGER      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (dispute_id, seq)
);

CREATE TABLE dispute_follow_up (
    dispute_id UUID                        NOT NULL REFERENCES dispute (id),
    seq        INTEGER                     NOT NULL,
    result     VARCHAR(20)                 NOT NULL,
    note       VARCHAR(4000)               NOT NULL,
    visited_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    visited_by VARCHAR(200)                NOT NULL,
    PRIMARY KEY (dispute_id, seq),
    CONSTRAINT dispute_follow_up_result_known CHECK (result IN ('HOLDING', 'PARTLY_FULFILLED', 'RELAPSED'))
);

-- The dispute's history, append-only: the adapter inserts entries and never updates or deletes them.
CREATE TABLE dispute_timeline (
    dispute_id UUID                        NOT NULL REFERENCES dispute (id),
    version    BIGINT                      NOT NULL,
    at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor      VARCHAR                     NOT NULL,
    actor_role VARCHAR(20)                 NOT NULL,
    kind       VARCHAR(24)                 NOT NULL,
    from_state VARCHAR(12),
    to_state   VARCHAR(12)                 NOT NULL,
    note       VARCHAR(8000)               NOT NULL,
    PRIMARY KEY (dispute_id, version)
);

-- The dispute archive outbox: one row per close (a relapsed dispute closes again at a later version), written in the
-- close's transaction, deleted once delivered. Parties keep their names and the kinds of personal data they hold;
-- ID numbers and mobiles are not copied here.
CREATE TABLE dispute_archive_outbox (
    dispute_id       UUID                        NOT NULL REFERENCES dispute (id),
    version          BIGINT                      NOT NULL,
    community_code   CHAR(12)                    NOT NULL,
    centre_code      CHAR(12)                    NOT NULL,
    centre_level     VARCHAR(12)                 NOT NULL,
    type_code        VARCHAR(40)                 NOT NULL,
    type_label       VARCHAR(100)                NOT NULL,
    source           VARCHAR(16)                 NOT NULL,
    grid_event_id    UUID,
    channel          VARCHAR(16)                 NOT NULL,
    risk_level       VARCHAR(8)                  NOT NULL,
    petition_backlog BOOLEAN                     NOT NULL,
    facts            VARCHAR(40000)              NOT NULL,
    claims           VARCHAR(8000)               NOT NULL,
    outcome          VARCHAR(20000)              NOT NULL,
    opened_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    concluded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    escalations      INTEGER                     NOT NULL,
    PRIMARY KEY (dispute_id, version)
);

CREATE INDEX dispute_archive_outbox_closed ON dispute_archive_outbox (closed_at, dispute_id, version);

CREATE TABLE dispute_archive_outbox_party (
    dispute_id          UUID         NOT NULL,
    version             BIGINT       NOT NULL,
    seq                 INTEGER      NOT NULL,
    kind                VARCHAR(12)  NOT NULL,
    role                VARCHAR(12)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    personal_data_types VARCHAR(40)  NOT NULL, -- comma-separated: NAME, ID_NUMBER, PHONE
    PRIMARY KEY (dispute_id, version, seq),
    FOREIGN KEY (dispute_id, version) REFERENCES dispute_archive_outbox (dispute_id, version)
);
