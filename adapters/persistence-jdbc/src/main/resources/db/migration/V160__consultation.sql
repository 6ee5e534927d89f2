-- The consultation context: councils with their members and meetings, topics with opinions, proposals and votes,
-- stability-risk assessments, disclosure boards and items (三公开) and the village ledger of assets, resources and funds
-- (三资). One script for H2 (PostgreSQL mode) and PostgreSQL; the conventions of V3__grid.sql apply (instants in UTC to
-- microseconds, VARCHAR(2n) for texts the domain bounds to n, "inside an area" as a range of codes). Members' names and
-- mobiles and speakers' names are stored only encrypted, bound to their column (VARCHAR(1000) holds the cipher's form of
-- a 100-character name). Each record is one row replaced under an optimistic version check; its lists are child rows
-- rewritten with it in the same transaction.

CREATE TABLE council (
    id                 UUID         NOT NULL PRIMARY KEY,
    area_code          CHAR(12)     NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    name               VARCHAR(400) NOT NULL,
    quorum_numerator   INTEGER      NOT NULL,
    quorum_denominator INTEGER      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT council_kind_known CHECK (kind IN ('RESIDENTS_COUNCIL', 'VILLAGE_REPRESENTATIVES_TALK', 'CHILDREN',
        'PUBLIC_OPINION_TALK', 'COURTYARD_MEETING')),
    CONSTRAINT council_quorum_share CHECK (quorum_numerator >= 1 AND quorum_numerator <= quorum_denominator),
    CONSTRAINT council_version_positive CHECK (version >= 1)
);

CREATE INDEX council_area ON council (area_code, name, id);

CREATE TABLE council_member (
    council_id UUID          NOT NULL REFERENCES council (id),
    seq        INTEGER       NOT NULL,
    name       VARCHAR(1000) NOT NULL,
    mobile     VARCHAR(400),
    capacity   VARCHAR(200)  NOT NULL,
    term_from  DATE          NOT NULL,
    term_to    DATE          NOT NULL,
    PRIMARY KEY (council_id, seq),
    CONSTRAINT council_member_term CHECK (term_to >= term_from)
);

CREATE TABLE council_meeting (
    id         UUID         NOT NULL PRIMARY KEY,
    council_id UUID         NOT NULL REFERENCES council (id),
    area_code  CHAR(12)     NOT NULL,
    mode       VARCHAR(8)   NOT NULL,
    held_on    DATE         NOT NULL,
    venue      VARCHAR(400) NOT NULL,
    attendance INTEGER      NOT NULL,
    CONSTRAINT council_meeting_mode_known CHECK (mode IN ('OFFLINE', 'ONLINE'))
);

CREATE INDEX council_meeting_council ON council_meeting (council_id, held_on, id);

CREATE TABLE council_topic (
    id                     UUID                        NOT NULL PRIMARY KEY,
    council_id             UUID                        NOT NULL REFERENCES council (id),
    meeting_id             UUID                        NOT NULL REFERENCES council_meeting (id),
    area_code              CHAR(12)                    NOT NULL,
    title                  VARCHAR(400)                NOT NULL,
    description            VARCHAR(8000)               NOT NULL,
    major                  BOOLEAN                     NOT NULL,
    raised_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- The day in China it was raised: what a period of days counts it by.
    raised_on              DATE                        NOT NULL,
    decision_proposal      INTEGER,
    decision_text          VARCHAR(8000),
    decision_assessment_id UUID,
    decided_at             TIMESTAMP(6) WITH TIME ZONE,
    feedback_text          VARCHAR(8000),
    feedback_channel       VARCHAR(400),
    feedback_published_at  TIMESTAMP(6) WITH TIME ZONE,
    closed_at              TIMESTAMP(6) WITH TIME ZONE,
    version                BIGINT                      NOT NULL,
    CONSTRAINT council_topic_closed_with_feedback CHECK (closed_at IS NULL OR feedback_published_at IS NOT NULL),
    CONSTRAINT council_topic_version_positive CHECK (version >= 1)
);

CREATE INDEX council_topic_area ON council_topic (area_code, raised_at DESC, id);
CREATE INDEX council_topic_awaiting ON council_topic (raised_at, id);

CREATE TABLE council_topic_opinion (
    topic_id UUID                        NOT NULL REFERENCES council_topic (id),
    seq      INTEGER                     NOT NULL,
    speaker  VARCHAR(1000)               NOT NULL,
    capacity VARCHAR(200)                NOT NULL,
    content  VARCHAR(8000)               NOT NULL,
    said_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (topic_id, seq)
);

CREATE TABLE council_topic_proposal (
    topic_id        UUID                        NOT NULL REFERENCES council_topic (id),
    seq             INTEGER                     NOT NULL,
    text            VARCHAR(8000)               NOT NULL,
    vote_serving    INTEGER,
    vote_present    INTEGER,
    vote_in_favour  INTEGER,
    vote_against    INTEGER,
    vote_abstaining INTEGER,
    vote_result     VARCHAR(12),
    voted_at        TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (topic_id, seq),
    CONSTRAINT council_vote_result_known CHECK (vote_result IS NULL OR vote_result IN ('PASSED', 'REJECTED', 'NO_QUORUM'))
);

CREATE TABLE stability_risk_assessment (
    id              UUID                        NOT NULL PRIMARY KEY,
    -- No foreign key: an assessment may be recorded by an adapter that keeps topics elsewhere; the service checks it.
    topic_id        UUID                        NOT NULL,
    area_code       CHAR(12)                    NOT NULL,
    subject         VARCHAR(800)                NOT NULL,
    legality        INTEGER                     NOT NULL,
    reasonableness  INTEGER                     NOT NULL,
    feasibility     INTEGER                     NOT NULL,
    controllability INTEGER                     NOT NULL,
    level           VARCHAR(8)                  NOT NULL,
    mitigation_plan VARCHAR(8000),
    approver        VARCHAR(200),
    assessed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT                      NOT NULL,
    CONSTRAINT stability_risk_level_known CHECK (level IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT stability_risk_no_plan_at_high CHECK (level <> 'HIGH' OR mitigation_plan IS NULL),
    CONSTRAINT stability_risk_version_positive CHECK (version >= 1)
);

CREATE INDEX stability_risk_topic ON stability_risk_assessment (topic_id, assessed_at);

CREATE TABLE stability_risk (
    assessment_id UUID          NOT NULL REFERENCES stability_risk_assessment (id),
    seq           INTEGER       NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    mitigation    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (assessment_id, seq)
);

CREATE TABLE stability_risk_opinion (
    assessment_id UUID          NOT NULL REFERENCES stability_risk_assessment (id),
    seq           INTEGER       NOT NULL,
    opinion       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (assessment_id, seq)
);

CREATE TABLE disclosure_board (
    community_code CHAR(12)     NOT NULL PRIMARY KEY,
    name           VARCHAR(400) NOT NULL,
    opened_on      DATE         NOT NULL
);

CREATE TABLE disclosure_item (
    id             UUID           NOT NULL PRIMARY KEY,
    community_code CHAR(12)       NOT NULL,
    category       VARCHAR(16)    NOT NULL,
    -- The month disclosed, as YYYY-MM (text orders as the months do).
    period         CHAR(7)        NOT NULL,
    title          VARCHAR(400)   NOT NULL,
    content        VARCHAR(16000) NOT NULL,
    published_on   DATE           NOT NULL,
    CONSTRAINT disclosure_category_known CHECK (category IN ('PARTY_AFFAIRS', 'VILLAGE_AFFAIRS', 'FINANCE'))
);

CREATE INDEX disclosure_item_community ON disclosure_item (community_code, published_on DESC, id);
CREATE INDEX disclosure_item_period ON disclosure_item (community_code, period);

CREATE TABLE village_asset (
    id             UUID           NOT NULL PRIMARY KEY,
    community_code CHAR(12)       NOT NULL,
    kind           VARCHAR(8)     NOT NULL,
    name           VARCHAR(400)   NOT NULL,
    asset_value    NUMERIC(16, 2) NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT village_asset_kind_known CHECK (kind IN ('ASSET', 'RESOURCE', 'FUND')),
    CONSTRAINT village_asset_version_positive CHECK (version >= 1)
);

CREATE INDEX village_asset_community ON village_asset (community_code, name, id);

CREATE TABLE village_asset_disposal (
    asset_id    UUID           NOT NULL REFERENCES village_asset (id),
    seq         INTEGER        NOT NULL,
    kind        VARCHAR(16)    NOT NULL,
    description VARCHAR(4000)  NOT NULL,
    amount      NUMERIC(16, 2) NOT NULL,
    disposed_on DATE           NOT NULL,
    PRIMARY KEY (asset_id, seq),
    CONSTRAINT village_disposal_kind_known CHECK (kind IN ('SALE', 'LEASE', 'CONTRACT_OUT', 'SPENDING', 'WRITE_OFF'))
);

CREATE INDEX village_disposal_day ON village_asset_disposal (disposed_on, asset_id, seq);

CREATE TABLE disclosure_item_disposal (
    item_id      UUID    NOT NULL REFERENCES disclosure_item (id),
    asset_id     UUID    NOT NULL,
    disposal_seq INTEGER NOT NULL,
    PRIMARY KEY (item_id, asset_id, disposal_seq),
    FOREIGN KEY (asset_id, disposal_seq) REFERENCES village_asset_disposal (asset_id, seq)
);

CREATE INDEX disclosure_item_disposal_by_disposal ON disclosure_item_disposal (asset_id, disposal_seq);
