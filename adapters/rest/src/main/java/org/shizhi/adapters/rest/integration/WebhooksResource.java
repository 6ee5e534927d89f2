package org.shizhi.adapters.rest.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shizhi.adapters.rest.api.WebhooksApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.model.WebhookDeliveryJson;
import org.shizhi.adapters.rest.model.WebhookDeliveryPageJson;
import org.shizhi.adapters.rest.model.WebhookDeliveryStateJson;
import org.shizhi.adapters.rest.model.WebhookEventTypeJson;
import org.shizhi.adapters.rest.model.WebhookReplayJson;
import org.shizhi.adapters.rest.model.WebhookReplayRequestJson;
import org.shizhi.adapters.rest.model.WebhookSecretRotationJson;
import org.shizhi.adapters.rest.model.WebhookSubscriptionCreatedJson;
import org.shizhi.adapters.rest.model.WebhookSubscriptionJson;
import org.shizhi.adapters.rest.model.WebhookSubscriptionListJson;
import org.shizhi.adapters.rest.model.WebhookSubscriptionRequestJson;
import org.shizhi.domain.integration.model.SubscriptionId;
import org.shizhi.domain.integration.model.WebhookDelivery;
import org.shizhi.domain.integration.model.WebhookEventType;
import org.shizhi.domain.integration.model.WebhookUrl;
import org.shizhi.domain.integration.port.in.WebhookSubscriptionUseCase;
import org.shizhi.domain.integration.port.in.WebhookSubscriptionUseCase.SubscriptionView;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** An integrator's webhook subscriptions, their delivery log and replays (the Webhooks tag). */
@Path("/")
@ApplicationScoped
public class WebhooksResource implements WebhooksApi {

    private final WebhookSubscriptionUseCase webhooks;
    private final Caller caller;

    @Inject
    public WebhooksResource(WebhookSubscriptionUseCase webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({"INTEGRATOR"})
    public Response createWebhookSubscription(WebhookSubscriptionRequestJson body) {
        WebhookSubscriptionRequestJson b = Requests.required(body,
                "the subscription, e.g. {\"url\":\"https://example.org/hooks\",\"eventTypes\":[\"GRID_EVENT_CLOSED\"]}");
        if (b.getEventTypes() == null || b.getEventTypes().isEmpty()) {
            throw new InvalidValueException("eventTypes", "name at least one event type");
        }
        Set<WebhookEventType> types = b.getEventTypes().stream().map(t -> WebhookEventType.named(t.name())).collect(Collectors.toSet());
        Optional<AreaCode> area = Optional.ofNullable(b.getArea()).map(a -> {
            try {
                return AreaCode.of(a);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("area", e.getMessage());
            }
        });
        var created = webhooks.subscribe(caller.actor(),
                new WebhookSubscriptionUseCase.SubscribeCommand(WebhookUrl.parse(b.getUrl()), types, area));
        return Response.created(URI.create("/api/v1/webhook-subscriptions/" + created.subscription().id()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new WebhookSubscriptionCreatedJson(json(created.subscription()), created.secret().value())).build();
    }

    @Override
    @RolesAllowed({"INTEGRATOR"})
    public Response listWebhookSubscriptions() {
        return ok(new WebhookSubscriptionListJson(webhooks.subscriptions(caller.actor()).stream().map(WebhooksResource::json).toList()));
    }

    @Override
    @RolesAllowed({"INTEGRATOR"})
    public Response getWebhookSubscription(UUID subscriptionId) {
        return ok(json(webhooks.subscription(caller.actor(), new SubscriptionId(subscriptionId))));
    }

    @Override
    @RolesAllowed({"INTEGRATOR"})
    public Response deleteWebhookSubscription(UUID subscriptionId) {
        webhooks.unsubscribe(caller.actor(), new SubscriptionId(subscriptionId));
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({"INTEGRATOR"})
    public Response rotateWebhookSecret(UUID subscriptionId) {
        var rotated = webhooks.rotateSecret(caller.actor(), new SubscriptionId(subscriptionId));
        return ok(new WebhookSecretRotationJson(rotated.secret().value(), at(rotated.previousSecretUntil())));
    }

    @Override
    @RolesAllowed({"INTEGRATOR"})
    public Response listWebhookDeliveries(UUID subscriptionId, String cursor, Integer limit) {
        String list = "webhook-deliveries|" + subscriptionId;
        PageRequest page = Cursors.request(list, cursor, limit);
        Slice<WebhookDelivery> slice = webhooks.deliveries(caller.actor(), new SubscriptionId(subscriptionId), page);
        WebhookDeliveryPageJson json = new WebhookDeliveryPageJson(slice.items().stream().map(WebhooksResource::json).toList());
        Cursors.next(list, slice.next()).ifPresent(json::nextCursor);
        return ok(json);
    }

    @Override
    @RolesAllowed({"INTEGRATOR"})
    public Response replayWebhookDeliveries(UUID subscriptionId, WebhookReplayRequestJson body) {
        WebhookReplayRequestJson b = Requests.required(body, "the point in time to replay from, e.g. {\"since\":\"2026-03-01T00:00:00+08:00\"}");
        if (b.getSince() == null) {
            throw new InvalidValueException("since", "the point in time to replay from is required");
        }
        var replayed = webhooks.replay(caller.actor(),
                new WebhookSubscriptionUseCase.ReplayCommand(new SubscriptionId(subscriptionId), b.getSince().toInstant()));
        return Response.accepted(new WebhookReplayJson(replayed.deliveries())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response ok(Object body) {
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static WebhookSubscriptionJson json(SubscriptionView v) {
        List<WebhookEventTypeJson> types = v.eventTypes().stream().sorted().map(t -> Models.as(WebhookEventTypeJson.class, t)).toList();
        WebhookSubscriptionJson json = new WebhookSubscriptionJson(v.id().value(), v.url().toString(), types, v.area().value(),
                v.personalData(), at(v.createdAt()));
        v.previousSecretUntil().ifPresent(u -> json.previousSecretUntil(at(u)));
        return json;
    }

    private static WebhookDeliveryJson json(WebhookDelivery d) {
        WebhookDeliveryJson json = new WebhookDeliveryJson(d.id(), d.event().id(), Models.as(WebhookEventTypeJson.class, d.event().type()),
                d.event().subject(), at(d.event().occurredAt()), Models.as(WebhookDeliveryStateJson.class, d.state()), d.attempts(),
                at(d.createdAt()), at(d.nextAttempt()));
        d.deliveredAt().ifPresent(t -> json.deliveredAt(at(t)));
        d.lastStatus().ifPresent(json::lastStatus);
        d.lastError().ifPresent(json::lastError);
        return json;
    }
}
