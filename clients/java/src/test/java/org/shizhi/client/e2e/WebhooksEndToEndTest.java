package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.WebhooksApi;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.WebhookEventType;
import org.shizhi.client.model.WebhookReplayRequest;
import org.shizhi.client.model.WebhookSecretRotation;
import org.shizhi.client.model.WebhookSubscription;
import org.shizhi.client.model.WebhookSubscriptionCreated;
import org.shizhi.client.model.WebhookSubscriptionRequest;

/**
 * Webhook subscriptions through the generated client only: subscribe (the secret shown once), read, list, rotate the
 * secret, read the delivery log, replay, delete; another integrator's subscription is 404, an area outside the
 * jurisdiction 403, a plain-http URL to a non-loopback host 400 naming {@code url}. Deliveries themselves are proved
 * end to end by the app's WebhookDeliveryTest.
 */
class WebhooksEndToEndTest {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510104", "INTEGRATOR");

    private static WebhooksApi as(String subject, String jurisdiction) {
        return new WebhooksApi(platform.clientAsSubject(subject, "510100", jurisdiction, "INTEGRATOR"));
    }

    private static Problem problem(ApiException refused) throws Exception {
        return platform.client().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }

    @Test
    void anIntegratorKeepsItsSubscriptionsThroughTheClient() throws Exception {
        WebhooksApi mine = as("e2e-integrator", "510104");
        WebhookSubscriptionCreated created = mine.createWebhookSubscription(new WebhookSubscriptionRequest()
                .url("https://integrator.example/e2e-hooks").eventTypes(List.of(WebhookEventType.GRID_EVENT_CLOSED,
                        WebhookEventType.DISPUTE_CONCLUDED)).area("510104022000"));
        WebhookSubscription s = created.getSubscription();
        assertThat(created.getSecret()).startsWith("whsec_");
        assertThat(s.getArea()).isEqualTo("510104022000");
        assertThat(s.getPersonalData()).isFalse();
        assertThat(s.getEventTypes()).containsExactlyInAnyOrder(WebhookEventType.GRID_EVENT_CLOSED, WebhookEventType.DISPUTE_CONCLUDED);

        assertThat(mine.getWebhookSubscription(s.getId()).getUrl()).isEqualTo("https://integrator.example/e2e-hooks");
        assertThat(mine.listWebhookSubscriptions().getItems()).extracting(WebhookSubscription::getId).contains(s.getId());

        WebhookSecretRotation rotated = mine.rotateWebhookSecret(s.getId());
        assertThat(rotated.getSecret()).startsWith("whsec_").isNotEqualTo(created.getSecret());
        assertThat(mine.getWebhookSubscription(s.getId()).getPreviousSecretUntil()).isEqualTo(rotated.getPreviousSecretUntil());

        assertThat(mine.listWebhookDeliveries(s.getId(), null, 10).getItems()).isEmpty();
        assertThat(mine.replayWebhookDeliveries(s.getId(), new WebhookReplayRequest().since(OffsetDateTime.now().minusDays(1)))
                .getDeliveries()).isZero();

        ApiException colleague = catchThrowableOfType(ApiException.class, () -> as("e2e-colleague", "510104").getWebhookSubscription(s.getId()));
        assertThat(colleague.getCode()).isEqualTo(404);

        mine.deleteWebhookSubscription(s.getId());
        assertThat(catchThrowableOfType(ApiException.class, () -> mine.getWebhookSubscription(s.getId())).getCode()).isEqualTo(404);
    }

    @Test
    void refusalsAreProblemsNamingTheRule() throws Exception {
        WebhooksApi mine = as("e2e-integrator-refused", "510104");

        ApiException outside = catchThrowableOfType(ApiException.class, () -> mine.createWebhookSubscription(
                new WebhookSubscriptionRequest().url("https://integrator.example/h").eventTypes(List.of(WebhookEventType.CASE_ARCHIVED))
                        .area("510107000000")));
        assertThat(outside.getCode()).isEqualTo(403);

        ApiException plainHttp = catchThrowableOfType(ApiException.class, () -> mine.createWebhookSubscription(
                new WebhookSubscriptionRequest().url("http://integrator.example/h").eventTypes(List.of(WebhookEventType.CASE_ARCHIVED))));
        assertThat(plainHttp.getCode()).isEqualTo(400);
        assertThat(problem(plainHttp).getField()).isEqualTo("url");
        assertThat(mine.listWebhookSubscriptions().getItems()).isEmpty();
    }
}
