package org.shizhi.adapters.rest.signin;

import java.util.Optional;

/**
 * The city's identity provider, as the web console needs to know it for the authorization code flow with PKCE in the
 * browser (a public client: no secret). The application implements it from its settings and the provider's discovery
 * document; the REST adapter only passes it on ({@code GET /api/v1/sign-in/options}).
 */
public interface IdentityProvider {

    /** The setting naming the provider's issuer; also what the console's Content-Security-Policy lets it call. */
    String ISSUER = "shizhi.oidc.issuer";

    /**
     * The provider's endpoints, empty where the platform trusts no provider for the console; an unreadable discovery
     * document is {@link Unavailable}.
     */
    Optional<Endpoints> endpoints();

    /** Where the browser sends the user, exchanges the code, refreshes and signs out, and as which client. */
    record Endpoints(String issuer, String authorizationEndpoint, String tokenEndpoint, Optional<String> endSessionEndpoint,
                     String clientId, String scope) {
    }

    /** The provider is configured but cannot be asked now; the message says why. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
