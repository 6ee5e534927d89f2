-- 网格员培训 (V246): a grid worker's attendance at a training course, recorded by the staff answering for the grid. The
-- service checks at recording that the member holds a grid-worker post on the grid; a member may later leave the grid,
-- so there is no foreign key to grid_member. Hours in tenths, so that the assessment sums them exactly.
CREATE TABLE grid_worker_training (
    id            UUID                        NOT NULL PRIMARY KEY,
    grid_code     VARCHAR(19)                 NOT NULL,
    member_id     UUID                        NOT NULL,
    course        VARCHAR(200)                NOT NULL,
    attended_on   DATE                        NOT NULL,
    hours_tenths  INTEGER                     NOT NULL,
    recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(200)                NOT NULL,
    recorded_role VARCHAR(20)                 NOT NULL,
    CONSTRAINT grid_worker_training_hours CHECK (hours_tenths BETWEEN 1 AND 240)
);
-- A worker's list (latest day first) and the assessment's sum over an area's grids by day.
CREATE INDEX grid_worker_training_worker ON grid_worker_training (member_id, grid_code, attended_on);
CREATE INDEX grid_worker_training_grid_day ON grid_worker_training (grid_code, attended_on);
