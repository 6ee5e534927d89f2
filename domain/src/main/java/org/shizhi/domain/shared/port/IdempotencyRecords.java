package org.shizhi.domain.shared.port;

import java.time.Instant;
import java.util.Optional;

/**
 * What the platform remembers of requests that carried an {@code Idempotency-Key}, so that a client may
 * safely send a create again after a lost answer: the same key with the same request gets the first answer,
 * never a second record. Keys are scoped by caller and kept at least 24 hours.
 */
public interface IdempotencyRecords {

    /** The stored answer to a request, as the caller first received it: status, Location, ETag and body. */
    record Answer(int status, Optional<String> location, Optional<String> etag, String body) {

        public Answer(int status, Optional<String> location, String body) {
            this(status, location, Optional.empty(), body);
        }
    }

    /** What is known of a key. */
    sealed interface Known {
        /** The first request with this key is still being answered. */
        record InProgress(String requestHash) implements Known {
        }

        /** The first request was answered; the same request gets this answer again. */
        record Answered(String requestHash, Answer answer) implements Known {
        }
    }

    /**
     * Claims the key for a request. Returns empty when the caller may go ahead (the key was free), or what is
     * already known of it. Of two concurrent claims of one key exactly one gets empty.
     */
    Optional<Known> claim(String caller, String key, String requestHash, Instant now);

    /** Stores the answer of a claimed key. */
    void answer(String caller, String key, Answer answer);

    /** Frees a claimed key whose request failed on the platform's side, so that a retry may run. */
    void release(String caller, String key);

    /** Forgets keys claimed before {@code cutoff}; answers how many. */
    int forgetBefore(Instant cutoff);
}
