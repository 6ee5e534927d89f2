package org.shizhi.app;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.shizhi.app.security.SigningKeys;
import org.shizhi.app.security.TokenMinter;

/** Tokens signed with the test key that the tests' configuration trusts. */
public final class TestTokens {

    private static final TokenMinter MINTER = new TokenMinter(SigningKeys.readPrivate(resource("test-keys/jwt-private.pem")),
            "shizhi-embedded", "shizhi", Clock.systemUTC());

    private TestTokens() {
    }

    public static String token(String city, String jurisdiction, String... groups) {
        return MINTER.mint("test-" + String.join("-", groups).toLowerCase(java.util.Locale.ROOT), city, jurisdiction, List.of(groups), Duration.ofMinutes(10));
    }

    public static String bearer(String city, String jurisdiction, String... groups) {
        return "Bearer " + token(city, jurisdiction, groups);
    }

    /** A Chengdu city admin, the caller most tests act as. */
    public static String chengduAdmin() {
        return bearer("510100", "510100", "CITY_ADMIN");
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(TestTokens.class.getClassLoader().getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
