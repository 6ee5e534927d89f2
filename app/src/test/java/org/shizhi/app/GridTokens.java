package org.shizhi.app;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.app.security.SigningKeys;
import org.shizhi.app.security.TokenMinter;
import org.shizhi.domain.shared.Role;

/**
 * Tokens for the grid context's tests, signed with the same test key as {@link TestTokens}: a department's staff
 * carry the {@code department} claim they act for (a DEPARTMENT token without it may not take an event in hand).
 */
public final class GridTokens {

    /** The department that the tests' DEPARTMENT callers act for, and that events are dispatched and summoned to. */
    public static final String DEPARTMENT = "jinjiang-housing";

    private static final TokenMinter MINTER = new TokenMinter(SigningKeys.readPrivate(resource("test-keys/jwt-private.pem")),
            "shizhi-embedded", "shizhi", Clock.systemUTC());

    private GridTokens() {
    }

    /** A user of {@code city} answering for {@code jurisdiction} in one role; a DEPARTMENT acts for {@link #DEPARTMENT}. */
    public static String token(String city, String jurisdiction, Role role, String... privileges) {
        List<String> groups = new java.util.ArrayList<>(List.of(role.name()));
        groups.addAll(List.of(privileges));
        Optional<String> department = role == Role.DEPARTMENT ? Optional.of(DEPARTMENT) : Optional.empty();
        return MINTER.mint("test-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'), city, jurisdiction, groups,
                department, Duration.ofMinutes(10));
    }

    /** A user named {@code subject} (a cadre's token names their grid member id) of {@code city} in one role. */
    public static String tokenOf(String subject, String city, String jurisdiction, Role role) {
        return MINTER.mint(subject, city, jurisdiction, List.of(role.name()),
                role == Role.DEPARTMENT ? Optional.of(DEPARTMENT) : Optional.empty(), Duration.ofMinutes(10));
    }

    /** An account named {@code subject} whose {@code grid_member} claim names the grid member the person is. */
    public static String tokenOfMember(String subject, String gridMember, String city, String jurisdiction, Role role) {
        return MINTER.mint(subject, city, jurisdiction, List.of(role.name()), Optional.empty(), Optional.of(gridMember),
                Duration.ofMinutes(10));
    }

    public static String bearer(String city, String jurisdiction, Role role, String... privileges) {
        return "Bearer " + token(city, jurisdiction, role, privileges);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(GridTokens.class.getClassLoader().getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
