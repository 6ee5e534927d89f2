-- Relays on several instances claim the dispute archive outbox with a lease, as they do case_archive_outbox (V20).
ALTER TABLE dispute_archive_outbox ADD COLUMN claimed_until TIMESTAMP(6) WITH TIME ZONE;
