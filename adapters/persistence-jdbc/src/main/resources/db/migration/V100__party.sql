-- The party context (V100-V119): the organisation tree and what it is bound to, estates and property companies (红色物业),
-- members with their check-ins, service and model posts, regional alliances with pledges and joint activities, and
-- five-in-one councils with their meetings. Conventions as in V3__grid.sql: one script for H2 (PostgreSQL mode) and
-- PostgreSQL; a text the domain bounds to n characters gets VARCHAR(2n); area and grid codes are not foreign keys;
-- "inside an area" is a range of codes (AreaRange). Reports join grid (V3) for coverage.

CREATE TABLE party_organisation (
    id        UUID         NOT NULL PRIMARY KEY,
    tier      VARCHAR(16)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    area_code CHAR(12)     NOT NULL,
    parent_id UUID REFERENCES party_organisation (id),
    CONSTRAINT party_organisation_tier_known CHECK (tier IN ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'GROUP'))
);

CREATE INDEX party_organisation_area ON party_organisation (area_code, id);

-- Bindings, replaced whole when an organisation is bound anew. Coverage asks "is a branch or group bound here?".
CREATE TABLE party_organisation_grid (
    organisation_id UUID        NOT NULL REFERENCES party_organisation (id),
    grid_code       VARCHAR(19) NOT NULL,
    PRIMARY KEY (organisation_id, grid_code)
);

CREATE INDEX party_organisation_grid_by_grid ON party_organisation_grid (grid_code, organisation_id);

CREATE TABLE party_estate (
    id                  UUID         NOT NULL PRIMARY KEY,
    community_code      CHAR(12)     NOT NULL,
    name                VARCHAR(200) NOT NULL,
    company_credit_code CHAR(18)
);

CREATE INDEX party_estate_community ON party_estate (community_code, id);

CREATE TABLE party_organisation_estate (
    organisation_id UUID NOT NULL REFERENCES party_organisation (id),
    estate_id       UUID NOT NULL REFERENCES party_estate (id),
    PRIMARY KEY (organisation_id, estate_id)
);

CREATE INDEX party_organisation_estate_by_estate ON party_organisation_estate (estate_id, organisation_id);

-- 物业服务企业 of a city; overseen_by is the red-property link.
CREATE TABLE party_property_company (
    city_code   CHAR(12)     NOT NULL,
    credit_code CHAR(18)     NOT NULL,
    name        VARCHAR(200) NOT NULL,
    overseen_by UUID REFERENCES party_organisation (id),
    PRIMARY KEY (city_code, credit_code)
);

-- Members: ID number and mobile are personal data, stored as the residents' are (PersonalDataCipher values; the ID
-- number found by its blind index, unique per city). area_code is the organisation's, kept for the reports' ranges.
CREATE TABLE party_member (
    id              UUID         NOT NULL PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES party_organisation (id),
    area_code       CHAR(12)     NOT NULL,
    city_prefix     CHAR(4)      NOT NULL,
    name            VARCHAR(100) NOT NULL,
    id_number       VARCHAR(200) NOT NULL, -- encrypted
    id_number_index CHAR(64)     NOT NULL, -- blind index of the ID number
    mobile          VARCHAR(200),          -- encrypted, NULL if none was given
    employed        BOOLEAN      NOT NULL,
    joined_on       DATE         NOT NULL,
    CONSTRAINT party_member_city_is_area_prefix CHECK (SUBSTRING(area_code FROM 1 FOR 4) = city_prefix),
    CONSTRAINT party_member_id_number_once_per_city UNIQUE (city_prefix, id_number_index)
);

CREATE INDEX party_member_organisation ON party_member (organisation_id, name, id);
CREATE INDEX party_member_area ON party_member (area_code, employed);

-- 在职党员到社区报到: one per member, replaced when they check in anew.
CREATE TABLE party_check_in (
    member_id       UUID          NOT NULL PRIMARY KEY REFERENCES party_member (id),
    community_code  CHAR(12)      NOT NULL,
    checked_in_on   DATE          NOT NULL,
    pledged_service VARCHAR(1000) NOT NULL
);

CREATE INDEX party_check_in_community ON party_check_in (community_code, member_id);

CREATE TABLE party_service (
    id             UUID         NOT NULL PRIMARY KEY,
    member_id      UUID         NOT NULL REFERENCES party_member (id),
    community_code CHAR(12)     NOT NULL,
    activity       VARCHAR(400) NOT NULL,
    served_on      DATE         NOT NULL,
    hours          DECIMAL(4,1) NOT NULL,
    beneficiaries  INTEGER      NOT NULL,
    CONSTRAINT party_service_hours_range CHECK (hours > 0 AND hours <= 24),
    CONSTRAINT party_service_beneficiaries_range CHECK (beneficiaries >= 0)
);

CREATE INDEX party_service_member ON party_service (member_id, served_on, id);
CREATE INDEX party_service_community ON party_service (community_code, served_on);

-- 党员示范岗
CREATE TABLE party_model_post (
    id              UUID         NOT NULL PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES party_organisation (id),
    title           VARCHAR(200) NOT NULL,
    holder_id       UUID         NOT NULL REFERENCES party_member (id),
    since           DATE         NOT NULL
);

CREATE INDEX party_model_post_organisation ON party_model_post (organisation_id, title, id);

-- 区域党建共同体, its member organisations in order, their pledges and the joint activities held.
CREATE TABLE party_alliance (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    area_code   CHAR(12)     NOT NULL,
    convenor_id UUID         NOT NULL REFERENCES party_organisation (id)
);

CREATE INDEX party_alliance_area ON party_alliance (area_code, id);

CREATE TABLE party_alliance_member (
    alliance_id UUID         NOT NULL REFERENCES party_alliance (id),
    seq         INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    credit_code CHAR(18),
    PRIMARY KEY (alliance_id, seq),
    CONSTRAINT party_alliance_member_once UNIQUE (alliance_id, name),
    CONSTRAINT party_alliance_member_kind_known CHECK (kind IN ('PARTY_ORGANISATION', 'ENTERPRISE', 'SCHOOL', 'GOVERNMENT_AGENCY',
                                                                'PUBLIC_INSTITUTION', 'SOCIAL_ORGANISATION', 'OTHER'))
);

CREATE TABLE party_joint_activity (
    id          UUID         NOT NULL PRIMARY KEY,
    alliance_id UUID         NOT NULL REFERENCES party_alliance (id),
    title       VARCHAR(400) NOT NULL,
    held_on     DATE         NOT NULL
);

CREATE INDEX party_joint_activity_alliance ON party_joint_activity (alliance_id, held_on, id);

CREATE TABLE party_joint_activity_participant (
    activity_id UUID         NOT NULL REFERENCES party_joint_activity (id),
    seq         INTEGER      NOT NULL,
    member_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (activity_id, seq)
);

-- A pledge is delivered once: the activity's transaction sets delivered_on only WHERE delivered_on IS NULL.
CREATE TABLE party_pledge (
    id           UUID          NOT NULL PRIMARY KEY,
    alliance_id  UUID          NOT NULL REFERENCES party_alliance (id),
    member_name  VARCHAR(200)  NOT NULL,
    promise      VARCHAR(1000) NOT NULL,
    due_on       DATE          NOT NULL,
    delivered_on DATE,
    delivered_by UUID REFERENCES party_joint_activity (id),
    CONSTRAINT party_pledge_delivery_whole CHECK ((delivered_on IS NULL) = (delivered_by IS NULL))
);

CREATE INDEX party_pledge_alliance ON party_pledge (alliance_id, due_on, id);
CREATE INDEX party_pledge_open ON party_pledge (delivered_on, due_on, id);

-- 五位一体: one council per place, the place being the estate (its id) or the community itself (its code).
CREATE TABLE party_council (
    id             UUID        NOT NULL PRIMARY KEY,
    community_code CHAR(12)    NOT NULL,
    estate_id      UUID REFERENCES party_estate (id),
    place          VARCHAR(36) NOT NULL,
    CONSTRAINT party_council_place_once UNIQUE (place)
);

CREATE INDEX party_council_community ON party_council (community_code);

CREATE TABLE party_council_seat (
    council_id   UUID         NOT NULL REFERENCES party_council (id),
    seat         VARCHAR(32)  NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    person       VARCHAR(200) NOT NULL,
    PRIMARY KEY (council_id, seat),
    CONSTRAINT party_council_seat_known CHECK (seat IN ('COMMUNITY_PARTY_ORGANISATION', 'RESIDENTS_COMMITTEE',
                                                        'SUPERVISORY_COMMITTEE', 'OWNERS_COMMITTEE', 'PROPERTY_COMPANY'))
);

CREATE TABLE party_council_meeting (
    id         UUID NOT NULL PRIMARY KEY,
    council_id UUID NOT NULL REFERENCES party_council (id),
    held_on    DATE NOT NULL
);

CREATE INDEX party_council_meeting_council ON party_council_meeting (council_id, held_on, id);

CREATE TABLE party_council_meeting_seat (
    meeting_id UUID        NOT NULL REFERENCES party_council_meeting (id),
    seat       VARCHAR(32) NOT NULL,
    PRIMARY KEY (meeting_id, seat)
);

-- Topics and decisions, each in its order.
CREATE TABLE party_council_meeting_item (
    meeting_id UUID          NOT NULL REFERENCES party_council_meeting (id),
    kind       VARCHAR(8)    NOT NULL,
    seq        INTEGER       NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (meeting_id, kind, seq),
    CONSTRAINT party_council_meeting_item_kind_known CHECK (kind IN ('TOPIC', 'DECISION'))
);
