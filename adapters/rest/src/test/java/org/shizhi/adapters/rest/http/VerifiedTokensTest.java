package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2025-09-26T02:00:00Z");

    private final VerifiedTokens tokens = new VerifiedTokens(request -> AuthenticationResponse.abstain(), Clock.systemUTC(), java.time.Duration.ofSeconds(5), true);

    /** A verified token's principal as the provider makes it: a JsonWebToken that is also Helidon's principal. */
    private record Token(String name, Long exp) implements JsonWebToken, io.helidon.security.Principal {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public String id() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return exp == null ? Set.of() : Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return "exp".equals(claim) ? (T) exp : null;
        }

        @Override
        public Object abacAttributeRaw(String key) {
            return null;
        }

        @Override
        public Collection<String> abacAttributeNames() {
            return List.of();
        }
    }

    private static Subject subject(String name, Instant expires) {
        return Subject.builder().principal(new Token(name, expires == null ? null : expires.getEpochSecond())).build();
    }

    @Test
    void anAcceptedTokenIsRecalledUntilItsExpiryAndNotAfter() {
        Subject subject = subject("wang.fang", NOW.plus(Duration.ofMinutes(5)));
        tokens.remember("token-a", subject, NOW);

        assertThat(tokens.recall("token-a", NOW.plus(Duration.ofMinutes(4)))).containsSame(subject);
        assertThat(tokens.recall("token-a", NOW.plus(Duration.ofMinutes(5)))).as("at exp").isEmpty();
        assertThat(tokens.recall("token-b", NOW)).as("only the very same token string").isEmpty();
    }

    @Test
    void aTokenWithoutAnExpiryInTheFutureIsNotRemembered() {
        tokens.remember("no-exp", subject("li.min", null), NOW);
        tokens.remember("expired", subject("li.min", NOW.minusSeconds(1)), NOW);

        assertThat(tokens.recall("no-exp", NOW)).isEmpty();
        assertThat(tokens.recall("expired", NOW.minusSeconds(10))).isEmpty();
    }

    @Test
    void whenFullTheExpiredGoFirstAndTheCapacityHolds() {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            tokens.remember("short-" + i, subject("s" + i, NOW.plusSeconds(10)), NOW);
        }
        tokens.remember("long", subject("long", NOW.plus(Duration.ofHours(1))), NOW.plusSeconds(20));

        assertThat(tokens.recall("long", NOW.plusSeconds(30))).isPresent();
        assertThat(tokens.recall("short-0", NOW)).as("expired at the time it was made room for").isEmpty();
    }
}
