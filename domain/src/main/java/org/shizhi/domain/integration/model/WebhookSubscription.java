package org.shizhi.domain.integration.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * An integrator's order for deliveries: the events of these types inside {@code area} (of {@code city}), sent to
 * {@code url}, signed with {@code secrets}.
 *
 * @param owner        the subject of the integrator who made it; only they read, rotate, replay or delete it
 * @param area         the area filter: the owner's jurisdiction when none was given, else an area inside it
 * @param personalData whether the owner held the personal-data privilege when subscribing: only then do payloads carry
 *                     reporters' names and mobiles; without it those fields are left out
 */
public record WebhookSubscription(SubscriptionId id, AreaCode city, AreaCode area, String owner, WebhookUrl url,
                                  Set<WebhookEventType> eventTypes, boolean personalData, SigningSecrets secrets, Instant createdAt) {

    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(createdAt, "createdAt");
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new InvalidValueException("eventTypes", "a subscription names at least one event type");
        }
        if (!city.contains(area)) {
            throw new InvalidValueException("area", "the area " + area + " is not inside city " + city);
        }
        eventTypes = Set.copyOf(EnumSet.copyOf(eventTypes));
    }

    /** Whether this subscription receives the event: its type, inside the subscription's area. */
    public boolean wants(IntegrationEvent event) {
        return eventTypes.contains(event.type()) && area.contains(event.area());
    }

    public WebhookSubscription withSecrets(SigningSecrets next) {
        return new WebhookSubscription(id, city, area, owner, url, eventTypes, personalData, next, createdAt);
    }
}
