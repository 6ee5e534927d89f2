package org.shizhi.domain.integration.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.shizhi.domain.integration.model.SigningSecrets;
import org.shizhi.domain.integration.model.SubscriptionId;
import org.shizhi.domain.integration.model.WebhookDelivery;
import org.shizhi.domain.integration.model.WebhookSecret;
import org.shizhi.domain.integration.model.WebhookSubscription;
import org.shizhi.domain.integration.port.in.WebhookSubscriptionUseCase;
import org.shizhi.domain.integration.port.out.WebhookDeliveries;
import org.shizhi.domain.integration.port.out.WebhookSubscriptions;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;

/**
 * Integrators' webhook subscriptions. A subscription is its owner's alone (another caller, even of the same city,
 * gets 404); its area lies in the owner's city and jurisdiction (else 403), so a delivery never carries another
 * city's data. The personal-data privilege is taken from the owner when subscribing.
 */
public final class WebhookService implements WebhookSubscriptionUseCase {

    /** How long the replaced secret keeps signing after a rotation: a day for the receiver to switch. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    /** A replay reaches back at most this far (the outbox keeps events at least as long). */
    public static final Duration REPLAY_WINDOW = Duration.ofDays(30);

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final RandomGenerator random;

    /** @param random strong randomness for secrets (a {@code SecureRandom}) */
    public WebhookService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, Clock clock, RandomGenerator random) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public SubscriptionCreated subscribe(Actor actor, SubscribeCommand command) {
        allowed(actor);
        AreaCode area = command.area().orElse(actor.jurisdiction());
        if (!actor.city().contains(area)) {
            throw new AccessDeniedException("area " + area + " is outside your city " + actor.city());
        }
        if (!actor.answersFor(area)) {
            throw new AccessDeniedException("area " + area + " is outside your jurisdiction " + actor.jurisdiction());
        }
        WebhookSecret secret = WebhookSecret.generate(random);
        WebhookSubscription subscription = new WebhookSubscription(new SubscriptionId(UUID.randomUUID()), actor.city(), area,
                actor.subject(), command.url(), command.eventTypes(), actor.mayReadPersonalData(), SigningSecrets.of(secret),
                clock.instant());
        subscriptions.save(subscription);
        return new SubscriptionCreated(view(subscription), secret);
    }

    @Override
    public List<SubscriptionView> subscriptions(Actor actor) {
        allowed(actor);
        return subscriptions.ofOwner(actor.city(), actor.subject()).stream().map(WebhookService::view).toList();
    }

    @Override
    public SubscriptionView subscription(Actor actor, SubscriptionId id) {
        return view(owned(actor, id));
    }

    @Override
    public void unsubscribe(Actor actor, SubscriptionId id) {
        subscriptions.delete(owned(actor, id).id());
    }

    @Override
    public SecretRotated rotateSecret(Actor actor, SubscriptionId id) {
        WebhookSubscription subscription = owned(actor, id);
        WebhookSecret next = WebhookSecret.generate(random);
        Instant until = clock.instant().plus(ROTATION_OVERLAP);
        subscriptions.save(subscription.withSecrets(subscription.secrets().rotatedTo(next, until)));
        return new SecretRotated(next, until);
    }

    @Override
    public Slice<WebhookDelivery> deliveries(Actor actor, SubscriptionId id, PageRequest page) {
        return deliveries.of(owned(actor, id).id(), page);
    }

    @Override
    public Replayed replay(Actor actor, ReplayCommand command) {
        WebhookSubscription subscription = owned(actor, command.subscription());
        Instant now = clock.instant();
        if (command.since().isAfter(now)) {
            throw new InvalidValueException("since", "a replay starts in the past");
        }
        if (command.since().isBefore(now.minus(REPLAY_WINDOW))) {
            throw new InvalidValueException("since", "a replay reaches back at most " + REPLAY_WINDOW.toDays() + " days");
        }
        return new Replayed(deliveries.replay(subscription.id(), command.since(), now));
    }

    private static void allowed(Actor actor) {
        if (!Permission.MANAGE_WEBHOOKS.grantedTo(actor)) {
            throw new AccessDeniedException("webhook subscriptions are an integrator's");
        }
    }

    private WebhookSubscription owned(Actor actor, SubscriptionId id) {
        allowed(actor);
        return subscriptions.find(id)
                .filter(s -> s.city().equals(actor.city()) && s.owner().equals(actor.subject()))
                .orElseThrow(() -> new NotFoundException("webhook subscription", id));
    }

    static SubscriptionView view(WebhookSubscription s) {
        return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.area(), s.personalData(), s.createdAt(),
                s.secrets().previousUntil());
    }
}
