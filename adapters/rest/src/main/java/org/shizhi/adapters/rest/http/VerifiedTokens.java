package org.shizhi.adapters.rest.http;

import io.helidon.security.AuthenticationResponse;
import io.helidon.security.EndpointConfig;
import io.helidon.security.ProviderRequest;
import io.helidon.security.SecurityResponse;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;
import io.helidon.security.util.TokenHandler;
import jakarta.json.JsonNumber;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The MicroProfile JWT provider with a memory of the bearer tokens it verified: a token string it accepted is accepted
 * again, with the same subject, until the token's {@code exp}, without parsing it and checking its signature once more
 * on every request. What it refused is never remembered, and past {@code exp} the provider decides anew (it refuses
 * after its clock skew). The provider reads its keys once at start, so remembering adds no window a key change would
 * otherwise close. At most {@link #CAPACITY} tokens are remembered; when full, the expired go first, then all.
 *
 * <p>It also refuses what the provider lets through or fails on: a token not valid yet ({@code nbf} later than now
 * plus the same clock skew the provider allows on {@code exp}), and a token whose time claims are not numbers (the
 * provider fails with a ClassCastException, which would otherwise be a 500 for a client's mistake).
 */
final class VerifiedTokens implements AuthenticationProvider {

    public static final int CAPACITY = 4_096;

    /** The same header and prefix the provider takes its token from, so both read the same token. */
    private static final TokenHandler BEARER = TokenHandler.builder().tokenHeader("Authorization").tokenPrefix("bearer ").build();

    private final AuthenticationProvider verifier;
    private final Clock clock;
    private final Duration skew;
    private final boolean remembers;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Subject subject, Instant expires) {
    }

    VerifiedTokens(AuthenticationProvider verifier, Clock clock, Duration skew, boolean remembers) {
        this.remembers = remembers;
        this.verifier = Objects.requireNonNull(verifier);
        this.clock = Objects.requireNonNull(clock);
        this.skew = Objects.requireNonNull(skew);
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        Optional<String> token = remembers && mpJwt(request.endpointConfig()) ? bearer(request) : Optional.empty();
        Optional<Subject> known = token.flatMap(t -> recall(t, clock.instant()));
        if (known.isPresent()) {
            return AuthenticationResponse.success(known.get());
        }
        AuthenticationResponse response;
        try {
            response = verifier.authenticate(request);
        } catch (RuntimeException unusable) {
            return AuthenticationResponse.failed("the token's claims do not have the types JWT gives them", unusable);
        }
        if (response.status() != SecurityResponse.SecurityStatus.SUCCESS || response.user().isEmpty()) {
            return response;
        }
        Subject subject = response.user().get();
        Instant now = clock.instant();
        Optional<String> refused = refused(subject, now);
        if (refused.isPresent()) {
            return AuthenticationResponse.failed(refused.get());
        }
        token.ifPresent(t -> remember(t, subject, now));
        return response;
    }

    @Override
    public Collection<Class<? extends Annotation>> supportedAnnotations() {
        return verifier.supportedAnnotations();
    }

    /** Why a token the provider accepted is still refused at {@code now}, if it is. */
    Optional<String> refused(Subject subject, Instant now) {
        if (!(subject.principal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        for (Claims time : new Claims[] {Claims.exp, Claims.iat, Claims.nbf}) {
            Object value = jwt.getClaim(time.name());
            if (value != null && !(value instanceof Number) && !(value instanceof JsonNumber)) {
                return Optional.of("the token's " + time.name() + " claim must be a number of seconds");
            }
        }
        long notBefore = seconds(jwt.getClaim(Claims.nbf.name()));
        if (notBefore > 0 && now.plus(skew).isBefore(Instant.ofEpochSecond(notBefore))) {
            return Optional.of("the token is not valid before " + Instant.ofEpochSecond(notBefore));
        }
        return Optional.empty();
    }

    private static long seconds(Object claim) {
        return switch (claim) {
            case Number number -> number.longValue();
            case JsonNumber number -> number.longValue();
            case null, default -> 0;
        };
    }

    /** The subject of a token accepted before, if it has not expired at {@code now}. */
    Optional<Subject> recall(String token, Instant now) {
        Verified known = verified.get(token);
        return known != null && now.isBefore(known.expires()) ? Optional.of(known.subject()) : Optional.empty();
    }

    /** Remembers an accepted token until its {@code exp}; one without an {@code exp} in the future is not remembered. */
    void remember(String token, Subject subject, Instant now) {
        long seconds = subject.principal() instanceof JsonWebToken jwt ? seconds(jwt.getClaim(Claims.exp.name())) : 0;
        Instant expires = Instant.ofEpochSecond(seconds);
        if (seconds <= 0 || !now.isBefore(expires)) {
            return;
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(v -> !now.isBefore(v.expires()));
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(subject, expires));
    }

    /** As the provider decides whether a request is its to authenticate: the application's login method is MP-JWT. */
    private static boolean mpJwt(EndpointConfig endpoint) {
        return !endpoint.securityLevels().isEmpty() && endpoint.securityLevels().getFirst()
                .filterAnnotations(LoginConfig.class, EndpointConfig.AnnotationScope.CLASS).stream()
                .anyMatch(login -> "MP-JWT".equals(login.authMethod()));
    }

    private static Optional<String> bearer(ProviderRequest request) {
        try {
            return BEARER.extractToken(request.env().headers());
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the provider answers it
        }
    }
}
