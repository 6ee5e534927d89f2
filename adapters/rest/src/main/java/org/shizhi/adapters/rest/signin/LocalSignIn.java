package org.shizhi.adapters.rest.signin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The embedded default's local sign-in, as the REST adapter needs it: who may sign in, and a token for one of them.
 * The application implements it with the embedded signing key ({@code ./shizhi token}'s minter); where the platform
 * trusts an external identity provider, every call refuses with
 * {@link org.shizhi.domain.shared.AccessDeniedException} (403). This is the seam beside which OpenID Connect comes:
 * the console asks the API which sign-in the platform offers, and only the embedded default offers this one.
 */
public interface LocalSignIn {

    /** Whether the local sign-in is on (off where the platform trusts an external identity provider). */
    boolean available();

    /** The users, in the order configured; refused where the platform trusts an external identity provider. */
    List<LocalUser> users();

    /** A token for the named user; an unknown name is refused naming {@code user}. */
    Session signIn(String user);

    /** A local user and what the token carries. */
    record LocalUser(String id, String city, String jurisdiction, List<String> roles, List<String> privileges,
                     Optional<String> department) {
        public LocalUser {
            roles = List.copyOf(roles);
            privileges = List.copyOf(privileges);
        }
    }

    /** A minted token, when it expires, and whom it names. */
    record Session(String token, Instant expiresAt, LocalUser user) {
    }
}
