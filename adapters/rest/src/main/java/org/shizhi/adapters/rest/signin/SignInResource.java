package org.shizhi.adapters.rest.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shizhi.adapters.rest.api.SignInApi;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.http.Times;
import org.shizhi.adapters.rest.model.LocalSessionJson;
import org.shizhi.adapters.rest.model.LocalSignInRequestJson;
import org.shizhi.adapters.rest.model.LocalUserJson;
import org.shizhi.adapters.rest.model.LocalUserListJson;
import org.shizhi.adapters.rest.model.OidcProviderJson;
import org.shizhi.adapters.rest.model.RoleJson;
import org.shizhi.adapters.rest.model.SignInOptionsJson;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * The embedded default's local sign-in (the web console's sign-in page): no token needed, since it is how one gets
 * one; refused where the platform trusts an external identity provider ({@link LocalSignIn} decides).
 */
@Path("/")
@ApplicationScoped
public class SignInResource implements SignInApi {

    private final LocalSignIn signIn;
    private final IdentityProvider provider;

    @Inject
    public SignInResource(LocalSignIn signIn, IdentityProvider provider) {
        this.signIn = signIn;
        this.provider = provider;
    }

    @Override
    @PermitAll
    public Response readSignInOptions() {
        SignInOptionsJson options = new SignInOptionsJson(signIn.available());
        try {
            provider.endpoints().ifPresent(e -> {
                OidcProviderJson oidc = new OidcProviderJson(java.net.URI.create(e.issuer()), java.net.URI.create(e.authorizationEndpoint()),
                        java.net.URI.create(e.tokenEndpoint()), e.clientId(), e.scope());
                e.endSessionEndpoint().ifPresent(end -> oidc.endSessionEndpoint(java.net.URI.create(end)));
                options.oidc(oidc);
            });
        } catch (IdentityProvider.Unavailable e) {
            throw new jakarta.ws.rs.WebApplicationException(org.shizhi.adapters.rest.http.Problems.response(503,
                    "identity-provider-unavailable", "Identity provider unavailable", e.getMessage(), null));
        }
        return Response.ok(options).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @PermitAll
    public Response listLocalUsers() {
        LocalUserListJson list = new LocalUserListJson(signIn.users().stream().map(SignInResource::json).toList());
        return Response.ok(list).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @PermitAll
    public Response signInLocally(LocalSignInRequestJson body) {
        LocalSignInRequestJson b = Requests.required(body, "whom to sign in as, e.g. {\"user\":\"chengdu-auditor\"}");
        if (b.getUser() == null || b.getUser().isBlank()) {
            throw new InvalidValueException("user", "name a local user, e.g. chengdu-auditor (GET /api/v1/sign-in/local-users lists them)");
        }
        LocalSignIn.Session session = signIn.signIn(b.getUser().strip());
        LocalSessionJson json = new LocalSessionJson(session.token(), "Bearer",
                Times.at(session.expiresAt()), json(session.user()));
        return Response.ok(json).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static LocalUserJson json(LocalSignIn.LocalUser user) {
        LocalUserJson json = new LocalUserJson(user.id(), user.city(), user.jurisdiction(),
                user.roles().stream().map(RoleJson::fromValue).toList(), user.privileges());
        user.department().ifPresent(json::department);
        return json;
    }
}
