package org.shizhi.adapters.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import org.shizhi.domain.integration.model.WebhookMessage;

/**
 * A message as a CloudEvents 1.0 event in structured JSON mode: the attributes {@code specversion}, {@code id},
 * {@code source}, {@code type}, {@code subject}, {@code time} (RFC 3339, UTC), {@code datacontenttype} and the
 * {@code data} object. Attribute order is fixed, so the body that is signed is the body that is sent.
 */
final class CloudEventJson {

    static final String MEDIA_TYPE = "application/cloudevents+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEventJson() {
    }

    static String of(WebhookMessage message) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", message.id());
        event.put("source", message.source());
        event.put("type", message.type());
        event.put("subject", message.subject());
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(message.time()));
        event.put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data");
        message.data().forEach(data::put);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }
}
