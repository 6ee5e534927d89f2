-- Webhooks for integrators (domain context integration): the integration outbox, subscriptions, deliveries.
-- One script for H2 (PostgreSQL mode) and PostgreSQL.
--
-- integration_event is the outbox: the grid and dispute stores insert into it in the transaction of the change it
-- reports, so an event exists only for a committed change. The fan-out claims rows (claimed_until, a lease, SKIP LOCKED)
-- and, in one transaction, writes a delivery per subscription and sets fanned_out. Rows stay after the fan-out: a
-- replay sends them again.
CREATE TABLE integration_event (
    id              UUID                        PRIMARY KEY,
    event_type      VARCHAR(40)                 NOT NULL,
    area_code       VARCHAR(12)                 NOT NULL,
    subject         VARCHAR(400)                NOT NULL,
    subject_version BIGINT                      NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    fanned_out      BOOLEAN                     NOT NULL DEFAULT FALSE,
    claimed_until   TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX integration_event_pending ON integration_event (fanned_out, occurred_at, id);

-- The payload's fields: a non-personal value in clear_value; a personal one only in personal_value, sealed by the
-- personal-data cipher (integration_event_field.personal_value) and in the key rotation.
CREATE TABLE integration_event_field (
    event_id       UUID          NOT NULL REFERENCES integration_event (id),
    name           VARCHAR(100)  NOT NULL,
    clear_value    VARCHAR(40000),
    personal_value VARCHAR(4000),
    PRIMARY KEY (event_id, name)
);

-- Secrets are sealed like personal data (webhook_subscription.secret / .previous_secret): a database dump does not
-- let anyone sign deliveries.
CREATE TABLE webhook_subscription (
    id              UUID                        PRIMARY KEY,
    city_code       VARCHAR(12)                 NOT NULL,
    area_code       VARCHAR(12)                 NOT NULL,
    owner_subject   VARCHAR(400)                NOT NULL,
    url             VARCHAR(4000)               NOT NULL,
    event_types     VARCHAR(1000)               NOT NULL,
    personal_data   BOOLEAN                     NOT NULL,
    secret          VARCHAR(400)                NOT NULL,
    previous_secret VARCHAR(400),
    previous_until  TIMESTAMP(6) WITH TIME ZONE,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (city_code, owner_subject, created_at);

-- One event owed to one subscription. subject and subject_version are copied from the event so that the claim's
-- "no earlier PENDING delivery of the same subject to the same subscription" is one indexed NOT EXISTS.
CREATE TABLE webhook_delivery (
    id              UUID                        PRIMARY KEY,
    subscription_id UUID                        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        UUID                        NOT NULL REFERENCES integration_event (id),
    subject         VARCHAR(400)                NOT NULL,
    subject_version BIGINT                      NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state           VARCHAR(10)                 NOT NULL,
    attempts        INT                         NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP(6) WITH TIME ZONE,
    delivered_at    TIMESTAMP(6) WITH TIME ZONE,
    last_status     INT,
    last_error      VARCHAR(1000)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX webhook_delivery_subject ON webhook_delivery (subscription_id, subject, state, subject_version, created_at);
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, created_at, id);
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id);
