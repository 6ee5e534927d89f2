package org.shizhi.adapters.rest.signin;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.microprofile.server.RoutingPath;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shizhi.adapters.rest.http.JsonConfiguration;
import org.shizhi.adapters.rest.http.PublicReadLimit;
import org.shizhi.adapters.rest.http.Problems;
import org.shizhi.adapters.rest.model.LocalSignInRequestJson;
import org.shizhi.domain.shared.DomainException;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * The contract's {@code readSignInOptions}, {@code listLocalUsers} and {@code signInLocally} as plain web-server routes: the JAX-RS application is
 * MP-JWT, which needs a token for every method it serves, and these are how one gets a token, so the request gate
 * hands exactly these three requests on here (as it does the public disclosure view). The answers are
 * {@link SignInResource}'s; refusals are problem+json with the security headers every answer carries.
 */
@ApplicationScoped
@RoutingPath("/api/v1/sign-in")
public class SignInService implements HttpService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    private final SignInResource resource;
    private final PublicReadLimit limit;

    @Inject
    public SignInService(SignInResource resource, SignInLimit limit) {
        this.resource = resource;
        this.limit = limit.limit();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/options", (request, response) -> answer(response, resource::readSignInOptions))
                .get("/local-users", (request, response) -> answer(response, resource::listLocalUsers))
                .post("/local", this::signIn);
    }

    /** The sign-in, bounded per client address and for everyone (SignInLimit): a refusal reads no body and mints nothing. */
    private void signIn(ServerRequest request, ServerResponse response) {
        String client = limit.clientOf(request.remotePeer().host(),
                limit.clientAddressHeader().flatMap(h -> request.headers().first(HeaderNames.create(h))));
        Optional<jakarta.ws.rs.core.Response> refused = limit.tryTake(client);
        if (refused.isPresent()) {
            answer(response, refused::get);
            return;
        }
        answer(response, () -> resource.signInLocally(body(request)));
    }

    private static LocalSignInRequestJson body(ServerRequest request) {
        byte[] bytes = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JsonConfiguration.MAPPER.readValue(bytes, LocalSignInRequestJson.class);
        } catch (IOException e) {
            throw new InvalidValueException("user", "the body is a JSON object naming a local user, e.g. {\"user\":\"chengdu-auditor\"}");
        }
    }

    private static void answer(ServerResponse response, Supplier<jakarta.ws.rs.core.Response> operation) {
        jakarta.ws.rs.core.Response answer;
        try {
            answer = operation.get();
        } catch (DomainException e) {
            answer = Problems.of(e.kind(), e.getMessage(), e.field().orElse(null));
        } catch (jakarta.ws.rs.WebApplicationException e) {
            answer = e.getResponse();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the local sign-in failed", e);
            answer = Problems.response(500, "internal", "Internal error", "the platform failed to answer; try again", null);
        }
        response.status(Status.create(answer.getStatus()));
        answer.getStringHeaders().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
        if (answer.getStatus() >= 400) {
            response.header(HeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString());
        } else {
            response.header(HeaderNames.CONTENT_TYPE, "application/json");
        }
        response.send(json(answer.getEntity()));
    }

    private static byte[] json(Object body) {
        try {
            return JsonConfiguration.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
