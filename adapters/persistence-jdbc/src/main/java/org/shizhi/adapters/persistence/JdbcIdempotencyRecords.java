package org.shizhi.adapters.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.port.IdempotencyRecords;

final class JdbcIdempotencyRecords implements IdempotencyRecords {

    private final Jdbi jdbi;

    JdbcIdempotencyRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Known> claim(String caller, String key, String requestHash, Instant now) {
        try {
            // The primary key decides between concurrent claims: the insert succeeds for exactly one.
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO idempotency_record (caller, idem_key, request_hash, claimed_at) "
                            + "VALUES (:caller, :key, :hash, :at)")
                    .bind("caller", caller).bind("key", key).bind("hash", requestHash).bind("at", Timestamp.from(now))
                    .execute());
            return Optional.empty();
        } catch (JdbiException e) {
            if (!(SqlErrors.translate(e, "Idempotency-Key", "key") instanceof ConflictException)) {
                throw e;
            }
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT request_hash, status, location, etag, body FROM idempotency_record "
                        + "WHERE caller = :caller AND idem_key = :key")
                .bind("caller", caller).bind("key", key)
                .map((rs, ctx) -> {
                    String hash = rs.getString("request_hash");
                    int status = rs.getInt("status");
                    if (rs.wasNull()) {
                        return (Known) new Known.InProgress(hash);
                    }
                    return new Known.Answered(hash, new Answer(status, Optional.ofNullable(rs.getString("location")),
                            Optional.ofNullable(rs.getString("etag")), rs.getString("body")));
                })
                .findOne()
                // released between our insert and this read: the caller may simply try again
                .or(() -> Optional.of(new Known.InProgress(requestHash))));
    }

    @Override
    public void answer(String caller, String key, Answer answer) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE idempotency_record SET status = :status, location = :location, etag = :etag, "
                        + "body = :body WHERE caller = :caller AND idem_key = :key")
                .bind("status", answer.status()).bind("location", answer.location().orElse(null))
                .bind("etag", answer.etag().orElse(null)).bind("body", answer.body())
                .bind("caller", caller).bind("key", key)
                .execute());
    }

    @Override
    public void release(String caller, String key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM idempotency_record WHERE caller = :caller AND idem_key = :key")
                .bind("caller", caller).bind("key", key).execute());
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM idempotency_record WHERE claimed_at < :cutoff")
                .bind("cutoff", Timestamp.from(cutoff)).execute());
    }
}
