package org.shizhi.domain.integration.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

class WebhookModelTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final RandomGenerator RANDOM = RandomGenerator.of("L64X128MixRandom");

    @Test
    void aUrlIsHttpsOrHttpToALoopbackHostOnly() {
        assertThat(WebhookUrl.parse("https://integrator.example/hooks").toString()).isEqualTo("https://integrator.example/hooks");
        assertThat(WebhookUrl.parse("http://127.0.0.1:8081/hooks").value().getPort()).isEqualTo(8081);
        assertThat(WebhookUrl.parse("http://localhost/hooks")).isNotNull();
        assertThatThrownBy(() -> WebhookUrl.parse("http://integrator.example/hooks")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> WebhookUrl.parse("ftp://integrator.example/")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> WebhookUrl.parse("https://user:pw@integrator.example/")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("user info");
        assertThatThrownBy(() -> WebhookUrl.parse("/relative")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> WebhookUrl.parse("https://exa mple")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aSecretIsWhsecAndBase64AndNeverPrintsItself() {
        WebhookSecret secret = WebhookSecret.generate(RANDOM);
        assertThat(secret.value()).startsWith("whsec_");
        assertThat(secret.key()).hasSize(32);
        assertThat(secret.toString()).doesNotContain(secret.value().substring(6));
        assertThatThrownBy(() -> new WebhookSecret("secret")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new WebhookSecret("whsec_!!!")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theReplacedSecretSignsAlongsideTheNewOneUntilTheOverlapEnds() {
        WebhookSecret first = WebhookSecret.generate(RANDOM);
        WebhookSecret second = WebhookSecret.generate(RANDOM);
        SigningSecrets rotated = SigningSecrets.of(first).rotatedTo(second, NOW.plus(Duration.ofHours(24)));

        assertThat(rotated.signingAt(NOW)).containsExactly(second, first);
        assertThat(rotated.signingAt(NOW.plus(Duration.ofHours(24)))).containsExactly(second);
    }

    @Test
    void retriesBackOffExponentiallyWithJitterUpToTheLongestThenPark() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(60));
        for (int i = 0; i < 100; i++) {
            assertThat(policy.nextAttempt(1, NOW, RANDOM).orElseThrow()).isBetween(NOW.plusSeconds(5), NOW.plusSeconds(10));
            assertThat(policy.nextAttempt(2, NOW, RANDOM).orElseThrow()).isBetween(NOW.plusSeconds(10), NOW.plusSeconds(20));
            assertThat(policy.nextAttempt(4, NOW, RANDOM).orElseThrow()).isBetween(NOW.plusSeconds(30), NOW.plusSeconds(60));
        }
        assertThat(policy.nextAttempt(5, NOW, RANDOM)).isEmpty();
        assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(10);
    }

    @Test
    void aPayloadCarriesPersonalDataOnlyWhenAsked() {
        IntegrationEvent event = new IntegrationEvent(UUID.randomUUID(), WebhookEventType.GRID_EVENT_REPORTED,
                AreaCode.of("510104022001"), "grid-events/1", 1, NOW, Map.of("state", "REPORTED"), Map.of("reporterName", "李明"));

        assertThat(WebhookMessage.of(event, false).data()).containsOnlyKeys("state");
        assertThat(WebhookMessage.of(event, true).data()).containsEntry("reporterName", "李明").containsKey("state");
        assertThat(WebhookMessage.of(event, false).source()).isEqualTo("/shizhi/cities/510100000000");
        assertThat(WebhookMessage.of(event, false).type()).isEqualTo("org.shizhi.grid-event.reported");
    }

    @Test
    void anUnknownEventTypeIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> WebhookEventType.named("GRID_EVENT_EXPLODED")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("GRID_EVENT_CLOSED");
    }
}
