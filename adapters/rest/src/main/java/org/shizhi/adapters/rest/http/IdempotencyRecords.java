package org.shizhi.adapters.rest.http;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the HTTP adapter remembers of requests that carried an {@code Idempotency-Key}, so that a client may safely
 * send a create again after a lost answer. An HTTP notion, so the REST adapter owns this port (not the domain);
 * {@code app} joins it to the database's store. Keys belong to a subject within a city and are kept at least 24 hours.
 */
public interface IdempotencyRecords {

    /** Whose key: the token's subject within its city (identity providers reuse account names across cities). */
    public record Owner(String city, String subject) {

        public Owner {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /**
     * The first answer: status, Location and ETag, and its body. A successful create is not replayed from the body:
     * {@link Replays} reads the Location again for the replaying caller.
     */
    public record Answer(int status, Optional<String> location, Optional<String> etag, String body) {
    }

    /** What is known of a key. */
    sealed interface Known {
        /** The first request with this key is still being answered. */
        record InProgress(String requestHash) implements Known {
        }

        /** The first request was answered. */
        record Answered(String requestHash, Answer answer) implements Known {
        }
    }

    /** Claims a free key (empty: go ahead), or answers what is known of it. Of concurrent claims exactly one gets empty. */
    Optional<Known> claim(Owner owner, String key, String requestHash, Instant now);

    /** Stores the answer of a claimed key. */
    void answer(Owner owner, String key, Answer answer);

    /** Frees a claimed key whose request failed on the platform's side, so that a retry may run. */
    void release(Owner owner, String key);
}
