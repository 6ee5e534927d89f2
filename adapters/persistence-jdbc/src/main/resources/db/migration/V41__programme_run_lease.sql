-- A claimed run is a lease: a run still RUNNING past it (its instance died) is claimed again by another instance.
-- attempt counts the claims (1 = never taken over); taken_over_at is the last takeover.
ALTER TABLE programme_run ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
ALTER TABLE programme_run ADD COLUMN taken_over_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE programme_run ADD CONSTRAINT programme_run_takeover CHECK (attempt >= 1 AND ((attempt > 1) = (taken_over_at IS NOT NULL)));
