package org.shizhi.domain.integration.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shizhi.domain.integration.model.DeliveryAttempt;
import org.shizhi.domain.integration.model.DeliveryState;
import org.shizhi.domain.integration.model.SubscriptionId;
import org.shizhi.domain.integration.model.WebhookDelivery;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** Deliveries of events to subscriptions and their log. Contract: {@code WebhookStorageContract}. */
public interface WebhookDeliveries {

    /**
     * Up to {@code limit} PENDING deliveries due at {@code now} that no one holds, now held by the caller until
     * {@code now + lease}. Only the head of each subscription's subject is ever claimed: a delivery whose subject has
     * an earlier PENDING delivery to the same subscription (by subject version, then creation) waits for it. A PARKED
     * delivery holds nothing back. Instances claiming at once take disjoint deliveries.
     */
    List<WebhookDelivery> claimDue(Instant now, Duration lease, int limit);

    /** What an attempt at {@code at} did: the delivery's new state, attempts + 1, and its next attempt; the claim ends. */
    void recordAttempt(UUID delivery, DeliveryAttempt attempt, DeliveryState state, Instant nextAttempt, Instant at);

    /** A subscription's deliveries, newest first by creation. */
    Slice<WebhookDelivery> of(SubscriptionId subscription, PageRequest page);

    /**
     * A new PENDING delivery, due at {@code now}, of every event the subscription was given a delivery of that
     * occurred at or after {@code since}, one per event; answers how many.
     */
    int replay(SubscriptionId subscription, Instant since, Instant now);
}
