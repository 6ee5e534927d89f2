package org.shizhi.domain.archive.service;

import java.time.Duration;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * How long a claim of the archive's relays lasts: a batch of the outboxes' closes ({@link GridClosedEvents},
 * {@link ClosedDisputes}) or of stored records the index lacks ({@link ArchiveIndexing}). A live instance finishes its
 * batch well within it; an instance that dies holds its batch this long, after which another one (or the same one
 * started again) takes it over. The platform's setting {@code shizhi.archive.relay-lease-seconds} chooses it.
 */
public final class RelayLease {

    /** Two minutes: what the relays always used, ample for a batch on a loaded machine. */
    public static final Duration DEFAULT = Duration.ofMinutes(2);
    /**
     * Below a few seconds a live instance still storing a batch on a busy machine could lose it to another one, which
     * would then do the same work again (harmless, since stores are idempotent by id, but wasted).
     */
    public static final Duration MIN = Duration.ofSeconds(5);
    /** Above an hour a dead instance's batch would wait longer than anyone would look for it in the archive. */
    public static final Duration MAX = Duration.ofHours(1);

    private RelayLease() {
    }

    /** The lease if it lies between {@link #MIN} and {@link #MAX}, else refused naming the rule. */
    public static Duration check(Duration lease) {
        if (lease == null || lease.compareTo(MIN) < 0 || lease.compareTo(MAX) > 0) {
            throw new InvalidValueException("relayLease", "the archive relays' lease lies between " + MIN.toSeconds() + " and "
                    + MAX.toSeconds() + " seconds, not " + (lease == null ? "none" : lease.toMillis() / 1000.0 + " s"));
        }
        return lease;
    }
}
