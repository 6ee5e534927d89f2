package org.shizhi.adapters.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one outbox holds that its relay has not yet taken (docs/operations.md#metrics): how many rows, and since when the
 * oldest waits. The relay's lag is that wait: rows are removed (the archive outboxes) or marked (the integration
 * outbox's fan-out) once relayed, so an outbox that keeps up stays near empty and its oldest row young.
 *
 * @param outbox  {@code case-archive} (closed grid events for the case archive), {@code dispute-archive} (closed
 *                disputes for the case archive) or {@code integration-event} (changes for the webhooks' fan-out)
 * @param pending rows waiting
 * @param oldest  when the oldest waiting row was written (closed, or occurred); empty when none waits
 */
public record OutboxBacklog(String outbox, long pending, Optional<Instant> oldest) {

    public OutboxBacklog {
        if (pending < 0) {
            throw new IllegalArgumentException("pending must not be negative, got " + pending);
        }
        oldest = oldest == null ? Optional.empty() : oldest;
    }

    /** How long the oldest waiting row has waited at {@code now}; zero when none waits (or a clock moved back). */
    public Duration lag(Instant now) {
        return oldest.map(since -> Duration.between(since, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    }
}
