package org.shizhi.domain.shared;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562 §5.7): the first 48 bits are the Unix time in milliseconds, the other 74 free bits
 * random. Ids made one after another sort one after another, so a table keyed by them grows at its end: every
 * B-tree page an insert touches (H2's and PostgreSQL's alike) is one that the last inserts touched, where random
 * version-4 ids spread each insert over the whole index. The random bits keep them as hard to guess as they need be.
 */
public final class TimeOrderedUuids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedUuids() {
    }

    /** An id for something made at {@code at}, an instant read from the caller's injected clock. */
    public static UUID at(Instant at) {
        return at(at.toEpochMilli());
    }

    static UUID at(long unixMillis) {
        long random = RANDOM.nextLong();
        long high = (unixMillis << 16) | 0x7000L | (random >>> 52);              // time, version 7, 12 random bits
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // variant 10, 62 random bits
        return new UUID(high, low);
    }
}
