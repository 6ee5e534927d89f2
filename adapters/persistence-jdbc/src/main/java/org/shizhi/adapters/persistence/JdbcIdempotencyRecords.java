package org.shizhi.adapters.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.shizhi.domain.shared.ConflictException;

/**
 * The requests that carried an {@code Idempotency-Key}, per subject within a city, in {@code idempotency_record}. The
 * HTTP adapter owns what a key means; this class only stores: the REST adapter's port is joined to it in {@code app}
 * (adapters do not know each other), so its shapes are plain.
 */
public final class JdbcIdempotencyRecords {

    /** Whose key: the token's subject within its city. */
    public record Owner(String city, String subject) {

        public Owner {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** What is stored of a claimed key: no status yet while its first request runs. */
    public record Stored(String requestHash, OptionalInt status, Optional<String> location, Optional<String> etag, String body) {
    }

    /**
     * How long an unanswered claim holds its key. A request is answered or released within seconds; a claim still
     * unanswered after this was left by an instance that died mid-request (kill -9, power loss), and a retry takes it
     * over rather than being told "in progress" until the key expires.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final Jdbi jdbi;

    JdbcIdempotencyRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Claims a free key (empty), or answers what is stored of a taken one. Of concurrent claims exactly one gets empty. */
    public Optional<Stored> claim(Owner owner, String key, String requestHash, Instant now) {
        try {
            // The primary key decides between concurrent claims: the insert succeeds for exactly one.
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO idempotency_record (city_code, subject, idem_key, request_hash, claimed_at) "
                            + "VALUES (:city, :subject, :key, :hash, :at)")
                    .bind("city", owner.city()).bind("subject", owner.subject()).bind("key", key).bind("hash", requestHash)
                    .bind("at", Timestamp.from(now))
                    .execute());
            return Optional.empty();
        } catch (JdbiException e) {
            if (!(SqlErrors.translate(e, "Idempotency-Key", "key") instanceof ConflictException)) {
                throw e;
            }
        }
        if (takeOverAbandoned(owner, key, requestHash, now)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT request_hash, status, location, etag, body FROM idempotency_record "
                        + "WHERE city_code = :city AND subject = :subject AND idem_key = :key")
                .bind("city", owner.city()).bind("subject", owner.subject()).bind("key", key)
                .map((rs, ctx) -> {
                    int status = rs.getInt("status");
                    OptionalInt answered = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
                    return new Stored(rs.getString("request_hash"), answered,
                            Optional.ofNullable(rs.getString("location")), Optional.ofNullable(rs.getString("etag")),
                            Objects.requireNonNullElse(rs.getString("body"), ""));
                })
                .findOne()
                // released between our insert and this read: the caller may simply try again
                .or(() -> Optional.of(new Stored(requestHash, OptionalInt.empty(), Optional.empty(), Optional.empty(), ""))));
    }

    /** Of concurrent retries exactly one takes the abandoned claim: the update's condition decides. */
    private boolean takeOverAbandoned(Owner owner, String key, String requestHash, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE idempotency_record SET request_hash = :hash, claimed_at = :now "
                        + "WHERE city_code = :city AND subject = :subject AND idem_key = :key AND status IS NULL "
                        + "AND claimed_at < :abandoned")
                .bind("hash", requestHash).bind("now", Timestamp.from(now))
                .bind("abandoned", Timestamp.from(now.minus(ABANDONED_AFTER)))
                .bind("city", owner.city()).bind("subject", owner.subject()).bind("key", key)
                .execute()) == 1;
    }

    /** Stores the answer of a claimed key. */
    public void answer(Owner owner, String key, int status, Optional<String> location, Optional<String> etag, String body) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE idempotency_record SET status = :status, location = :location, etag = :etag, "
                        + "body = :body WHERE city_code = :city AND subject = :subject AND idem_key = :key")
                .bind("status", status).bind("location", location.orElse(null))
                .bind("etag", etag.orElse(null)).bind("body", body)
                .bind("city", owner.city()).bind("subject", owner.subject()).bind("key", key)
                .execute());
    }

    /** Frees a claimed key, so that a retry may run. */
    public void release(Owner owner, String key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM idempotency_record WHERE city_code = :city AND subject = :subject "
                        + "AND idem_key = :key")
                .bind("city", owner.city()).bind("subject", owner.subject()).bind("key", key).execute());
    }

    /** Forgets keys claimed before {@code cutoff}; answers how many. */
    public int forgetBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM idempotency_record WHERE claimed_at < :cutoff")
                .bind("cutoff", Timestamp.from(cutoff)).execute());
    }
}
