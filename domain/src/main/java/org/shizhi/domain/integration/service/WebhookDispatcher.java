package org.shizhi.domain.integration.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.shizhi.domain.integration.model.DeliveryAttempt;
import org.shizhi.domain.integration.model.DeliveryState;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.RetryPolicy;
import org.shizhi.domain.integration.model.WebhookDelivery;
import org.shizhi.domain.integration.model.WebhookMessage;
import org.shizhi.domain.integration.model.WebhookSubscription;
import org.shizhi.domain.integration.port.out.IntegrationOutbox;
import org.shizhi.domain.integration.port.out.WebhookDeliveries;
import org.shizhi.domain.integration.port.out.WebhookSubscriptions;
import org.shizhi.domain.integration.port.out.WebhookTransport;

/**
 * The background work of webhooks, run on every instance: {@link #fanOut} turns outbox events into deliveries for the
 * subscriptions that want them; {@link #deliver} sends due deliveries, one per subject at a time, and records each
 * attempt (retry with backoff and jitter, park after the policy's last attempt). Both claim under a lease, so
 * instances sharing a database never work on the same event or delivery; an instance that dies mid-delivery leaves
 * its claims to lapse and the delivery is sent again (at least once; receivers drop repeats by {@code webhook-id}).
 */
public final class WebhookDispatcher {

    /**
     * How long a claim lasts by default: a dead instance's claims are taken again once it has passed. It is longer than
     * an attempt can take (the transport's timeouts), so a live instance keeps the claim of the delivery it is sending;
     * a batch of slow attempts can outlast it, and another instance may then send a delivery of the batch again (still
     * at least once, and in order per subject, since only a subject's head is ever claimed).
     */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** The shortest lease allowed: the HTTP transport's connect and response timeouts (20 s) and a margin. */
    public static final Duration MIN_LEASE = Duration.ofSeconds(25);

    private final IntegrationOutbox outbox;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookTransport transport;
    private final RetryPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;
    private final Duration lease;

    public WebhookDispatcher(IntegrationOutbox outbox, WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                             WebhookTransport transport, RetryPolicy policy, Clock clock, RandomGenerator random) {
        this(outbox, subscriptions, deliveries, transport, policy, clock, random, LEASE);
    }

    /** @param lease how long a claim on an event or a delivery lasts, at least {@link #MIN_LEASE} */
    public WebhookDispatcher(IntegrationOutbox outbox, WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                             WebhookTransport transport, RetryPolicy policy, Clock clock, RandomGenerator random, Duration lease) {
        if (lease.compareTo(MIN_LEASE) < 0) {
            throw new IllegalArgumentException("a webhook claim's lease is at least " + MIN_LEASE.toSeconds() + " s, not " + lease);
        }
        this.lease = lease;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.transport = transport;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    /** Fans out up to {@code limit} events; answers how many. */
    public int fanOut(int limit) {
        List<IntegrationEvent> events = outbox.claim(clock.instant(), lease, limit);
        for (IntegrationEvent event : events) {
            List<WebhookSubscription> wanting = subscriptions.ofCity(event.city()).stream().filter(s -> s.wants(event)).toList();
            outbox.fanOut(event, wanting.stream().map(WebhookSubscription::id).toList(), clock.instant());
        }
        return events.size();
    }

    /** Makes one attempt at each of up to {@code limit} due deliveries; answers how many were acknowledged. */
    public int deliver(int limit) {
        int acknowledged = 0;
        for (WebhookDelivery delivery : deliveries.claimDue(clock.instant(), lease, limit)) {
            Optional<WebhookSubscription> subscription = subscriptions.find(delivery.subscription());
            if (subscription.isEmpty()) {
                continue; // deleted meanwhile: its deliveries went with it
            }
            WebhookSubscription s = subscription.get();
            Instant now = clock.instant();
            DeliveryAttempt attempt = transport.send(s.url(), WebhookMessage.of(delivery.event(), s.personalData()),
                    s.secrets().signingAt(now), now);
            Instant done = clock.instant();
            if (attempt.acknowledged()) {
                deliveries.recordAttempt(delivery.id(), attempt, DeliveryState.DELIVERED, done, done);
                acknowledged++;
            } else {
                Optional<Instant> next = policy.nextAttempt(delivery.attempts() + 1, done, random);
                deliveries.recordAttempt(delivery.id(), attempt, next.isPresent() ? DeliveryState.PENDING : DeliveryState.PARKED,
                        next.orElse(done), done);
            }
        }
        return acknowledged;
    }
}
