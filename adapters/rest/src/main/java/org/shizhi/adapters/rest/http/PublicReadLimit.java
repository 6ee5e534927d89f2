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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;

/**
 * The reads anyone may make without a token (the public view of a community's disclosure board) are bounded twice.
 * Per client address: a bucket of {@code shizhi.public.burst} calls (default 20) refilled at
 * {@code shizhi.public.rate-per-second} (default 5), so that one resident's script cannot starve the others. For all
 * anonymous callers together: {@code shizhi.public.total-burst} (default 400) refilled at
 * {@code shizhi.public.total-rate-per-second} (default 200), which keeps them from crowding out the staff's work even
 * from many addresses. At most {@code shizhi.public.max-clients} addresses (default 10,000) are remembered, the least
 * recently seen forgotten first: memory stays bounded, and a forgotten address starts afresh, which the shared bound
 * covers. The address is the connection's peer, or, behind a reverse proxy, the last entry of the header named by
 * {@code shizhi.public.client-address-header} (e.g. {@code X-Forwarded-For}: the entry the platform's own proxy added;
 * set it only when there is one, since a client may send the header itself). An empty bucket answers 429
 * problem+json with {@code Retry-After}.
 * <p>
 * The same two bounds guard the other route anyone may call without a token, the local sign-in, through its own
 * instance ({@link #of}, made by {@code SignInLimit} with its own settings and a refill per minute): one mechanism,
 * separate buckets, so that a flood of one route does not refuse the other.
 */
@ApplicationScoped
public class PublicReadLimit {

    public static final String RATE = "shizhi.public.rate-per-second";
    public static final String BURST = "shizhi.public.burst";
    public static final String TOTAL_RATE = "shizhi.public.total-rate-per-second";
    public static final String TOTAL_BURST = "shizhi.public.total-burst";
    public static final String MAX_CLIENTS = "shizhi.public.max-clients";
    public static final String CLIENT_ADDRESS_HEADER = "shizhi.public.client-address-header";

    private final long ratePerSecond;
    private final long burst;
    private final long totalRatePerSecond;
    private final long totalBurst;
    private final int maxClients;
    private final Optional<String> clientAddressHeader;
    /** What the limit guards and per what its rates count, for the refusal's words. */
    private final String guarded;
    private final Duration period;
    private final Bucket everyone;
    /** Access-ordered, so the eldest entry is the client seen least recently. */
    private final Map<String, Bucket> clients;

    @Inject
    public PublicReadLimit(Config config) {
        this(config.getOptionalValue(RATE, Long.class).orElse(5L), config.getOptionalValue(BURST, Long.class).orElse(20L),
                config.getOptionalValue(TOTAL_RATE, Long.class).orElse(200L), config.getOptionalValue(TOTAL_BURST, Long.class).orElse(400L),
                config.getOptionalValue(MAX_CLIENTS, Integer.class).orElse(10_000),
                config.getOptionalValue(CLIENT_ADDRESS_HEADER, String.class).filter(h -> !h.isBlank()));
    }

    PublicReadLimit(long ratePerSecond, long burst, long totalRatePerSecond, long totalBurst, int maxClients,
                    Optional<String> clientAddressHeader) {
        this("the public view", Duration.ofSeconds(1), ratePerSecond, burst, totalRatePerSecond, totalBurst, maxClients, clientAddressHeader,
                RATE + ", " + BURST + ", " + TOTAL_RATE + ", " + TOTAL_BURST + ", " + MAX_CLIENTS);
    }

    private PublicReadLimit(String guarded, Duration period, long ratePerSecond, long burst, long totalRatePerSecond, long totalBurst,
                            int maxClients, Optional<String> clientAddressHeader, String settings) {
        if (ratePerSecond < 1 || burst < 1 || totalRatePerSecond < 1 || totalBurst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("the limits of " + guarded + " are positive: " + settings);
        }
        this.guarded = guarded;
        this.period = period;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.totalRatePerSecond = totalRatePerSecond;
        this.totalBurst = totalBurst;
        this.maxClients = maxClients;
        this.clientAddressHeader = clientAddressHeader;
        this.everyone = bucket(totalBurst, totalRatePerSecond, period);
        this.clients = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > PublicReadLimit.this.maxClients;
            }
        };
    }

    /**
     * The same two bounds for another route anyone may call: {@code rate} calls per {@code period} and bursts of
     * {@code burst} per client address, {@code totalRate} and {@code totalBurst} for everyone together; {@code guarded}
     * names the route in the refusal, {@code settings} the keys that set the numbers in a start-up error.
     */
    public static PublicReadLimit of(String guarded, Duration period, long rate, long burst, long totalRate, long totalBurst, int maxClients,
                                     Optional<String> clientAddressHeader, String settings) {
        return new PublicReadLimit(guarded, period, rate, burst, totalRate, totalBurst, maxClients, clientAddressHeader, settings);
    }

    private static Bucket bucket(long capacity, long perPeriod, Duration period) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perPeriod, period).build()).build();
    }

    /** The header the client's address is read from behind a proxy, if one is configured. */
    public Optional<String> clientAddressHeader() {
        return clientAddressHeader;
    }

    /** The client's address: the configured header's last entry when present, else the connection's peer. */
    public String clientOf(String peer, Optional<String> headerValue) {
        return headerValue.map(v -> v.substring(v.lastIndexOf(',') + 1).strip()).filter(v -> !v.isEmpty()).orElse(peer);
    }

    /** Takes one call from the shared bucket alone (a caller whose address is not known), or refuses with 429. */
    public void take() {
        OptionalLong wait = waitOf(everyone.tryConsumeAndReturnRemaining(1));
        if (wait.isPresent()) {
            throw new WebApplicationException(refusal(wait.getAsLong(), false));
        }
    }

    /**
     * Takes one call from the client's bucket and then from the shared one: empty if taken, else the refusal to send.
     * A call the client's bucket refuses takes nothing from the shared one.
     */
    public Optional<Response> tryTake(String client) {
        Bucket own;
        synchronized (clients) {
            own = clients.computeIfAbsent(client, c -> bucket(burst, ratePerSecond, period));
        }
        OptionalLong wait = waitOf(own.tryConsumeAndReturnRemaining(1));
        if (wait.isPresent()) {
            return Optional.of(refusal(wait.getAsLong(), true));
        }
        wait = waitOf(everyone.tryConsumeAndReturnRemaining(1));
        return wait.isPresent() ? Optional.of(refusal(wait.getAsLong(), false)) : Optional.empty();
    }

    /** How many client addresses are remembered now: at most {@code shizhi.public.max-clients}. */
    public int clientsRemembered() {
        synchronized (clients) {
            return clients.size();
        }
    }

    private static OptionalLong waitOf(ConsumptionProbe probe) {
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999)));
    }

    /** The 429 problem with {@code Retry-After}, naming the bound that refused. */
    private Response refusal(long seconds, boolean perClient) {
        String per = period.equals(Duration.ofSeconds(1)) ? "second" : period.equals(Duration.ofMinutes(1)) ? "minute" : period.toString();
        String bound = perClient ? guarded + " answers at most " + ratePerSecond + " calls per " + per + " to one client address (bursts of "
                + burst + ")" : guarded + " answers at most " + totalRatePerSecond + " calls per " + per + " for everyone together (bursts of "
                + totalBurst + ")";
        return Response.fromResponse(Problems.response(429, "too-many-requests", "Too many requests", bound + "; retry after " + seconds + " s",
                        null))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
