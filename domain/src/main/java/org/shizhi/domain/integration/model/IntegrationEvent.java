package org.shizhi.domain.integration.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A committed change as integrators hear of it: written to the integration outbox in the change's own transaction,
 * fanned out to the subscriptions that want it, and the payload of every delivery of it.
 *
 * @param id             the CloudEvents {@code id} and the {@code webhook-id}: the same on every retry and replay, so a
 *                       receiver drops what it has already seen
 * @param area           where it happened (a community); subscriptions filter on it, and it never leaves its city
 * @param subject        what it is about ({@code grid-events/<id>}, {@code disputes/<id>}, {@code cases/<id>}):
 *                       deliveries of one subject go out in {@code subjectVersion} order
 * @param subjectVersion the subject's version the change made; orders a subject's events
 * @param data           the payload's fields without personal data
 * @param personalData   the payload's personal fields (a reporter's name, mobile), sent only to subscriptions with
 *                       the privilege
 */
@PublishedModel
public record IntegrationEvent(UUID id, WebhookEventType type, AreaCode area, String subject, long subjectVersion,
                               Instant occurredAt, Map<String, String> data, Map<String, String> personalData) {

    public IntegrationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new InvalidValueException("subject", "an integration event names its subject in 1 to 200 characters");
        }
        data = Map.copyOf(new TreeMap<>(data));
        personalData = Map.copyOf(new TreeMap<>(personalData));
        for (String key : personalData.keySet()) {
            if (data.containsKey(key)) {
                throw new InvalidValueException("data", "field " + key + " is either personal or not, not both");
            }
        }
    }

    public AreaCode city() {
        return area.cityCode();
    }

    /** The payload a subscription gets: every field, or the fields without personal data. */
    public Map<String, String> dataFor(boolean withPersonalData) {
        if (!withPersonalData || personalData.isEmpty()) {
            return new TreeMap<>(data);
        }
        TreeMap<String, String> all = new TreeMap<>(data);
        all.putAll(personalData);
        return all;
    }
}
