package org.shizhi.adapters.webhooks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.shizhi.domain.integration.model.DeliveryAttempt;
import org.shizhi.domain.integration.model.WebhookMessage;
import org.shizhi.domain.integration.model.WebhookSecret;
import org.shizhi.domain.integration.model.WebhookUrl;
import org.shizhi.domain.integration.port.out.WebhookTransport;

/**
 * Sends a delivery as one {@code POST} of the CloudEvent's structured JSON with the Standard Webhooks headers
 * {@code webhook-id} (the event's id: the same on every retry and replay), {@code webhook-timestamp} (seconds since
 * the epoch at this attempt) and {@code webhook-signature}. A 2xx acknowledges; redirects are not followed (a receiver
 * that moved updates its subscription), so a 3xx fails like any other status. Connect and response timeouts bound an
 * attempt, which the dispatcher's lease outlasts.
 */
public final class HttpWebhookTransport implements WebhookTransport {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client;

    public HttpWebhookTransport() {
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public DeliveryAttempt send(WebhookUrl url, WebhookMessage message, List<WebhookSecret> secrets, Instant now) {
        String body = CloudEventJson.of(message);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url.value())
                .timeout(RESPONSE_TIMEOUT)
                .header("Content-Type", CloudEventJson.MEDIA_TYPE)
                .header("webhook-id", message.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhookSignature.header(secrets, message.id(), timestamp, body))
                .header("User-Agent", "Shizhi-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? DeliveryAttempt.acknowledged(status)
                    : DeliveryAttempt.failed(OptionalInt.of(status), "the receiver answered " + status);
        } catch (HttpTimeoutException e) {
            return DeliveryAttempt.failed(OptionalInt.empty(), "timed out: " + e.getMessage());
        } catch (IOException e) {
            return DeliveryAttempt.failed(OptionalInt.empty(), e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryAttempt.failed(OptionalInt.empty(), "interrupted");
        }
    }
}
