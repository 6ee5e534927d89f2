package org.shizhi.adapters.rest.http;

import io.helidon.config.Config;
import io.helidon.microprofile.cdi.RuntimeStart;
import io.helidon.microprofile.jwt.auth.JwtAuthProvider;
import io.helidon.microprofile.security.SecurityCdiExtension;
import io.helidon.security.spi.AuthenticationProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import java.time.Clock;
import java.time.Duration;

import static jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE;

/**
 * Puts the MicroProfile JWT provider behind {@link VerifiedTokens}, under the provider's own name and just before
 * Helidon's JWT extension would add it bare (that extension adds nothing once the name is taken). When tokens come
 * from a cookie or have a maximum age ({@code mp.jwt.token.header}, {@code mp.jwt.verify.token.age}) it remembers
 * nothing, as their acceptance does not end at {@code exp} alone, but still checks what the provider does not. It
 * authenticates inbound requests only: the platform makes no outbound calls that would propagate tokens through it.
 */
public class VerifiedTokensExtension implements Extension {

    /** The name Helidon's JWT extension gives the provider, and checks before adding its own. */
    public static final String PROVIDER_NAME = "mp-jwt-auth";

    private Config config;

    void configured(@Observes @RuntimeStart Config config) {
        this.config = config;
    }

    void registerProvider(@Observes @Initialized(ApplicationScoped.class) @Priority(PLATFORM_BEFORE + 4) Object event, BeanManager beans) {
        SecurityCdiExtension security = beans.getExtension(SecurityCdiExtension.class);
        if (config == null || security.securityBuilder().hasProvider(PROVIDER_NAME)) {
            return;
        }
        boolean fromHeader = config.get("mp.jwt.token.header").asString().map("Authorization"::equalsIgnoreCase).orElse(true);
        boolean ageless = config.get("mp.jwt.verify.token.age").asString().isEmpty();
        AuthenticationProvider verifier = JwtAuthProvider.create(config);
        // The provider's own default skew for exp (seconds), applied to nbf as well.
        Duration skew = Duration.ofSeconds(config.get("mp.jwt.verify.clock.skew").asInt().orElse(5));
        security.securityBuilder().addProvider(new VerifiedTokens(verifier, Clock.systemUTC(), skew, fromHeader && ageless), PROVIDER_NAME);
    }
}
