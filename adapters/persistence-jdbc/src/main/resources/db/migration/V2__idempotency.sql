-- Requests that carried an Idempotency-Key, per caller; kept at least 24 hours.
CREATE TABLE idempotency_record (
    caller       VARCHAR(200)  NOT NULL,
    idem_key     VARCHAR(200)  NOT NULL,
    request_hash VARCHAR(64)   NOT NULL,
    claimed_at   TIMESTAMP     NOT NULL,
    status       INTEGER,
    location     VARCHAR(2000),
    body         TEXT,
    PRIMARY KEY (caller, idem_key)
);

CREATE INDEX idempotency_record_claimed ON idempotency_record (claimed_at);
