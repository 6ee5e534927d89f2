package org.shizhi.adapters.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.integration.model.DeliveryAttempt;
import org.shizhi.domain.integration.model.WebhookMessage;
import org.shizhi.domain.integration.model.WebhookSecret;
import org.shizhi.domain.integration.model.WebhookUrl;

/** The transport against a real HTTP server on 127.0.0.1 (the JDK's), as a receiver sees it. */
class HttpWebhookTransportTest {

    private static final RandomGenerator RANDOM = RandomGenerator.of("L64X128MixRandom");
    private static final Instant NOW = Instant.parse("2026-03-02T01:02:03Z");
    private static final WebhookMessage MESSAGE = new WebhookMessage("3b0e5a4c-0000-4000-8000-000000000001",
            "org.shizhi.grid-event.reported", "/shizhi/cities/510100000000", "grid-events/1", NOW,
            Map.of("text", "楼道堆放杂物 \"quoted\"", "state", "REPORTED"));

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(204);
    private final AtomicReference<Map<String, String>> headers = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            var h = exchange.getRequestHeaders();
            headers.set(Map.of("id", h.getFirst("webhook-id"), "timestamp", h.getFirst("webhook-timestamp"),
                    "signature", h.getFirst("webhook-signature"), "type", h.getFirst("Content-Type")));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WebhookUrl url() {
        return new WebhookUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks"));
    }

    @Test
    void aDeliveryIsAStructuredCloudEventSignedTheStandardWebhooksWay() throws Exception {
        WebhookSecret secret = WebhookSecret.generate(RANDOM);

        DeliveryAttempt attempt = new HttpWebhookTransport().send(url(), MESSAGE, List.of(secret), NOW);

        assertThat(attempt.acknowledged()).isTrue();
        assertThat(attempt.status()).hasValue(204);
        Map<String, String> h = headers.get();
        assertThat(h).containsEntry("id", MESSAGE.id()).containsEntry("timestamp", Long.toString(NOW.getEpochSecond()))
                .containsEntry("type", "application/cloudevents+json");
        assertThat(StandardWebhookSignature.verify(secret, h.get("id"), NOW.getEpochSecond(), body.get(), h.get("signature"))).isTrue();
        assertThat(StandardWebhookSignature.verify(WebhookSecret.generate(RANDOM), h.get("id"), NOW.getEpochSecond(), body.get(),
                h.get("signature"))).isFalse();
        JsonNode event = new ObjectMapper().readTree(body.get());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("id").asText()).isEqualTo(MESSAGE.id());
        assertThat(event.get("source").asText()).isEqualTo("/shizhi/cities/510100000000");
        assertThat(event.get("type").asText()).isEqualTo("org.shizhi.grid-event.reported");
        assertThat(event.get("subject").asText()).isEqualTo("grid-events/1");
        assertThat(event.get("time").asText()).isEqualTo("2026-03-02T01:02:03Z");
        assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(event.get("data").get("text").asText()).isEqualTo("楼道堆放杂物 \"quoted\"");
    }

    @Test
    void duringARotationsOverlapEitherSecretVerifies() {
        WebhookSecret next = WebhookSecret.generate(RANDOM);
        WebhookSecret previous = WebhookSecret.generate(RANDOM);

        new HttpWebhookTransport().send(url(), MESSAGE, List.of(next, previous), NOW);

        String signature = headers.get().get("signature");
        assertThat(signature.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThat(StandardWebhookSignature.verify(next, MESSAGE.id(), NOW.getEpochSecond(), body.get(), signature)).isTrue();
        assertThat(StandardWebhookSignature.verify(previous, MESSAGE.id(), NOW.getEpochSecond(), body.get(), signature)).isTrue();
    }

    @Test
    void aNon2xxAnswerIsAFailedAttemptWithItsStatus() {
        status.set(503);

        DeliveryAttempt attempt = new HttpWebhookTransport().send(url(), MESSAGE, List.of(WebhookSecret.generate(RANDOM)), NOW);

        assertThat(attempt.acknowledged()).isFalse();
        assertThat(attempt.status()).hasValue(503);
    }

    @Test
    void aReceiverThatIsDownIsAFailedAttemptNotAnException() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        DeliveryAttempt attempt = new HttpWebhookTransport().send(new WebhookUrl(URI.create("http://127.0.0.1:" + port + "/hooks")),
                MESSAGE, List.of(WebhookSecret.generate(RANDOM)), NOW);

        assertThat(attempt.acknowledged()).isFalse();
        assertThat(attempt.status()).isEmpty();
        assertThat(attempt.detail()).isNotBlank();
    }
}
