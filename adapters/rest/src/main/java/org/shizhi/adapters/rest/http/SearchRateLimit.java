package org.shizhi.adapters.rest.http;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Searches are the expensive reads an integrator could loop on: each token gets a bucket of
 * {@code shizhi.search.burst} calls (default 20) refilled at {@code shizhi.search.rate-per-second} (default 10).
 * An empty bucket answers 429 problem+json with {@code Retry-After} in whole seconds. Applied to the resource
 * methods marked {@link SearchRateLimited}.
 */
@Provider
@ApplicationScoped
public class SearchRateLimit implements DynamicFeature {

    public static final String RATE = "shizhi.search.rate-per-second";
    public static final String BURST = "shizhi.search.burst";
    private static final Duration IDLE = Duration.ofMinutes(10);

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final long ratePerSecond;
    private final long burst;
    private final JsonWebToken token;

    private record Entry(Bucket bucket, AtomicLong lastUsedNanos) {
    }

    @Inject
    public SearchRateLimit(Config config, JsonWebToken token) {
        this.ratePerSecond = config.getOptionalValue(RATE, Long.class).orElse(10L);
        this.burst = config.getOptionalValue(BURST, Long.class).orElse(20L);
        this.token = token;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (isSearch(resource)) {
            context.register(new Limit());
        }
    }

    /** The annotation sits on the implementing method; JAX-RS hands us the interface's. */
    private static boolean isSearch(ResourceInfo resource) {
        try {
            return resource.getResourceClass()
                    .getMethod(resource.getResourceMethod().getName(), resource.getResourceMethod().getParameterTypes())
                    .isAnnotationPresent(SearchRateLimited.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Priority(Priorities.USER)
    private final class Limit implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String key = token.getTokenID() != null ? token.getTokenID() : String.valueOf(token.getName());
            Entry entry = buckets.computeIfAbsent(key, k -> new Entry(Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(ratePerSecond, Duration.ofSeconds(1)).build())
                    .build(), new AtomicLong()));
            entry.lastUsedNanos().set(System.nanoTime());
            ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
                request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problems.response(429, "too-many-requests",
                                "Too many requests", "at most " + ratePerSecond + " searches per second per token (bursts of "
                                        + burst + "); retry after " + seconds + " s", null))
                        .header(HttpHeaders.RETRY_AFTER, seconds).build());
            }
            if (calls.incrementAndGet() % 1_000 == 0) {
                forgetIdle();
            }
        }
    }

    /** Tokens live hours at most: a bucket unused for ten minutes is forgotten, so the map does not grow forever. */
    private void forgetIdle() {
        long cutoff = System.nanoTime() - IDLE.toNanos();
        buckets.values().removeIf(e -> e.lastUsedNanos().get() < cutoff);
    }
}
