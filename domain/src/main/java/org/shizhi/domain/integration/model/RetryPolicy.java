package org.shizhi.domain.integration.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * When to try a failed delivery again, and when to give up. The n-th failure waits {@code first × 2^(n-1)}, at most
 * {@code longest}, of which a random half ("equal jitter"): receivers that failed together are not hit together
 * again, and no wait is shorter than half its step. After {@code maxAttempts} failed attempts the delivery is parked.
 * The platform's default: 10 attempts, 10 s first, 1 h longest — about 3 h of trying.
 */
public record RetryPolicy(int maxAttempts, Duration first, Duration longest) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofSeconds(10), Duration.ofHours(1));

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new InvalidValueException("maxAttempts", "from 1 to 100 attempts");
        }
        if (first == null || longest == null || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new InvalidValueException("retry", "a positive first wait, no longer than the longest");
        }
    }

    /** After the {@code failures}-th failed attempt at {@code now}: when to try again, or empty to park. */
    public Optional<Instant> nextAttempt(int failures, Instant now, RandomGenerator random) {
        if (failures >= maxAttempts) {
            return Optional.empty();
        }
        long step = first.toMillis();
        for (int i = 1; i < failures && step < longest.toMillis(); i++) {
            step *= 2;
        }
        step = Math.min(step, longest.toMillis());
        long half = step / 2;
        return Optional.of(now.plusMillis(step - half + (half == 0 ? 0 : random.nextLong(half + 1))));
    }
}
