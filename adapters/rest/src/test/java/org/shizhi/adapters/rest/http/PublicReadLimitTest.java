package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.ProblemJson;

class PublicReadLimitTest {

    @Test
    void eachClientAddressHasItsOwnBucketAndA429NamesTheBoundWithRetryAfter() {
        PublicReadLimit limit = new PublicReadLimit(1, 2, 100, 100, 100, Optional.empty());
        assertThat(limit.tryTake("198.51.100.1")).isEmpty();
        assertThat(limit.tryTake("198.51.100.1")).isEmpty();
        Optional<Response> refused = limit.tryTake("198.51.100.1");
        assertThat(refused).isPresent();
        assertThat(refused.get().getStatus()).isEqualTo(429);
        assertThat(refused.get().getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((ProblemJson) refused.get().getEntity()).getDetail()).contains("one client address");
        assertThat(limit.tryTake("198.51.100.2")).as("another address").isEmpty();
    }

    @Test
    void theSharedBoundHoldsForManyAddressesTogether() {
        PublicReadLimit limit = new PublicReadLimit(1, 5, 1, 3, 100, Optional.empty());
        assertThat(IntStream.range(0, 3).mapToObj(i -> limit.tryTake("203.0.113." + i))).allMatch(Optional::isEmpty);
        Optional<Response> refused = limit.tryTake("203.0.113.9");
        assertThat(refused).isPresent();
        assertThat(((ProblemJson) refused.get().getEntity()).getDetail()).contains("everyone together");
    }

    @Test
    void atMostMaxClientsAddressesAreRememberedTheLeastRecentlySeenForgottenFirst() {
        PublicReadLimit limit = new PublicReadLimit(1, 1, 1_000, 1_000, 3, Optional.empty());
        limit.tryTake("a");
        limit.tryTake("b");
        limit.tryTake("c");
        assertThat(limit.tryTake("a")).as("a is still remembered, its bucket empty").isPresent();
        for (int i = 0; i < 1_000; i++) {
            limit.tryTake("client-" + i);
        }
        assertThat(limit.clientsRemembered()).isEqualTo(3);
        assertThat(limit.tryTake("a")).as("forgotten, a starts afresh").isEmpty();
    }

    @Test
    void behindAProxyTheHeadersLastEntryIsTheClientElseThePeer() {
        PublicReadLimit limit = new PublicReadLimit(1, 1, 1, 1, 1, Optional.of("X-Forwarded-For"));
        assertThat(limit.clientOf("10.0.0.1", Optional.of("192.0.2.9, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(limit.clientOf("10.0.0.1", Optional.of(" "))).isEqualTo("10.0.0.1");
        assertThat(limit.clientOf("10.0.0.1", Optional.empty())).isEqualTo("10.0.0.1");
    }
}
