-- The campaign context: campaigns with their targets and lists, activities with attachment metadata; Safety Star rounds,
-- nominations and ballots; Good Samaritan funds, their ledgers and awards; the wedding-customs reform's halls, registers,
-- weddings and hall bookings. One script for H2 (PostgreSQL mode) and PostgreSQL; the conventions of V3__grid.sql apply.
-- The rules that must hold under concurrency are the database's: one ballot per resident per round (a unique key on
-- the voter's keyed hash), one wedding per hall and day (a unique key on the booking), a fund never below zero (a check,
-- and awards debit it with a conditional UPDATE).

-- Campaigns -----------------------------------------------------------------------------------------------------------

CREATE TABLE campaign (
    id            UUID                        NOT NULL PRIMARY KEY,
    city_code     CHAR(12)                    NOT NULL,
    theme         VARCHAR(400)                NOT NULL,
    organiser     VARCHAR(400)                NOT NULL,
    period_start  DATE                        NOT NULL,
    period_end    DATE                        NOT NULL,
    template_id   VARCHAR(200),
    launched_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    launched_by   VARCHAR(200)                NOT NULL,
    launched_role VARCHAR(20)                 NOT NULL,
    CONSTRAINT campaign_period_ordered CHECK (period_end >= period_start)
);

CREATE INDEX campaign_launched ON campaign (launched_at, id);

CREATE TABLE campaign_target_area (
    campaign_id UUID     NOT NULL REFERENCES campaign (id),
    area_code   CHAR(12) NOT NULL,
    PRIMARY KEY (campaign_id, area_code)
);

CREATE INDEX campaign_target_area_code ON campaign_target_area (area_code, campaign_id);

CREATE TABLE campaign_target_kind (
    campaign_id UUID        NOT NULL REFERENCES campaign (id),
    venue_kind  VARCHAR(20) NOT NULL,
    PRIMARY KEY (campaign_id, venue_kind),
    CONSTRAINT campaign_target_kind_known CHECK (venue_kind IN
        ('AGENCY', 'PARTY_SCHOOL', 'ENTERPRISE', 'SCHOOL', 'VILLAGE', 'COMMUNITY', 'FAMILY', 'GRID'))
);

-- The activity kinds (list ACTIVITY) and the checklist (list CHECK), in order.
CREATE TABLE campaign_item (
    campaign_id UUID         NOT NULL REFERENCES campaign (id),
    item_list   VARCHAR(8)   NOT NULL,
    seq         INTEGER      NOT NULL,
    item_text   VARCHAR(400) NOT NULL,
    PRIMARY KEY (campaign_id, item_list, seq),
    CONSTRAINT campaign_item_list_known CHECK (item_list IN ('ACTIVITY', 'CHECK'))
);

-- target_area: the campaign's target area the activity's area lies in, fixed when it is recorded, so that coverage is
-- a GROUP BY.
CREATE TABLE campaign_activity (
    id            UUID                        NOT NULL PRIMARY KEY,
    campaign_id   UUID                        NOT NULL REFERENCES campaign (id),
    venue_kind    VARCHAR(20)                 NOT NULL,
    place         VARCHAR(400)                NOT NULL,
    area_code     CHAR(12)                    NOT NULL,
    target_area   CHAR(12)                    NOT NULL,
    held_on       DATE                        NOT NULL,
    kind          VARCHAR(400),
    participants  INTEGER                     NOT NULL,
    members       INTEGER,
    volunteers    INTEGER,
    organiser     VARCHAR(400)                NOT NULL,
    evidence      VARCHAR(4000)               NOT NULL,
    recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(200)                NOT NULL,
    recorded_role VARCHAR(20)                 NOT NULL,
    FOREIGN KEY (campaign_id, target_area) REFERENCES campaign_target_area (campaign_id, area_code),
    CONSTRAINT campaign_activity_participants CHECK (participants >= 1 AND (members IS NULL OR members BETWEEN 0 AND participants)
        AND (volunteers IS NULL OR volunteers BETWEEN 0 AND participants))
);

CREATE INDEX campaign_activity_by_day ON campaign_activity (campaign_id, held_on, id);
CREATE INDEX campaign_activity_target ON campaign_activity (target_area, held_on);

CREATE TABLE campaign_activity_attachment (
    activity_id UUID         NOT NULL REFERENCES campaign_activity (id),
    seq         INTEGER      NOT NULL,
    file_name   VARCHAR(400) NOT NULL,
    media_type  VARCHAR(200) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    PRIMARY KEY (activity_id, seq)
);

-- Safety Star (平安之星) ------------------------------------------------------------------------------------------------

CREATE TABLE safety_star_round (
    id           UUID                        NOT NULL PRIMARY KEY,
    area_code    CHAR(12)                    NOT NULL,
    title        VARCHAR(400)                NOT NULL,
    voting_start DATE                        NOT NULL,
    voting_end   DATE                        NOT NULL,
    opened_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    opened_by    VARCHAR(200)                NOT NULL,
    opened_role  VARCHAR(20)                 NOT NULL,
    CONSTRAINT safety_star_round_dates CHECK (voting_end >= voting_start)
);

CREATE INDEX safety_star_round_area ON safety_star_round (area_code, voting_end, id);

CREATE TABLE safety_star_nomination (
    id             UUID                        NOT NULL PRIMARY KEY,
    round_id       UUID                        NOT NULL REFERENCES safety_star_round (id),
    nominee        VARCHAR(200)                NOT NULL,
    nominated_by   VARCHAR(400)                NOT NULL,
    deed           VARCHAR(8000)               NOT NULL,
    evidence       VARCHAR(8000)               NOT NULL,
    nominated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(200)                NOT NULL,
    recorded_role  VARCHAR(20)                 NOT NULL,
    UNIQUE (round_id, id)
);

-- voter_mark: HMAC-SHA256 under the blind-index key of the round and the voter's ID number (64 hex digits); the number
-- itself is nowhere. The primary key is the rule: one ballot per resident per round.
CREATE TABLE safety_star_ballot (
    round_id      UUID                        NOT NULL,
    voter_mark    CHAR(64)                    NOT NULL,
    nomination_id UUID                        NOT NULL,
    cast_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (round_id, voter_mark),
    FOREIGN KEY (round_id, nomination_id) REFERENCES safety_star_nomination (round_id, id)
);

CREATE INDEX safety_star_ballot_nomination ON safety_star_ballot (nomination_id);

-- Good Samaritan funds (见义勇为基金) ----------------------------------------------------------------------------------

-- One row per fund: its balance, debited by awards with UPDATE ... WHERE balance >= amount, and the last ledger line.
CREATE TABLE samaritan_fund (
    area_code CHAR(12)       NOT NULL PRIMARY KEY,
    balance   NUMERIC(14, 2) NOT NULL,
    last_seq  BIGINT         NOT NULL,
    CONSTRAINT samaritan_fund_never_negative CHECK (balance >= 0)
);

CREATE TABLE samaritan_award (
    id          UUID                        NOT NULL PRIMARY KEY,
    fund_area   CHAR(12)                    NOT NULL REFERENCES samaritan_fund (area_code),
    act         VARCHAR(8000)               NOT NULL,
    act_on      DATE                        NOT NULL,
    place       VARCHAR(400)                NOT NULL,
    amount      NUMERIC(14, 2)              NOT NULL,
    awarded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    awarded_by  VARCHAR(200)                NOT NULL,
    awarded_role VARCHAR(20)                NOT NULL,
    CONSTRAINT samaritan_award_positive CHECK (amount > 0)
);

-- The people an award honours; their ID numbers encrypted like residents'.
CREATE TABLE samaritan_honouree (
    award_id  UUID         NOT NULL REFERENCES samaritan_award (id),
    seq       INTEGER      NOT NULL,
    name      VARCHAR(200) NOT NULL,
    id_number VARCHAR(200),
    PRIMARY KEY (award_id, seq)
);

CREATE TABLE samaritan_fund_entry (
    fund_area     CHAR(12)                    NOT NULL REFERENCES samaritan_fund (area_code),
    seq           BIGINT                      NOT NULL,
    kind          VARCHAR(8)                  NOT NULL,
    amount        NUMERIC(14, 2)              NOT NULL,
    balance_after NUMERIC(14, 2)              NOT NULL,
    entry_on      DATE                        NOT NULL,
    description   VARCHAR(8000)               NOT NULL,
    award_id      UUID REFERENCES samaritan_award (id),
    recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (fund_area, seq),
    CONSTRAINT samaritan_fund_entry_kind CHECK ((kind = 'INCOME' AND award_id IS NULL) OR (kind = 'AWARD' AND award_id IS NOT NULL)),
    CONSTRAINT samaritan_fund_entry_balance CHECK (balance_after >= 0 AND amount > 0)
);

-- Wedding-customs reform (新时代婚俗礼仪) -------------------------------------------------------------------------------

CREATE TABLE wedding_hall (
    id        UUID         NOT NULL PRIMARY KEY,
    area_code CHAR(12)     NOT NULL,
    name      VARCHAR(400) NOT NULL,
    capacity  INTEGER      NOT NULL
);

CREATE INDEX wedding_hall_area ON wedding_hall (area_code);

-- The three registers in one table by kind: FOLK_MASTER (name, mobile encrypted), ALLIANCE (name, service, pledge,
-- charity price), COUNSELLING (topic as name, counsellor, couples).
CREATE TABLE wedding_register_entry (
    id            UUID           NOT NULL PRIMARY KEY,
    kind          VARCHAR(12)    NOT NULL,
    area_code     CHAR(12)       NOT NULL,
    entry_on      DATE           NOT NULL,
    name          VARCHAR(400)   NOT NULL,
    mobile        VARCHAR(200),
    service       VARCHAR(400),
    pledge        VARCHAR(4000),
    charity_price NUMERIC(14, 2),
    counsellor    VARCHAR(200),
    couples       INTEGER,
    CONSTRAINT wedding_register_entry_kind CHECK (kind IN ('FOLK_MASTER', 'ALLIANCE', 'COUNSELLING'))
);

CREATE INDEX wedding_register_entry_area ON wedding_register_entry (kind, area_code, entry_on, id);

CREATE TABLE wedding (
    id                 UUID                        NOT NULL PRIMARY KEY,
    area_code          CHAR(12)                    NOT NULL,
    wedding_on         DATE                        NOT NULL,
    partner_one        VARCHAR(200)                NOT NULL,
    partner_two        VARCHAR(200)                NOT NULL,
    hall_id            UUID REFERENCES wedding_hall (id),
    max_guests         INTEGER                     NOT NULL,
    max_tables         INTEGER                     NOT NULL,
    max_gifts          NUMERIC(14, 2)              NOT NULL,
    checked_on         DATE,
    guests             INTEGER,
    banquet_tables     INTEGER,
    gifts              NUMERIC(14, 2),
    checked_by         VARCHAR(200),
    pledge_kept        BOOLEAN,
    registered_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    registered_by      VARCHAR(200)                NOT NULL,
    registered_role    VARCHAR(20)                 NOT NULL,
    CONSTRAINT wedding_check_whole CHECK ((checked_on IS NULL) = (pledge_kept IS NULL))
);

CREATE INDEX wedding_area_day ON wedding (area_code, wedding_on, id);

CREATE TABLE wedding_service_used (
    wedding_id UUID        NOT NULL REFERENCES wedding (id),
    service    VARCHAR(20) NOT NULL,
    PRIMARY KEY (wedding_id, service),
    CONSTRAINT wedding_service_known CHECK (service IN ('PUBLIC_HALL', 'FOLK_MASTER', 'ALLIANCE_BUSINESS', 'COUNSELLING'))
);

-- The booking is the rule: one wedding per hall and day.
CREATE TABLE wedding_hall_booking (
    hall_id    UUID NOT NULL REFERENCES wedding_hall (id),
    booked_on  DATE NOT NULL,
    wedding_id UUID NOT NULL REFERENCES wedding (id),
    PRIMARY KEY (hall_id, booked_on)
);
