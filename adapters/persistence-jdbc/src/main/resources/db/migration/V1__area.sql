-- One set of migrations for H2 (PostgreSQL mode) and PostgreSQL: keep to the SQL both speak.
CREATE TABLE area (
    code        CHAR(12)     NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    admin_level VARCHAR(12)  NOT NULL,
    parent_code CHAR(12)     REFERENCES area (code),
    CONSTRAINT area_level_known CHECK (admin_level IN ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY'))
);

CREATE INDEX area_parent ON area (parent_code);
