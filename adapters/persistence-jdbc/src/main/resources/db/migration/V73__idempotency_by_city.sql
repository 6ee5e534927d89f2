-- Keys belong to a subject within a city: identity providers reuse account names, and one city's caller must never be
-- answered from another city's request. Keys claimed before this migration are forgotten (a retry across the upgrade
-- is a new request).
DROP TABLE idempotency_record;

CREATE TABLE idempotency_record (
    city_code    CHAR(12)      NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    idem_key     VARCHAR(200)  NOT NULL,
    request_hash VARCHAR(64)   NOT NULL,
    claimed_at   TIMESTAMP     NOT NULL,
    status       INTEGER,
    location     VARCHAR(2000),
    etag         VARCHAR(100),
    body         TEXT,
    PRIMARY KEY (city_code, subject, idem_key)
);

CREATE INDEX idempotency_record_claimed ON idempotency_record (claimed_at);
