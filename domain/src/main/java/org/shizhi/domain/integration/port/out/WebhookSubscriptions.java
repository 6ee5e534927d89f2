package org.shizhi.domain.integration.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.integration.model.SubscriptionId;
import org.shizhi.domain.integration.model.WebhookSubscription;
import org.shizhi.domain.shared.AreaCode;

/** The webhook subscriptions. Contract: {@code WebhookStorageContract}. */
public interface WebhookSubscriptions {

    /** Stores a new subscription or replaces a stored one (its secrets after a rotation). */
    void save(WebhookSubscription subscription);

    Optional<WebhookSubscription> find(SubscriptionId id);

    /** One owner's subscriptions in a city, oldest first. */
    List<WebhookSubscription> ofOwner(AreaCode city, String owner);

    /** Every subscription of a city: who an event of that city may go to. */
    List<WebhookSubscription> ofCity(AreaCode city);

    /** Removes the subscription and its deliveries; nothing more is sent to it. Repeating it changes nothing. */
    void delete(SubscriptionId id);
}
