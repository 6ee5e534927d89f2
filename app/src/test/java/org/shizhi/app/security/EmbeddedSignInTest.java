package org.shizhi.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.signin.LocalSignIn;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.InvalidValueException;

class EmbeddedSignInTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final Path TEST_KEY = EmbeddedSignIn.signingKeyBeside("test-keys/jwt-public.pem").orElseThrow();

    private static EmbeddedSignIn signIn(Map<String, String> users) {
        return EmbeddedSignIn.on(TEST_KEY, users, "shizhi-embedded", "shizhi", Duration.ofHours(8), CLOCK);
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void aLocalUsersTokenCarriesItsCityJurisdictionRolesAndPrivilege() {
        LocalSignIn.Session session = signIn(Map.of("chengdu-auditor", "510100 510104 AUDITOR,PERSONAL_DATA")).signIn("chengdu-auditor");

        assertThat(payload(session.token())).as("the token's claims")
                .contains("\"sub\":\"chengdu-auditor\"", "\"city\":\"510100\"", "\"jurisdiction\":\"510104\"",
                        "\"groups\":[\"AUDITOR\",\"PERSONAL_DATA\"]", "\"iss\":\"shizhi-embedded\"");
        assertThat(session.expiresAt()).as("valid for the configured time").isEqualTo(CLOCK.instant().plus(Duration.ofHours(8)));
        assertThat(session.user().roles()).containsExactly("AUDITOR");
        assertThat(session.user().privileges()).containsExactly("PERSONAL_DATA");
    }

    @Test
    void aDepartmentUserCarriesItsDepartmentAndUsersAreListedById() {
        EmbeddedSignIn signIn = signIn(Map.of("b-department", "510100 510104 DEPARTMENT jinjiang-housing", "a-admin", "510100 510100 CITY_ADMIN"));

        assertThat(signIn.users()).extracting(LocalSignIn.LocalUser::id).containsExactly("a-admin", "b-department");
        assertThat(payload(signIn.signIn("b-department").token())).contains("\"department\":\"jinjiang-housing\"");
    }

    @Test
    void anUnknownUserIsRefusedNamingTheField() {
        assertThatThrownBy(() -> signIn(Map.of("chengdu-auditor", "510100 510100 AUDITOR")).signIn("someone-else"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("user"))
                .hasMessageContaining("no local user 'someone-else'");
    }

    @Test
    void aWrongUserEntryIsRefusedAtStartNamingItsKey() {
        assertThatThrownBy(() -> signIn(Map.of("x", "510100 440800 AUDITOR")))
                .as("a jurisdiction outside the city").hasMessageContaining("shizhi.local-sign-in.user.x");
        assertThatThrownBy(() -> signIn(Map.of("x", "510100 510100 JANITOR")))
                .as("an unknown role").hasMessageContaining("unknown role 'JANITOR'");
        assertThatThrownBy(() -> signIn(Map.of("x", "510100")))
                .as("missing fields").hasMessageContaining("must be 'CITY JURISDICTION");
        assertThatThrownBy(() -> signIn(Map.of("X Y", "510100 510100 AUDITOR")))
                .as("an id that cannot be a subject").hasMessageContaining("lower-case letters");
    }

    @Test
    void theLocalSignInIsOffWhereAnExternalIdentityProviderIsTrusted() {
        assertThat(EmbeddedSignIn.offBecause(true, "shizhi-embedded", Optional.of(TEST_KEY))).as("production profile")
                .hasValueSatisfying(why -> assertThat(why).contains("production"));
        assertThat(EmbeddedSignIn.offBecause(false, "https://sso.chengdu.example/realms/city", Optional.of(TEST_KEY)))
                .as("another issuer").hasValueSatisfying(why -> assertThat(why).contains("sso.chengdu.example"));
        assertThat(EmbeddedSignIn.offBecause(false, "shizhi-embedded", Optional.empty())).as("no private key").isPresent();
        assertThat(EmbeddedSignIn.offBecause(false, "shizhi-embedded", Optional.of(TEST_KEY))).as("the embedded default").isEmpty();
        assertThat(EmbeddedSignIn.signingKeyBeside("https://sso.chengdu.example/jwks")).as("a JWKS URL").isEmpty();
    }

    @Test
    void anOffSignInRefusesToListOrSignIn() {
        EmbeddedSignIn off = EmbeddedSignIn.off("the production profile trusts the city's identity provider");

        assertThatThrownBy(off::users).isInstanceOf(AccessDeniedException.class).hasMessageContaining("the local sign-in is off");
        assertThatThrownBy(() -> off.signIn("chengdu-auditor")).isInstanceOf(AccessDeniedException.class);
    }
}
