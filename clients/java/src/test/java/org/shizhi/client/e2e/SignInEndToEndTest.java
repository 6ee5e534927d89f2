package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.SignInApi;
import org.shizhi.client.model.SignInOptions;
import org.shizhi.client.model.LocalSession;
import org.shizhi.client.model.LocalSignInRequest;
import org.shizhi.client.model.LocalUser;
import org.shizhi.client.model.Role;

/** The embedded default's local sign-in, end to end through the generated client, without any token to begin with. */
class SignInEndToEndTest {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.anonymous();

    @Test
    void aDemoUserSignsInWithoutATokenAndTheTokenOpensTheApi() throws ApiException {
        SignInApi signIn = new SignInApi(platform.client());
        SignInOptions options = signIn.readSignInOptions();
        assertThat(options.getLocal()).as("the embedded default signs in locally").isTrue();
        assertThat(options.getOidc()).as("and names no identity provider").isNull();

        assertThat(signIn.listLocalUsers().getItems()).extracting(LocalUser::getId)
                .as("one user per role in each demo city").contains("chengdu-auditor", "zhanjiang-street-officer").hasSize(16);
        LocalSession session = signIn.signInLocally(new LocalSignInRequest().user("zhanjiang-street-officer"));
        assertThat(session.getTokenType()).isEqualTo("Bearer");
        assertThat(session.getExpiresAt()).isAfter(OffsetDateTime.now().plusHours(7));
        assertThat(session.getUser().getCity()).isEqualTo("440800");
        assertThat(session.getUser().getRoles()).containsExactly(Role.STREET_OFFICER);

        AtomicReference<String> token = new AtomicReference<>(session.getToken());
        AreasApi areas = new AreasApi(PlatformUnderTest.client(platform.baseUri(), token::get));
        assertThat(areas.getArea("440802005000").getName()).as("the street the token answers for").isNotBlank();
    }

    @Test
    void anUnknownUserIsA400NamingTheField() {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new SignInApi(platform.client()).signInLocally(new LocalSignInRequest().user("mallory")));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("\"field\":\"user\"");
    }
}
