package org.shizhi.domain.integration.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.integration.model.SubscriptionId;
import org.shizhi.domain.integration.model.WebhookEventType;
import org.shizhi.domain.integration.model.WebhookSubscription;
import org.shizhi.domain.integration.model.WebhookUrl;
import org.shizhi.domain.integration.port.in.WebhookSubscriptionUseCase.ReplayCommand;
import org.shizhi.domain.integration.port.in.WebhookSubscriptionUseCase.SubscribeCommand;
import org.shizhi.domain.integration.port.out.WebhookDeliveries;
import org.shizhi.domain.integration.port.out.WebhookSubscriptions;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;

class WebhookServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final AreaCode CHENGDU = AreaCode.of("510100000000");
    private static final Actor INTEGRATOR = new Actor("integrator-1", CHENGDU, AreaCode.of("510104000000"), Set.of(Role.INTEGRATOR), Set.of());
    private static final SubscribeCommand CLOSED_EVENTS = new SubscribeCommand(WebhookUrl.parse("https://integrator.example/hooks"),
            Set.of(WebhookEventType.GRID_EVENT_CLOSED), Optional.empty());

    /** Subscriptions in a map; deliveries answer replays by counting them. */
    private final Map<SubscriptionId, WebhookSubscription> stored = new LinkedHashMap<>();
    private final List<Instant> replays = new ArrayList<>();
    private final WebhookSubscriptions subscriptions = new WebhookSubscriptions() {
        public void save(WebhookSubscription s) {
            stored.put(s.id(), s);
        }

        public Optional<WebhookSubscription> find(SubscriptionId id) {
            return Optional.ofNullable(stored.get(id));
        }

        public List<WebhookSubscription> ofOwner(AreaCode city, String owner) {
            return stored.values().stream().filter(s -> s.city().equals(city) && s.owner().equals(owner)).toList();
        }

        public List<WebhookSubscription> ofCity(AreaCode city) {
            return stored.values().stream().filter(s -> s.city().equals(city)).toList();
        }

        public void delete(SubscriptionId id) {
            stored.remove(id);
        }
    };
    private final WebhookDeliveries deliveries = new WebhookDeliveries() {
        public List<org.shizhi.domain.integration.model.WebhookDelivery> claimDue(Instant now, Duration lease, int limit) {
            throw new UnsupportedOperationException();
        }

        public void recordAttempt(java.util.UUID d, org.shizhi.domain.integration.model.DeliveryAttempt a,
                                  org.shizhi.domain.integration.model.DeliveryState s, Instant next, Instant at) {
            throw new UnsupportedOperationException();
        }

        public org.shizhi.domain.shared.Slice<org.shizhi.domain.integration.model.WebhookDelivery> of(SubscriptionId s,
                org.shizhi.domain.shared.PageRequest page) {
            return org.shizhi.domain.shared.Slice.empty();
        }

        public int replay(SubscriptionId s, Instant since, Instant now) {
            replays.add(since);
            return 3;
        }
    };
    private final WebhookService service = new WebhookService(subscriptions, deliveries, Clock.fixed(NOW, ZoneOffset.UTC),
            RandomGenerator.of("L64X128MixRandom"));

    @Test
    void aSubscriptionCoversTheJurisdictionByDefaultAndItsSecretIsShownOnce() {
        var created = service.subscribe(INTEGRATOR, CLOSED_EVENTS);

        assertThat(created.subscription().area()).isEqualTo(AreaCode.of("510104000000"));
        assertThat(created.subscription().personalData()).isFalse();
        assertThat(created.secret().value()).startsWith("whsec_");
        assertThat(stored.get(created.subscription().id()).secrets().current()).isEqualTo(created.secret());
        assertThat(service.subscriptions(INTEGRATOR)).containsExactly(created.subscription());
    }

    @Test
    void anAreaOutsideTheJurisdictionOrTheCityIsForbiddenAndNothingIsStored() {
        for (String area : List.of("510107000000", "440802000000", "510100000000")) {
            assertThatThrownBy(() -> service.subscribe(INTEGRATOR, new SubscribeCommand(CLOSED_EVENTS.url(), CLOSED_EVENTS.eventTypes(),
                    Optional.of(AreaCode.of(area))))).as(area).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stored).isEmpty();
    }

    @Test
    void onlyAnIntegratorSubscribes() {
        Actor admin = new Actor("admin", CHENGDU, CHENGDU, EnumSet.of(Role.CITY_ADMIN), Set.of());

        assertThatThrownBy(() -> service.subscribe(admin, CLOSED_EVENTS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePersonalDataPrivilegeIsTakenFromTheOwnerWhenSubscribing() {
        Actor privileged = new Actor("integrator-2", CHENGDU, CHENGDU, Set.of(Role.INTEGRATOR), Set.of(Privilege.PERSONAL_DATA));

        assertThat(service.subscribe(privileged, CLOSED_EVENTS).subscription().personalData()).isTrue();
    }

    @Test
    void anotherIntegratorsSubscriptionIsNotFound() {
        SubscriptionId id = service.subscribe(INTEGRATOR, CLOSED_EVENTS).subscription().id();
        Actor colleague = new Actor("integrator-3", CHENGDU, AreaCode.of("510104000000"), Set.of(Role.INTEGRATOR), Set.of());

        assertThatThrownBy(() -> service.subscription(colleague, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.unsubscribe(colleague, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.rotateSecret(colleague, id)).isInstanceOf(NotFoundException.class);
        assertThat(stored).containsKey(id);
    }

    @Test
    void aRotationKeepsThePreviousSecretSigningForTheOverlap() {
        var created = service.subscribe(INTEGRATOR, CLOSED_EVENTS);

        var rotated = service.rotateSecret(INTEGRATOR, created.subscription().id());

        assertThat(rotated.previousSecretUntil()).isEqualTo(NOW.plus(WebhookService.ROTATION_OVERLAP));
        assertThat(stored.get(created.subscription().id()).secrets().signingAt(NOW)).containsExactly(rotated.secret(), created.secret());
        assertThat(service.subscription(INTEGRATOR, created.subscription().id()).previousSecretUntil()).contains(rotated.previousSecretUntil());
    }

    @Test
    void aReplayStartsInThePastWithinItsWindow() {
        SubscriptionId id = service.subscribe(INTEGRATOR, CLOSED_EVENTS).subscription().id();

        assertThat(service.replay(INTEGRATOR, new ReplayCommand(id, NOW.minus(Duration.ofDays(1)))).deliveries()).isEqualTo(3);
        assertThatThrownBy(() -> service.replay(INTEGRATOR, new ReplayCommand(id, NOW.plusSeconds(1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("past");
        assertThatThrownBy(() -> service.replay(INTEGRATOR, new ReplayCommand(id, NOW.minus(Duration.ofDays(31)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("30 days");
        assertThat(replays).hasSize(1);
    }
}
