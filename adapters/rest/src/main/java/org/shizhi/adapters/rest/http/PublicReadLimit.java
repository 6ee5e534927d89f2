package org.shizhi.adapters.rest.http;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;

/**
 * The reads anyone may make without a token (the public view of a community's disclosure board) share one bucket of
 * {@code shizhi.public.burst} calls (default 50) refilled at {@code shizhi.public.rate-per-second} (default 20): with
 * no token there is nobody to count per, so the bound is on all anonymous callers together, which keeps them from
 * crowding out the staff's work. An empty bucket answers 429 problem+json with {@code Retry-After}.
 */
@ApplicationScoped
public class PublicReadLimit {

    public static final String RATE = "shizhi.public.rate-per-second";
    public static final String BURST = "shizhi.public.burst";

    private final long ratePerSecond;
    private final long burst;
    private final Bucket bucket;

    @Inject
    public PublicReadLimit(Config config) {
        this.ratePerSecond = config.getOptionalValue(RATE, Long.class).orElse(20L);
        this.burst = config.getOptionalValue(BURST, Long.class).orElse(50L);
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(ratePerSecond, Duration.ofSeconds(1)).build()).build();
    }

    /** Takes one call from the bucket, or refuses with 429. */
    public void take() {
        OptionalLong wait = tryTake();
        if (wait.isPresent()) {
            throw new WebApplicationException(refusal(wait.getAsLong()));
        }
    }

    /** Takes one call from the bucket: empty if taken, else the whole seconds to wait. */
    public OptionalLong tryTake() {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999)));
    }

    /** The 429 problem with {@code Retry-After}. */
    public Response refusal(long seconds) {
        return Response.fromResponse(Problems.response(429, "too-many-requests", "Too many requests",
                        "the public view answers at most " + ratePerSecond + " calls per second for everyone together (bursts of "
                                + burst + "); retry after " + seconds + " s", null))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
