package org.shizhi.domain.integration.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.integration.model.DeliveryAttempt;
import org.shizhi.domain.integration.model.DeliveryState;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.SigningSecrets;
import org.shizhi.domain.integration.model.SubscriptionId;
import org.shizhi.domain.integration.model.WebhookDelivery;
import org.shizhi.domain.integration.model.WebhookEventType;
import org.shizhi.domain.integration.model.WebhookSecret;
import org.shizhi.domain.integration.model.WebhookSubscription;
import org.shizhi.domain.integration.model.WebhookUrl;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * The contract of the integration context's storage: subscriptions, the outbox and deliveries, which live together
 * (a fan-out writes deliveries and marks the event in one transaction). Every adapter subclasses it.
 */
public abstract class WebhookStorageContract {

    /** The three ports over one empty storage. */
    public record Storage(WebhookSubscriptions subscriptions, IntegrationOutbox outbox, WebhookDeliveries deliveries) {
    }

    protected abstract Storage emptyStorage();

    static final AreaCode CHENGDU = AreaCode.of("510100000000");
    static final AreaCode COMMUNITY = AreaCode.of("510104001001");
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);
    static final RandomGenerator RANDOM = RandomGenerator.of("L64X128MixRandom");

    private Storage s;

    @BeforeEach
    void empty() {
        s = emptyStorage();
    }

    static WebhookSubscription subscription(String owner) {
        return new WebhookSubscription(new SubscriptionId(UUID.randomUUID()), CHENGDU, CHENGDU, owner,
                new WebhookUrl(URI.create("https://receiver.example/hooks")), Set.of(WebhookEventType.GRID_EVENT_REPORTED,
                WebhookEventType.GRID_EVENT_CLOSED), true, SigningSecrets.of(WebhookSecret.generate(RANDOM)), T0);
    }

    static IntegrationEvent event(String subject, long version, Instant at) {
        return new IntegrationEvent(UUID.randomUUID(), WebhookEventType.GRID_EVENT_REPORTED, COMMUNITY, subject, version, at,
                Map.of("text", "楼道堆放杂物", "state", "REPORTED"), Map.of("reporterName", "张三", "reporterPhone", "13800000000"));
    }

    /** Appends the events and fans each out to the subscriptions, as the dispatcher does. */
    private void fannedOut(List<IntegrationEvent> events, WebhookSubscription... to) {
        events.forEach(s.outbox()::append);
        List<IntegrationEvent> claimed = s.outbox().claim(T0, LEASE, 100);
        for (IntegrationEvent e : claimed) {
            s.outbox().fanOut(e, List.of(to).stream().map(WebhookSubscription::id).toList(), T0);
        }
    }

    @Test
    void aSavedSubscriptionIsFoundWithItsSecretsAndListedForItsOwnerAndCity() {
        WebhookSubscription mine = subscription("integrator-1");
        WebhookSubscription theirs = subscription("integrator-2");
        s.subscriptions().save(mine);
        s.subscriptions().save(theirs);

        assertThat(s.subscriptions().find(mine.id())).contains(mine);
        assertThat(s.subscriptions().ofOwner(CHENGDU, "integrator-1")).containsExactly(mine);
        assertThat(s.subscriptions().ofCity(CHENGDU)).containsExactlyInAnyOrder(mine, theirs);
        assertThat(s.subscriptions().ofCity(AreaCode.of("440800000000"))).isEmpty();
    }

    @Test
    void savingARotatedSubscriptionKeepsBothSecretsAndTheOverlapsEnd() {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        WebhookSubscription rotated = sub.withSecrets(sub.secrets().rotatedTo(WebhookSecret.generate(RANDOM), T0.plusSeconds(3600)));
        s.subscriptions().save(rotated);

        WebhookSubscription read = s.subscriptions().find(sub.id()).orElseThrow();
        assertThat(read.secrets()).isEqualTo(rotated.secrets());
        assertThat(read.secrets().signingAt(T0)).hasSize(2);
        assertThat(read.secrets().signingAt(T0.plusSeconds(3600))).hasSize(1);
    }

    @Test
    void anEventComesBackWithItsPersonalFieldsApart() {
        IntegrationEvent e = event("grid-events/1", 1, T0);
        s.outbox().append(e);

        assertThat(s.outbox().claim(T0, LEASE, 10)).containsExactly(e);
    }

    @Test
    void aClaimedEventIsNotClaimedAgainUntilItsLeaseLapses() {
        s.outbox().append(event("grid-events/1", 1, T0));

        assertThat(s.outbox().claim(T0, LEASE, 10)).hasSize(1);
        assertThat(s.outbox().claim(T0.plusSeconds(60), LEASE, 10)).isEmpty();
        assertThat(s.outbox().claim(T0.plus(LEASE), LEASE, 10)).hasSize(1);
    }

    @Test
    void aFanOutMakesOneDeliveryPerSubscriptionOnceAndEndsTheEventsPendency() {
        WebhookSubscription a = subscription("integrator-1");
        WebhookSubscription b = subscription("integrator-2");
        s.subscriptions().save(a);
        s.subscriptions().save(b);
        IntegrationEvent e = event("grid-events/1", 1, T0);
        s.outbox().append(e);

        s.outbox().fanOut(e, List.of(a.id(), b.id()), T0);
        s.outbox().fanOut(e, List.of(a.id(), b.id()), T0);

        assertThat(s.outbox().claim(T0.plus(LEASE), LEASE, 10)).isEmpty();
        assertThat(s.deliveries().of(a.id(), PageRequest.first(10)).items()).singleElement()
                .satisfies(d -> {
                    assertThat(d.event()).isEqualTo(e);
                    assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
                    assertThat(d.attempts()).isZero();
                });
        assertThat(s.deliveries().of(b.id(), PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void onlyTheHeadOfASubjectIsClaimedUntilItIsDelivered() {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        fannedOut(List.of(event("grid-events/1", 2, T0.plusSeconds(1)), event("grid-events/1", 1, T0),
                event("grid-events/2", 1, T0)), sub);

        List<WebhookDelivery> first = s.deliveries().claimDue(T0, LEASE, 10);
        assertThat(first).extracting(d -> d.event().subject() + "@" + d.event().subjectVersion())
                .containsExactlyInAnyOrder("grid-events/1@1", "grid-events/2@1");
        WebhookDelivery head = first.stream().filter(d -> d.event().subject().equals("grid-events/1")).findFirst().orElseThrow();

        s.deliveries().recordAttempt(head.id(), DeliveryAttempt.acknowledged(204), DeliveryState.DELIVERED, T0, T0);

        assertThat(s.deliveries().claimDue(T0, LEASE, 10)).extracting(d -> d.event().subjectVersion()).containsExactly(2L);
    }

    @Test
    void aFailedAttemptWaitsForItsNextAttemptAndStillHoldsItsSubjectBack() {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        fannedOut(List.of(event("grid-events/1", 1, T0), event("grid-events/1", 2, T0.plusSeconds(1))), sub);
        WebhookDelivery head = s.deliveries().claimDue(T0, LEASE, 10).getFirst();

        s.deliveries().recordAttempt(head.id(), DeliveryAttempt.failed(OptionalInt.of(500), "boom"), DeliveryState.PENDING,
                T0.plusSeconds(30), T0);

        assertThat(s.deliveries().claimDue(T0.plusSeconds(10), LEASE, 10)).isEmpty();
        List<WebhookDelivery> retried = s.deliveries().claimDue(T0.plusSeconds(30), LEASE, 10);
        assertThat(retried).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(head.id());
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastStatus()).hasValue(500);
            assertThat(d.lastError()).contains("boom");
        });
    }

    @Test
    void aParkedDeliveryHoldsItsSubjectBackNoLonger() {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        fannedOut(List.of(event("grid-events/1", 1, T0), event("grid-events/1", 2, T0.plusSeconds(1))), sub);
        WebhookDelivery head = s.deliveries().claimDue(T0, LEASE, 10).getFirst();

        s.deliveries().recordAttempt(head.id(), DeliveryAttempt.failed(OptionalInt.empty(), "refused"), DeliveryState.PARKED, T0, T0);

        assertThat(s.deliveries().claimDue(T0, LEASE, 10)).extracting(d -> d.event().subjectVersion()).containsExactly(2L);
    }

    @Test
    void aClaimedDeliveryIsNotClaimedAgainUntilItsLeaseLapses() {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        fannedOut(List.of(event("grid-events/1", 1, T0)), sub);

        assertThat(s.deliveries().claimDue(T0, LEASE, 10)).hasSize(1);
        assertThat(s.deliveries().claimDue(T0.plusSeconds(60), LEASE, 10)).isEmpty();
        assertThat(s.deliveries().claimDue(T0.plus(LEASE), LEASE, 10)).hasSize(1);
    }

    @Test
    void concurrentClaimersTakeDisjointDeliveries() throws Exception {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        List<IntegrationEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(event("grid-events/" + i, 1, T0.plusMillis(i)));
        }
        fannedOut(events, sub);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<WebhookDelivery>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<List<WebhookDelivery>> claim = () -> s.deliveries().claimDue(T0, LEASE, 15);
                claims.add(pool.submit(claim));
            }
            Set<UUID> seen = new HashSet<>();
            int total = 0;
            for (Future<List<WebhookDelivery>> f : claims) {
                for (WebhookDelivery d : f.get()) {
                    total++;
                    seen.add(d.id());
                }
            }
            assertThat(seen).hasSize(total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLogListsASubscriptionsDeliveriesNewestFirstInPages() {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        for (int i = 0; i < 5; i++) {
            IntegrationEvent e = event("grid-events/" + i, 1, T0);
            s.outbox().append(e);
            s.outbox().fanOut(e, List.of(sub.id()), T0.plusSeconds(i));
        }
        List<String> subjects = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (true) {
            Slice<WebhookDelivery> slice = s.deliveries().of(sub.id(), page);
            slice.items().forEach(d -> subjects.add(d.event().subject()));
            if (slice.next().isEmpty()) {
                break;
            }
            page = PageRequest.after(slice.next().get(), 2);
        }
        assertThat(subjects).containsExactly("grid-events/4", "grid-events/3", "grid-events/2", "grid-events/1", "grid-events/0");
    }

    @Test
    void aReplayOwesAgainEveryEventSinceThePointInTimeOncePerEvent() {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        IntegrationEvent old = event("grid-events/1", 1, T0);
        IntegrationEvent recent = event("grid-events/2", 1, T0.plusSeconds(3600));
        fannedOut(List.of(old, recent), sub);
        for (WebhookDelivery d : s.deliveries().claimDue(T0, LEASE, 10)) {
            s.deliveries().recordAttempt(d.id(), DeliveryAttempt.acknowledged(200), DeliveryState.DELIVERED, T0, T0);
        }

        int replayed = s.deliveries().replay(sub.id(), T0.plusSeconds(60), T0.plusSeconds(7200));

        assertThat(replayed).isEqualTo(1);
        assertThat(s.deliveries().claimDue(T0.plusSeconds(7200), LEASE, 10)).singleElement()
                .satisfies(d -> assertThat(d.event()).isEqualTo(recent));
    }

    @Test
    void deletingASubscriptionRemovesItAndWhatWasOwedToIt() {
        WebhookSubscription sub = subscription("integrator-1");
        s.subscriptions().save(sub);
        fannedOut(List.of(event("grid-events/1", 1, T0)), sub);

        s.subscriptions().delete(sub.id());
        s.subscriptions().delete(sub.id());

        assertThat(s.subscriptions().find(sub.id())).isEqualTo(Optional.empty());
        assertThat(s.deliveries().claimDue(T0, LEASE, 10)).isEmpty();
    }
}
