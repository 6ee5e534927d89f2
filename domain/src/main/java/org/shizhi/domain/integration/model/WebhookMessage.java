package org.shizhi.domain.integration.model;

import java.time.Instant;
import java.util.Map;

/**
 * What one delivery sends, in the CloudEvents 1.0 attributes: the transport writes it as structured JSON
 * ({@code application/cloudevents+json}) and signs it; the domain decides what it holds (personal data or not).
 *
 * @param source the platform's city: {@code /shizhi/cities/<city code>}
 */
public record WebhookMessage(String id, String type, String source, String subject, Instant time, Map<String, String> data) {

    public static WebhookMessage of(IntegrationEvent event, boolean withPersonalData) {
        return new WebhookMessage(event.id().toString(), event.type().cloudEventType(), "/shizhi/cities/" + event.city(),
                event.subject(), event.occurredAt(), event.dataFor(withPersonalData));
    }
}
