package org.shizhi.domain.integration.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.integration.model.SubscriptionId;
import org.shizhi.domain.integration.model.WebhookDelivery;
import org.shizhi.domain.integration.model.WebhookEventType;
import org.shizhi.domain.integration.model.WebhookSecret;
import org.shizhi.domain.integration.model.WebhookUrl;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;

/**
 * Webhook subscriptions of an integrator ({@link Permission#MANAGE_WEBHOOKS}): subscribe, list, read, delete, rotate
 * the secret, read the delivery log, replay. A subscription belongs to who made it; anyone else gets 404. Its area
 * must lie inside the caller's jurisdiction (else 403).
 */
public interface WebhookSubscriptionUseCase {

    SubscriptionCreated subscribe(Actor actor, SubscribeCommand command);

    List<SubscriptionView> subscriptions(Actor actor);

    SubscriptionView subscription(Actor actor, SubscriptionId id);

    void unsubscribe(Actor actor, SubscriptionId id);

    SecretRotated rotateSecret(Actor actor, SubscriptionId id);

    Slice<WebhookDelivery> deliveries(Actor actor, SubscriptionId id, PageRequest page);

    /** Sends again every event delivered (or owed) to the subscription that occurred at or after {@code since}. */
    Replayed replay(Actor actor, ReplayCommand command);

    /** @param area the area filter; empty means the caller's whole jurisdiction */
    record SubscribeCommand(WebhookUrl url, Set<WebhookEventType> eventTypes, Optional<AreaCode> area) {
        public SubscribeCommand {
            if (url == null) {
                throw new InvalidValueException("url", "a URL is required");
            }
            if (eventTypes == null || eventTypes.isEmpty()) {
                throw new InvalidValueException("eventTypes", "a subscription names at least one event type");
            }
            eventTypes = Set.copyOf(eventTypes);
            area = area == null ? Optional.empty() : area;
        }
    }

    record ReplayCommand(SubscriptionId subscription, Instant since) {
        public ReplayCommand {
            if (subscription == null) {
                throw new InvalidValueException("subscription", "a subscription is required");
            }
            if (since == null) {
                throw new InvalidValueException("since", "the point in time to replay from is required");
            }
        }
    }

    /** A subscription as its owner reads it: never its secret. */
    record SubscriptionView(SubscriptionId id, WebhookUrl url, Set<WebhookEventType> eventTypes, AreaCode area,
                            boolean personalData, Instant createdAt, Optional<Instant> previousSecretUntil) {
    }

    /** The new subscription and its secret, shown this once. */
    record SubscriptionCreated(SubscriptionView subscription, WebhookSecret secret) {
    }

    /** The new secret, shown this once, and until when the previous one still signs. */
    record SecretRotated(WebhookSecret secret, Instant previousSecretUntil) {
    }

    record Replayed(int deliveries) {
    }
}
