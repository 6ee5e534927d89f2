package org.shizhi.adapters.rest.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.shizhi.adapters.rest.http.PublicReadLimit;

/**
 * The bound on {@code POST /api/v1/sign-in/local}, which anyone may call without a token and which mints a signed token
 * each time (an RSA signature: the costliest answer a caller without a token can ask for). The public view's two
 * bounds ({@link PublicReadLimit}), in buckets of their own and counted per minute: per client address a burst of
 * {@code shizhi.sign-in.burst} (default 20) refilled at {@code shizhi.sign-in.rate-per-minute} (default 20), for all
 * addresses together {@code shizhi.sign-in.total-burst} (default 300) refilled at
 * {@code shizhi.sign-in.total-rate-per-minute} (default 300). A person signs in a few times a day; a console test run
 * from one address signs in a few dozen times in minutes, inside the burst and its refill. The client's address is
 * found as for the public view ({@code shizhi.public.client-address-header}, {@code shizhi.public.max-clients}).
 * An empty bucket answers 429 problem+json with {@code Retry-After}, before the body is read.
 */
@ApplicationScoped
public class SignInLimit {

    public static final String RATE = "shizhi.sign-in.rate-per-minute";
    public static final String BURST = "shizhi.sign-in.burst";
    public static final String TOTAL_RATE = "shizhi.sign-in.total-rate-per-minute";
    public static final String TOTAL_BURST = "shizhi.sign-in.total-burst";

    private final PublicReadLimit limit;

    @Inject
    public SignInLimit(Config config) {
        this(PublicReadLimit.of("the local sign-in", Duration.ofMinutes(1), config.getOptionalValue(RATE, Long.class).orElse(20L),
                config.getOptionalValue(BURST, Long.class).orElse(20L), config.getOptionalValue(TOTAL_RATE, Long.class).orElse(300L),
                config.getOptionalValue(TOTAL_BURST, Long.class).orElse(300L),
                config.getOptionalValue(PublicReadLimit.MAX_CLIENTS, Integer.class).orElse(10_000),
                config.getOptionalValue(PublicReadLimit.CLIENT_ADDRESS_HEADER, String.class).filter(h -> !h.isBlank()),
                RATE + ", " + BURST + ", " + TOTAL_RATE + ", " + TOTAL_BURST + ", " + PublicReadLimit.MAX_CLIENTS));
    }

    SignInLimit(PublicReadLimit limit) {
        this.limit = limit;
    }

    PublicReadLimit limit() {
        return limit;
    }
}
