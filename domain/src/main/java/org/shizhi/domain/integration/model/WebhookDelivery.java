package org.shizhi.domain.integration.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One event owed to one subscription, and how its attempts went. A replay makes a new delivery of the same event (the
 * same {@code webhook-id}), so the log shows both.
 *
 * @param attempts     attempts made so far
 * @param nextAttempt  when a PENDING delivery may next be tried
 * @param lastStatus   the HTTP status of the last attempt, when the receiver answered
 * @param lastError    why the last attempt failed, when it did
 */
public record WebhookDelivery(UUID id, SubscriptionId subscription, IntegrationEvent event, DeliveryState state, int attempts,
                              Instant createdAt, Instant nextAttempt, Optional<Instant> deliveredAt, OptionalInt lastStatus,
                              Optional<String> lastError) {

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttempt, "nextAttempt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(lastStatus, "lastStatus");
        Objects.requireNonNull(lastError, "lastError");
    }
}
