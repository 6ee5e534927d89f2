package org.shizhi.app.security;

import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkRSA;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs RS256 tokens in the MicroProfile JWT shape the platform reads: {@code sub}, {@code upn}, {@code groups}
 * (roles and PERSONAL_DATA), and the platform's own {@code city} and {@code jurisdiction} claims.
 * For local use and tests; production tokens come from the city's identity provider.
 */
public final class TokenMinter {

    private final JwkRSA key;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    public TokenMinter(RSAPrivateKey privateKey, String issuer, String audience, Clock clock) {
        this.key = JwkRSA.builder().privateKey(privateKey).algorithm(JwkRSA.ALG_RS256).keyId("shizhi-embedded").build();
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    public String mint(String subject, String city, String jurisdiction, Collection<String> groups, Duration ttl) {
        return mint(subject, city, jurisdiction, groups, Optional.empty(), ttl);
    }

    /** With the {@code department} claim that a department's staff carry. */
    public String mint(String subject, String city, String jurisdiction, Collection<String> groups, Optional<String> department,
                       Duration ttl) {
        return mint(subject, city, jurisdiction, groups, department, Optional.empty(), ttl);
    }

    /** With the {@code department} claim, and the {@code grid_member} claim that names the person's grid member id. */
    public String mint(String subject, String city, String jurisdiction, Collection<String> groups, Optional<String> department,
                       Optional<String> gridMember, Duration ttl) {
        Instant now = clock.instant();
        Jwt.Builder jwt = Jwt.builder()
                .jwtId(UUID.randomUUID().toString())
                .type("JWT")
                .algorithm(JwkRSA.ALG_RS256)
                .keyId("shizhi-embedded")
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(subject)
                .userPrincipal(subject)
                .issueTime(now)
                .notBefore(now)
                .expirationTime(now.plus(ttl))
                .addPayloadClaim("groups", new ArrayList<>(groups))
                .addPayloadClaim("city", city)
                .addPayloadClaim("jurisdiction", jurisdiction);
        department.ifPresent(d -> jwt.addPayloadClaim("department", d));
        gridMember.ifPresent(m -> jwt.addPayloadClaim("grid_member", m));
        return SignedJwt.sign(jwt.build(), key).tokenContent();
    }
}
