-- A replayed create answers with the ETag of the first answer too.
ALTER TABLE idempotency_record ADD COLUMN etag VARCHAR(100);
