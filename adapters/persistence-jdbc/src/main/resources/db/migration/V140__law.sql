-- The law context: legal-aid centres with their lawyers and applications, petitions (信访), enforcement-supervision
-- complaints, law-publicity events and a city's local regulations. One script for H2 (PostgreSQL mode) and
-- PostgreSQL; the conventions of V3__grid.sql apply (instants in UTC to microseconds, VARCHAR(2n) for texts the domain
-- bounds to n, "inside an area" as a range of codes, ID numbers and mobiles stored only encrypted, bound to their
-- column). Each record is one row replaced under an optimistic version check (UPDATE ... WHERE version = expected).
-- Deadlines keep the three parts of a shared Deadline: working days, due date, the instant it passes.

CREATE TABLE legal_aid_centre (
    code      VARCHAR(64)  NOT NULL PRIMARY KEY,
    area_code CHAR(12)     NOT NULL,
    name      VARCHAR(400) NOT NULL
);

CREATE INDEX legal_aid_centre_area ON legal_aid_centre (area_code, code);

CREATE TABLE legal_aid_lawyer (
    centre_code VARCHAR(64)  NOT NULL REFERENCES legal_aid_centre (code),
    seq         INTEGER      NOT NULL,
    lawyer_id   VARCHAR(128) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    capacity    INTEGER      NOT NULL,
    PRIMARY KEY (centre_code, seq),
    CONSTRAINT legal_aid_lawyer_once UNIQUE (centre_code, lawyer_id),
    CONSTRAINT legal_aid_lawyer_capacity_positive CHECK (capacity >= 1)
);

CREATE TABLE legal_aid_application (
    id                    UUID                        NOT NULL PRIMARY KEY,
    community_code        CHAR(12)                    NOT NULL,
    applicant_name        VARCHAR(200)                NOT NULL,
    applicant_id_number   VARCHAR(400),
    applicant_mobile      VARCHAR(400),
    matter                VARCHAR(4000)               NOT NULL,
    category              VARCHAR(24)                 NOT NULL,
    received_on           DATE                        NOT NULL,
    decision_working_days INTEGER                     NOT NULL,
    decision_due_on       DATE                        NOT NULL,
    decision_passes_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                 VARCHAR(12)                 NOT NULL,
    decided_at            TIMESTAMP(6) WITH TIME ZONE,
    -- Calendar days in China from the received date to the decision's date: what the report's median is taken over.
    decision_days         INTEGER,
    refusal_reason        VARCHAR(2000),
    centre_code           VARCHAR(64),
    lawyer_id             VARCHAR(128),
    result                VARCHAR(4000),
    satisfaction          VARCHAR(24),
    closed_at             TIMESTAMP(6) WITH TIME ZONE,
    version               BIGINT                      NOT NULL,
    CONSTRAINT legal_aid_state_known CHECK (state IN ('RECEIVED', 'GRANTED', 'REFUSED', 'ASSIGNED', 'CLOSED')),
    CONSTRAINT legal_aid_version_positive CHECK (version >= 1)
);

CREATE INDEX legal_aid_area ON legal_aid_application (community_code, received_on DESC, id);
CREATE INDEX legal_aid_deadline ON legal_aid_application (decision_passes_at, id);
CREATE INDEX legal_aid_lawyer_cases ON legal_aid_application (lawyer_id, state);

CREATE TABLE legal_aid_evidence (
    application_id UUID         NOT NULL REFERENCES legal_aid_application (id),
    seq            INTEGER      NOT NULL,
    evidence       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (application_id, seq)
);

CREATE TABLE petition (
    id                       UUID                        NOT NULL PRIMARY KEY,
    community_code           CHAR(12)                    NOT NULL,
    petitioner_name          VARCHAR(200)                NOT NULL,
    petitioner_id_number     VARCHAR(400),
    petitioner_mobile        VARCHAR(400),
    matter                   VARCHAR(8000)               NOT NULL,
    channel                  VARCHAR(8)                  NOT NULL,
    agency                   VARCHAR(400)                NOT NULL,
    received_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    acceptance_working_days  INTEGER                     NOT NULL,
    acceptance_due_on        DATE                        NOT NULL,
    acceptance_passes_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                    VARCHAR(12)                 NOT NULL,
    repeat_of                UUID,
    accepted_at              TIMESTAMP(6) WITH TIME ZONE,
    not_accepted_reason      VARCHAR(4000),
    reply_working_days       INTEGER,
    reply_due_on             DATE,
    reply_passes_at          TIMESTAMP(6) WITH TIME ZONE,
    extension_reason         VARCHAR(4000),
    leader                   VARCHAR(200),
    dispute_id               UUID,
    reply                    VARCHAR(4000),
    replied_at               TIMESTAMP(6) WITH TIME ZONE,
    reopenings               INTEGER                     NOT NULL,
    outcome                  VARCHAR(4000),
    petitioner_response      VARCHAR(24),
    cleared_at               TIMESTAMP(6) WITH TIME ZONE,
    version                  BIGINT                      NOT NULL,
    CONSTRAINT petition_channel_known CHECK (channel IN ('VISIT', 'LETTER', 'ONLINE', 'HOTLINE')),
    CONSTRAINT petition_state_known CHECK (state IN ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'REPLIED', 'REOPENED', 'CLEARED')),
    CONSTRAINT petition_version_positive CHECK (version >= 1)
);

CREATE INDEX petition_area ON petition (community_code, received_at DESC, id);
CREATE INDEX petition_backlog ON petition (state, reply_passes_at);
CREATE INDEX petition_repeats ON petition (repeat_of);

CREATE TABLE supervision_complaint (
    id                     UUID                        NOT NULL PRIMARY KEY,
    area_code              CHAR(12)                    NOT NULL,
    agency                 VARCHAR(400)                NOT NULL,
    act                    VARCHAR(8000)               NOT NULL,
    complainant_name       VARCHAR(200)                NOT NULL,
    complainant_id_number  VARCHAR(400),
    complainant_mobile     VARCHAR(400),
    filed_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    review_working_days    INTEGER                     NOT NULL,
    review_due_on          DATE                        NOT NULL,
    review_passes_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    outcome                VARCHAR(12),
    finding                VARCHAR(8000),
    reviewed_at            TIMESTAMP(6) WITH TIME ZONE,
    version                BIGINT                      NOT NULL,
    CONSTRAINT supervision_outcome_known CHECK (outcome IS NULL OR outcome IN ('UPHELD', 'CORRECTED', 'DISMISSED')),
    CONSTRAINT supervision_version_positive CHECK (version >= 1)
);

CREATE INDEX supervision_area ON supervision_complaint (area_code, filed_at);
CREATE INDEX supervision_deadline ON supervision_complaint (review_passes_at, id);

CREATE TABLE publicity_event (
    id        UUID         NOT NULL PRIMARY KEY,
    area_code CHAR(12)     NOT NULL,
    topic     VARCHAR(400) NOT NULL,
    audience  VARCHAR(24)  NOT NULL,
    place     VARCHAR(400) NOT NULL,
    held_on   DATE         NOT NULL,
    reach     INTEGER      NOT NULL,
    CONSTRAINT publicity_reach_not_negative CHECK (reach >= 0)
);

CREATE INDEX publicity_day ON publicity_event (held_on, id);

CREATE TABLE regulation (
    id              UUID           NOT NULL PRIMARY KEY,
    city_code       CHAR(12)       NOT NULL,
    title           VARCHAR(400)   NOT NULL,
    document_number VARCHAR(200)   NOT NULL,
    adopting_body   VARCHAR(400)   NOT NULL,
    adopted_on      DATE           NOT NULL,
    effective_on    DATE           NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    changing_act    VARCHAR(400),
    changed_on      DATE,
    full_text       VARCHAR(400000) NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT regulation_number_once UNIQUE (city_code, document_number),
    CONSTRAINT regulation_status_known CHECK (status IN ('IN_FORCE', 'AMENDED', 'REPEALED')),
    CONSTRAINT regulation_change_named CHECK ((status = 'IN_FORCE') = (changing_act IS NULL)),
    CONSTRAINT regulation_version_positive CHECK (version >= 1)
);

CREATE INDEX regulation_city ON regulation (city_code, effective_on, id);
