package org.shizhi.app.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.signin.LocalSignIn;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;

/**
 * The embedded default's local sign-in: the configured users ({@value #USER_PREFIX}{@code <id>}), each signed in with a
 * token from {@link TokenMinter} and the embedded key of {@link SigningKeys}, as {@code ./shizhi token} mints one. Off
 * (every call 403) where the platform trusts an external identity provider: a token minted here would not verify there,
 * and a sign-in that bypasses the city's provider must not exist in production.
 */
public final class EmbeddedSignIn implements LocalSignIn {

    public static final String USER_PREFIX = "shizhi.local-sign-in.user.";
    public static final String TTL_MINUTES = "shizhi.local-sign-in.ttl-minutes";
    public static final Duration DEFAULT_TTL = Duration.ofHours(8);
    /** The issuer of the embedded key's tokens; any other means an external identity provider. */
    public static final String EMBEDDED_ISSUER = "shizhi-embedded";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final Optional<String> offBecause;
    private final Map<String, LocalUser> users;
    private final Supplier<TokenMinter> minter;
    private final Duration ttl;
    private final Clock clock;

    private EmbeddedSignIn(Optional<String> offBecause, Map<String, LocalUser> users, Supplier<TokenMinter> minter, Duration ttl,
                           Clock clock) {
        this.offBecause = offBecause;
        this.users = users;
        this.minter = minter;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Refuses every call, saying why (an external identity provider is configured). */
    public static EmbeddedSignIn off(String why) {
        return new EmbeddedSignIn(Optional.of(why), Map.of(), () -> {
            throw new IllegalStateException(why);
        }, DEFAULT_TTL, Clock.systemUTC());
    }

    /**
     * Signing with {@code privateKey}, for the users the settings name ({@code id -> "CITY JURISDICTION
     * ROLES[,PERSONAL_DATA] [DEPARTMENT]"}); a wrong entry is refused here, at start-up, naming its key.
     */
    public static EmbeddedSignIn on(Path privateKey, Map<String, String> configured, String issuer, String audience, Duration ttl,
                                    Clock clock) {
        Map<String, LocalUser> users = new LinkedHashMap<>();
        new TreeMap<>(configured).forEach((id, value) -> users.put(id, user(id, value)));
        TokenMinter minter = new TokenMinter(SigningKeys.readPrivate(privateKey), issuer, audience, clock);
        return new EmbeddedSignIn(Optional.empty(), Map.copyOf(users), () -> minter, ttl, clock);
    }

    /**
     * Why the local sign-in must be off, if it must: the production profile trusts the city's identity provider; so
     * does any other issuer than the embedded key's; and a platform that does not hold the private half of the key it
     * verifies with ({@code signingKey} empty) cannot mint a token it would accept.
     */
    public static Optional<String> offBecause(boolean production, String issuer, Optional<Path> signingKey) {
        if (production) {
            return Optional.of("the production profile trusts the city's identity provider");
        }
        if (!EMBEDDED_ISSUER.equals(issuer)) {
            return Optional.of("the platform trusts the identity provider of issuer '" + issuer + "', not the embedded key");
        }
        if (signingKey.isEmpty()) {
            return Optional.of("the platform does not hold the private half of the key it verifies tokens with");
        }
        return Optional.empty();
    }

    /**
     * The private half beside the public key the platform verifies with ({@code mp.jwt.verify.publickey.location}, a
     * file or a class-path resource): {@value SigningKeys#PRIVATE_FILE} in the same folder, when it is there.
     */
    public static Optional<Path> signingKeyBeside(String publicKeyLocation) {
        if (publicKeyLocation == null || publicKeyLocation.isBlank() || publicKeyLocation.contains("://")) {
            return Optional.empty();
        }
        Path publicKey = Path.of(publicKeyLocation);
        if (!java.nio.file.Files.isRegularFile(publicKey)) {
            java.net.URL resource = Thread.currentThread().getContextClassLoader().getResource(publicKeyLocation);
            if (resource == null || !"file".equals(resource.getProtocol())) {
                return Optional.empty();
            }
            try {
                publicKey = Path.of(resource.toURI());
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
        }
        Path privateKey = publicKey.resolveSibling(SigningKeys.PRIVATE_FILE);
        return java.nio.file.Files.isReadable(privateKey) ? Optional.of(privateKey) : Optional.empty();
    }

    @Override
    public boolean available() {
        return offBecause.isEmpty();
    }

    @Override
    public List<LocalUser> users() {
        refuseWhenOff();
        return users.values().stream().sorted(java.util.Comparator.comparing(LocalUser::id)).toList();
    }

    @Override
    public Session signIn(String user) {
        refuseWhenOff();
        LocalUser found = users.get(user);
        if (found == null) {
            throw new InvalidValueException("user", "no local user '" + (user.length() > 64 ? user.substring(0, 64) + "…" : user)
                    + "'; GET /api/v1/sign-in/local-users lists them");
        }
        List<String> groups = new ArrayList<>(found.roles());
        groups.addAll(found.privileges());
        Instant now = clock.instant();
        String token = minter.get().mint(found.id(), found.city(), found.jurisdiction(), groups, found.department(), ttl);
        return new Session(token, now.plus(ttl), found);
    }

    private void refuseWhenOff() {
        offBecause.ifPresent(why -> {
            throw new AccessDeniedException("the local sign-in is off: " + why);
        });
    }

    /** One configured user, checked as the platform would check its token. */
    static LocalUser user(String id, String value) {
        String key = USER_PREFIX + id;
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(key + ": a user's id is lower-case letters, digits and hyphens, starting with a letter");
        }
        String[] parts = value.strip().split("\\s+");
        if (parts.length < 3 || parts.length > 4) {
            throw new IllegalArgumentException(key + " must be 'CITY JURISDICTION ROLE[,ROLE…][,PERSONAL_DATA] [DEPARTMENT]', e.g. "
                    + "'510100 510104 AUDITOR,PERSONAL_DATA', not '" + value + "'");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
        for (String name : parts[2].split(",")) {
            String group = name.strip().toUpperCase(Locale.ROOT);
            if (Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(group))) {
                roles.add(Role.valueOf(group));
            } else if (Arrays.stream(Privilege.values()).anyMatch(p -> p.name().equals(group))) {
                privileges.add(Privilege.valueOf(group));
            } else {
                throw new IllegalArgumentException(key + ": unknown role '" + name + "'; roles: " + Arrays.toString(Role.values())
                        + ", privileges: " + Arrays.toString(Privilege.values()));
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(key + ": a user needs at least one role");
        }
        String jurisdiction = parts[1];
        try {
            // Refuse what the platform would refuse at the first request, here at start-up.
            new Actor(id, AreaCode.of(parts[0]), jurisdiction.length() == 6 || jurisdiction.length() == 12
                    ? AreaCode.of(jurisdiction) : AreaCode.ofPrefix(jurisdiction), roles, privileges);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
        return new LocalUser(id, parts[0], jurisdiction, roles.stream().map(Role::name).toList(),
                privileges.stream().map(Privilege::name).toList(), parts.length == 4 ? Optional.of(parts[3]) : Optional.empty());
    }
}
